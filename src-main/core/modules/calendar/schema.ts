import { sql } from 'drizzle-orm';
import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { entityColumns } from '../../db/schema/columns';
import { CALENDAR_CONFIDENCES, CALENDAR_KINDS } from './domain';

// The days that differ from "Monday to Friday working": holidays, moved holidays and the labour
// ministry's transfers, with their basis and confidence. Shipped for 2025–2027 (migration 0016),
// corrected by an administrator; a removed day keeps its row (removed_at) for the history.
export const calendarDays = sqliteTable(
  'calendar_days',
  {
    ...entityColumns(),
    day: text('day').notNull(),
    /** A day off (even on a weekday), or a working day (even on a weekend). */
    off: integer('off', { mode: 'boolean' }).notNull(),
    kind: text('kind', { enum: CALENDAR_KINDS }).notNull(),
    nameKk: text('name_kk').notNull(),
    nameRu: text('name_ru').notNull(),
    basis: text('basis').notNull(),
    confidence: text('confidence', { enum: CALENDAR_CONFIDENCES }).notNull(),
    removedAt: text('removed_at'),
  },
  (t) => [uniqueIndex('calendar_days_day_uq').on(t.day).where(sql`${t.removedAt} IS NULL`)],
);
