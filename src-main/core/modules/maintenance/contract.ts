import { z } from 'zod';
import { def } from '../../api/define';

// Maintenance an administrator runs from the CLI: synthetic data for trials and benchmarks.

export const maintenanceContract = {
  'maintenance.seed': def({
    kind: 'write',
    access: ['admin'],
    input: z.object({
      applicants: z.number().int().min(1).max(2_000_000),
      seed: z
        .number()
        .int()
        .min(0)
        .max(2 ** 31)
        .default(1),
    }),
    output: z.object({ inserted: z.number().int() }),
  }),
} as const;
