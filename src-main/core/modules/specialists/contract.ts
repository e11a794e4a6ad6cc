import { z } from 'zod';
import { ADMIN, def, REGISTRY_READERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { SPECIALIST_POSITIONS } from './domain';

// The register of specialists: who signs acts and is responsible for work plans.

export const specialistView = z.object({
  id: z.string(),
  iin: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  position: z.enum(SPECIALIST_POSITIONS),
  providerId: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
});

export const specialistInput = z.object({
  /** Absent: a new specialist. */
  id: uuid.optional(),
  iin: f.iin,
  lastName: f.personName,
  firstName: f.personName,
  patronymic: f.optionalPersonName,
  position: z.enum(SPECIALIST_POSITIONS, { error: 'required' }),
  providerId: uuid.nullable().optional(),
  phone: f.phone,
  active: z.boolean().default(true),
});

export const specialistsContract = {
  /** Every specialist, active first, by name (the option lists of acts and plans). */
  'specialists.list': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({ activeOnly: z.boolean().default(false) }),
    output: z.array(specialistView),
  }),
  /** Adds a specialist or edits one (an IIN is registered once). */
  'specialists.save': def({
    kind: 'write',
    access: ADMIN,
    input: specialistInput,
    output: specialistView,
  }),
} as const;
