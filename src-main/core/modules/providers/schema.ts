import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { PROVIDER_KINDS } from './domain';

// A provider of special social services. Never deleted: referrals name it; one that stopped
// working is made inactive.
export const providers = sqliteTable(
  'providers',
  {
    ...entityColumns(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    kind: text('kind', { enum: PROVIDER_KINDS }).notNull(),
    /** BIN (an organisation) or IIN (an individual entrepreneur): 12 digits with a check digit. */
    bin: text('bin').notNull(),
    address: text('address'),
    phone: text('phone'),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
  },
  (t) => [uniqueIndex('providers_bin_uq').on(t.bin)],
);
