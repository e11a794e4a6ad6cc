import { z } from 'zod';
import { ADMIN, def } from '../../api/define';

const legalFixesView = z.object({
  /** Corrections that follow from the law: entity row, field, old and new value, the rule. */
  changes: z.array(
    z.object({
      entity: z.string(),
      id: z.string(),
      subjectId: z.string(),
      field: z.string(),
      from: z.string().nullable(),
      to: z.string().nullable(),
      rule: z.string(),
    }),
  ),
  /** Rows that break a rule but need a person's judgement: listed, never changed. */
  reviews: z.array(z.object({ entity: z.string(), id: z.string(), subjectId: z.string(), rule: z.string() })),
  checkedOn: z.string(),
  applied: z.boolean(),
});

// Maintenance an administrator runs: synthetic data for trials and benchmarks, and the
// correction of stored data that older rules let in (dry run first).

export const maintenanceContract = {
  'maintenance.seed': def({
    kind: 'write',
    access: ['admin'],
    input: z.object({
      applicants: z.number().int().min(1).max(2_000_000),
      /** Synthetic specialists with certificates in every state (demos, benchmarks). */
      specialists: z.number().int().min(0).max(100_000).default(0),
      /** Synthetic family caregivers with a year of confirmed timesheets (demos, benchmarks). */
      caregivers: z.number().int().min(0).max(100_000).default(0),
      /**
       * Synthetic providers with cases in service spread over them (topped up to `inService`),
       * two years of tariffs and complaints in every step (demos, benchmarks).
       */
      providers: z.number().int().min(0).max(5_000).default(0),
      inService: z.number().int().min(0).max(1_000_000).default(0),
      complaints: z.number().int().min(0).max(100_000).default(0),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31)
        .default(1),
    }),
    output: z.object({ inserted: z.number().int() }),
  }),
  /** Dry run: what the legal review's corrections would change, and what needs review. */
  'maintenance.legalFixesPlan': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({}),
    output: legalFixesView,
  }),
  /** Makes the planned corrections (one transaction, each row audited). */
  'maintenance.legalFixesApply': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({}),
    output: legalFixesView,
  }),
} as const;
