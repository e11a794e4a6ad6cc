import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { users } from '../accounts/schema';

/**
 * A user's saved work lists: a name and the registry list's search and filters (JSON, checked
 * against the contract on the way in and out). Names are unique per user whatever their case
 * (name_key is the name lower-cased in JS, since SQLite's lower() knows only ASCII), so saving
 * under an existing name updates that list. `register` says which list the filters belong to
 * (the applicants' registry or the register of specialists); names are unique per register.
 */
export const worklists = sqliteTable(
  'worklists',
  {
    ...entityColumns(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    filters: text('filters').notNull(),
    register: text('register', { enum: ['applicants', 'specialists'] })
      .notNull()
      .default('applicants'),
  },
  (t) => [uniqueIndex('worklists_user_register_name_uq').on(t.userId, t.register, t.nameKey)],
);
