import { z } from 'zod';
import { ADMIN, def, REGISTRY_READERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { checkIin } from '../../domain/iin';
import { PROVIDER_KINDS } from './domain';

// The register of providers: whom a person chooses and a referral names.

export const providerView = z.object({
  id: z.string(),
  nameKk: z.string(),
  nameRu: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  bin: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
});

/** BIN and IIN share the 12-digit form and the check digit. */
const bin = z
  .string({ error: 'required' })
  .trim()
  .min(1, { error: 'required' })
  .superRefine((v, ctx) => {
    const problem = checkIin(v);
    if (problem)
      ctx.addIssue({ code: 'custom', message: problem === 'format' ? 'binFormat' : 'binChecksum' });
  });

export const providerInput = z.object({
  id: uuid.optional(),
  nameKk: f.shortText(200),
  nameRu: f.shortText(200),
  kind: z.enum(PROVIDER_KINDS, { error: 'required' }),
  bin,
  address: f.optionalText(300),
  phone: f.phone,
  active: z.boolean().default(true),
});

export const providersContract = {
  'providers.list': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({ activeOnly: z.boolean().default(false) }),
    output: z.array(providerView),
  }),
  /** Adds a provider or edits one (a BIN is registered once). */
  'providers.save': def({
    kind: 'write',
    access: ADMIN,
    input: providerInput,
    output: providerView,
  }),
} as const;
