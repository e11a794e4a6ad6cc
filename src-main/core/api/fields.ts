import { z } from 'zod';
import { localToday } from '../clock';
import { checkIin } from '../domain/iin';
import { checkKato } from '../domain/kato';

// Field schemas shared by procedures and by the renderer's forms. Each error is a message key
// from api/messages.ts, so the router and the forms show the same words in kk, ru and en.

export const isoDate = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'dateFormat' })
  .refine(
    (v) => {
      const d = new Date(`${v}T00:00:00Z`);
      return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
    },
    { error: 'dateFormat' },
  );

const todayIso = () => localToday();

export const birthDate = isoDate
  .refine((v) => v <= todayIso(), { error: 'dateFuture' })
  .refine((v) => v >= '1900-01-01', { error: 'dateTooOld' });

export const personName = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(80, { error: 'tooLong' })
  .regex(/^[\p{L}][\p{L}\s'’.-]*$/u, { error: 'nameChars' });

export const optionalPersonName = z
  .string()
  .trim()
  .max(80, { error: 'tooLong' })
  .regex(/^([\p{L}][\p{L}\s'’.-]*)?$/u, { error: 'nameChars' })
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

export const shortText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'tooLong' });

export const phone = z
  .string()
  .trim()
  .regex(/^(\+?[0-9 ()-]{7,20})?$/, { error: 'phoneFormat' })
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

/** An optional date: '' or absent → null. */
export const optionalIsoDate = z
  .union([z.literal(''), isoDate])
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const optionalPastDate = z
  .union([z.literal(''), isoDate.refine((v) => v <= todayIso(), { error: 'dateFuture' })])
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional();

export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'tooLong' })
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
