import { z } from 'zod';
import { ADMIN, def, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { SSU_TYPES } from '../cases/domain';
import { PERIODICITIES, SERVICE_UNITS } from './domain';

// Reference lists an administrator extends: the forms of provision of special social services.

export const ssuFormView = z.object({
  id: z.string(),
  code: z.string(),
  nameKk: z.string(),
  nameRu: z.string(),
  nameEn: z.string().nullable(),
  basis: z.string(),
  active: z.boolean(),
  sortOrder: z.number().int(),
  builtIn: z.boolean(),
});

/** A form's code as stored in cases and measures. */
export const ssuFormCode = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .max(40, { error: 'tooLong' })
  .regex(/^[a-z][a-z0-9_]*$/, { error: 'formCode' });

export const ssuFormInput = z.object({
  /** Absent: a new form. */
  id: uuid.optional(),
  code: ssuFormCode,
  nameKk: f.shortText(120),
  nameRu: f.shortText(120),
  nameEn: f.optionalText(120),
  basis: f.shortText(300),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
});

export const catalogueItemView = z.object({
  id: z.string(),
  code: z.string(),
  ssuType: z.enum(SSU_TYPES),
  nameKk: z.string(),
  nameRu: z.string(),
  nameEn: z.string().nullable(),
  forms: z.array(z.string()),
  unit: z.enum(SERVICE_UNITS),
  maxVolume: z.number().int().nullable(),
  active: z.boolean(),
  sortOrder: z.number().int(),
});

export const catalogueItemInput = z.object({
  id: uuid.optional(),
  code: ssuFormCode,
  ssuType: z.enum(SSU_TYPES, { error: 'required' }),
  nameKk: f.shortText(200),
  nameRu: f.shortText(200),
  nameEn: f.optionalText(200),
  forms: z.array(ssuFormCode).min(1, { error: 'formsRequired' }).max(20),
  unit: z.enum(SERVICE_UNITS, { error: 'required' }),
  maxVolume: z.number().int().min(1).max(10_000).nullable().optional(),
  active: z.boolean().default(true),
  sortOrder: z.number().int().min(0).max(10_000).default(100),
});

/** One service of a decision or a work plan: a catalogue code, a volume and how often. */
export const serviceLine = z.object({
  code: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(40, { error: 'tooLong' }),
  volume: z.number({ error: 'required' }).int().min(1).max(10_000),
  periodicity: z.enum(PERIODICITIES, { error: 'required' }),
});

export const referencesContract = {
  /** The forms of provision, active and inactive, in their order (every screen's option list). */
  'references.ssuForms': def({
    kind: 'read',
    access: 'authenticated',
    input: z.object({}),
    output: z.array(ssuFormView),
  }),
  /** Adds a form or edits one; a built-in form keeps its code. */
  'references.saveSsuForm': def({
    kind: 'write',
    access: ADMIN,
    input: ssuFormInput,
    output: ssuFormView,
  }),
  /** The catalogue of services, active and inactive, by type and order. */
  'references.catalogue': def({
    kind: 'read',
    access: 'authenticated',
    input: z.object({}),
    output: z.array(catalogueItemView),
  }),
  /** Adds a catalogue service or edits one. */
  'references.saveCatalogueItem': def({
    kind: 'write',
    access: ADMIN,
    input: catalogueItemInput,
    output: catalogueItemView,
  }),
} as const;
