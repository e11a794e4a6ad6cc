import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { SPECIALIST_POSITIONS } from './domain';

// A specialist of the department or of a provider. Rows are never deleted: acts and plans name
// them; one who left is made inactive.
export const specialists = sqliteTable(
  'specialists',
  {
    ...entityColumns(),
    iin: text('iin').notNull(),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    patronymic: text('patronymic'),
    position: text('position', { enum: SPECIALIST_POSITIONS }).notNull(),
    /** The provider that employs them; null: the department itself. */
    providerId: text('provider_id'),
    phone: text('phone'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('specialists_iin_uq').on(t.iin)],
);
