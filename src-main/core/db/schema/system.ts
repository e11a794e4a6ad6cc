import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Office-wide settings as key → JSON value (office name, district KATO, …). */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
});

/** Named counters; 'change' is the per-install change sequence stamped on every write. */
export const sequences = sqliteTable('sequences', {
  name: text('name').primaryKey(),
  value: integer('value').notNull(),
});
