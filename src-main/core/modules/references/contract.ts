import { z } from 'zod';
import { ADMIN, def, uuid } from '../../api/define';
import * as f from '../../api/fields';

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
} as const;
