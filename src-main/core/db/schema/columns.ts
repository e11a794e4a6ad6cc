import { integer, text } from 'drizzle-orm/sqlite-core';

// Columns every exported entity carries. Ids are UUIDv7 text (stable across installs, sortable
// by creation time); change_seq is this install's monotonically increasing write counter, so the
// periodic export can send only what changed since the last package.
export const entityColumns = () => ({
  id: text('id').primaryKey(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by').notNull(),
  changeSeq: integer('change_seq').notNull(),
  /**
   * The install a row came from, in an oblast's consolidation database (its packages' rows);
   * null in a district's own database, where every row is its own.
   */
  sourceInstall: text('source_install'),
});
