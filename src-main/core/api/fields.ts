import { z } from 'zod';
import { localToday } from '../clock';
import { checkIin } from '../domain/iin';
import { checkKato } from '../domain/kato';
import { hasControlChars, normalizeText } from '../domain/text';

// Field schemas shared by procedures and by the renderer's forms. Each error is a message key
// from api/messages.ts, so the router and the forms show the same words in kk, ru and en.

export const isoDate = z
  .string({ error: 'required' })
  .min(1, { error: 'required', abort: true })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateFormat', abort: true })
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    },
    // 31.02.2021 is written correctly but is not a day of the calendar: say so.
    { error: 'dateNotReal', abort: true },
  );

const todayIso = () => localToday();

/**
 * A string as a person means it: NFC, invisible characters removed, Unicode spaces made one
 * ASCII space (domain/text.ts), then `inner`'s own checks; control characters are refused by
 * field ('controlChars'). Every name and free-text field goes through this, so what is stored
 * is what search and the duplicate check compare.
 */
export const clean = <S extends z.ZodType<string, string>>(inner: S, opts: { multiline?: boolean } = {}) =>
  z
    .string({ error: 'required' })
    .transform((v) => normalizeText(v, opts))
    .refine((v) => !hasControlChars(v, opts), { error: 'controlChars', abort: true })
    .pipe(inner);

export const birthDate = isoDate
  .refine((v) => v <= todayIso(), { error: 'dateFuture' })
  .refine((v) => v >= '1900-01-01', { error: 'dateTooOld' });

export const personName = clean(
  z
    .string({ error: 'required' })
    .min(1, { error: 'required' })
    .max(80, { error: 'tooLong' })
    .regex(/^[\p{L}][\p{L} '’.-]*$/u, { error: 'nameChars' }),
);

export const optionalPersonName = clean(
  z
    .string()
    .max(80, { error: 'tooLong' })
    .regex(/^([\p{L}][\p{L} '’.-]*)?$/u, { error: 'nameChars' }),
)
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const iin = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .superRefine((v, ctx) => {
    const problem = checkIin(v);
    if (problem)
      ctx.addIssue({ code: 'custom', message: problem === 'format' ? 'iinFormat' : 'iinChecksum' });
  });

export const katoCode = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .superRefine((v, ctx) => {
    const problem = checkKato(v);
    if (problem)
      ctx.addIssue({ code: 'custom', message: problem === 'format' ? 'katoFormat' : 'katoOblast' });
  });

export const login = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .regex(/^[A-Za-z0-9._-]{3,32}$/, { error: 'loginFormat' });

export const newPassword = z
  .string({ error: 'required' })
  .min(8, { error: 'passwordShort' })
  .max(200, { error: 'tooLong' });

export const shortText = (max: number, opts: { multiline?: boolean } = {}) =>
  clean(z.string({ error: 'required' }).min(1, { error: 'required' }).max(max, { error: 'tooLong' }), opts);

export const phone = z
  .string()
  .trim()
  .regex(/^(\+?[0-9 ()-]{7,20})?$/, { error: 'phoneFormat' })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

/** An optional date: '' or absent → null. */
/** '' means "no date"; anything else must be a real date (its own message says which rule failed). */
export const emptyAsNull = z
  .string()
  .nullable()
  .optional()
  .transform((v) => (v === '' ? null : v));

export const optionalIsoDate = emptyAsNull.pipe(isoDate.nullable().optional());

export const optionalPastDate = emptyAsNull.pipe(
  isoDate
    .refine((v) => v <= todayIso(), { error: 'dateFuture' })
    .nullable()
    .optional(),
);

export const optionalText = (max: number, opts: { multiline?: boolean } = {}) =>
  clean(z.string().max(max, { error: 'tooLong' }), opts)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional();

/** An IIN that may be left empty (a person without documents); the reason is then required. */
export const optionalIin = z
  .string()
  .trim()
  .superRefine((v, ctx) => {
    if (v === '') return;
    const problem = checkIin(v);
    if (problem)
      ctx.addIssue({ code: 'custom', message: problem === 'format' ? 'iinFormat' : 'iinChecksum' });
  })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();
