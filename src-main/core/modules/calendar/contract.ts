import { z } from 'zod';
import { ADMIN, def, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { CALENDAR_CONFIDENCES, CALENDAR_KINDS } from './domain';

// The working-day calendar: every user reads it (deadlines are shown everywhere), an
// administrator corrects it when a transfer order comes out.

export const calendarDayView = z.object({
  id: z.string(),
  day: z.string(),
  off: z.boolean(),
  kind: z.enum(CALENDAR_KINDS),
  nameKk: z.string(),
  nameRu: z.string(),
  basis: z.string(),
  confidence: z.enum(CALENDAR_CONFIDENCES),
});

export const calendarDayInput = z.object({
  /** Absent: a new day. With an id: the day is edited or moved to another date. */
  id: uuid.optional(),
  day: f.isoDate,
  off: z.boolean(),
  kind: z.enum(CALENDAR_KINDS, { error: 'required' }),
  nameKk: f.shortText(120),
  nameRu: f.shortText(120),
  basis: f.shortText(300),
  confidence: z.enum(CALENDAR_CONFIDENCES).default('official'),
});

export const calendarContract = {
  /** The days of a year (or every year) that are not plain Monday–Friday working days. */
  'calendar.list': def({
    kind: 'read',
    access: 'authenticated',
    input: z.object({ year: z.number().int().min(2000).max(2100).optional() }),
    output: z.array(calendarDayView),
  }),
  /** Adds, edits or moves a day; open cases' due dates follow in the same transaction. */
  'calendar.save': def({
    kind: 'write',
    access: ADMIN,
    input: calendarDayInput,
    output: z.object({ day: calendarDayView, recomputed: z.number().int() }),
  }),
  /** Removes a day (kept in history); open cases' due dates follow in the same transaction. */
  'calendar.remove': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: uuid }),
    output: z.object({ recomputed: z.number().int() }),
  }),
} as const;
