import type { z } from 'zod';

// The bounds a number field's schema sets in the contract, for the form's NumberInput: the
// router refuses outside them, so the form reads them instead of writing them out again.

interface NumberSchema {
  minValue?: number | null;
  maxValue?: number | null;
}

/** `{ min, max }` of a number field of an object schema (undefined where the schema sets none). */
export function numberBounds<S extends z.ZodObject>(
  schema: S,
  field: keyof S['shape'] & string,
): { min?: number; max?: number } {
  const f = schema.shape[field] as unknown as NumberSchema;
  const out: { min?: number; max?: number } = {};
  if (typeof f.minValue === 'number' && Number.isFinite(f.minValue)) out.min = f.minValue;
  if (typeof f.maxValue === 'number' && Number.isFinite(f.maxValue)) out.max = f.maxValue;
  return out;
}
