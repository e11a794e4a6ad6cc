import { sql } from 'drizzle-orm';
import { index, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from './columns';

/**
 * People who apply for (or are referred to) special social services. The folded search key
 * (see domain/search-key.ts) backs name search; a trigram FTS5 table over it, kept in step by
 * triggers in a hand-written migration, backs search by a fragment anywhere in the name.
 */
export const applicants = sqliteTable(
  'applicants',
  {
    ...entityColumns(),
    iin: text('iin'),
    iinMissingReason: text('iin_missing_reason'),
    lastName: text('last_name').notNull(),
    firstName: text('first_name').notNull(),
    patronymic: text('patronymic'),
    birthDate: text('birth_date').notNull(),
    sex: text('sex', { enum: ['M', 'F'] }).notNull(),
    katoCode: text('kato_code').notNull(),
    address: text('address').notNull(),
    phone: text('phone'),
    searchKey: text('search_key').notNull(),
    deletedAt: text('deleted_at'),
  },
  (t) => [
    uniqueIndex('applicants_iin_uq').on(t.iin).where(sql`${t.iin} IS NOT NULL`),
    index('applicants_search_key_idx').on(t.searchKey),
    index('applicants_birth_date_idx').on(t.birthDate),
    index('applicants_kato_key_idx').on(t.katoCode, t.searchKey),
    index('applicants_change_seq_idx').on(t.changeSeq),
  ],
);
