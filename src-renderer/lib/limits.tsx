import { Text } from '@mantine/core';
import type { z } from 'zod';

// Text fields take their maximum length from the contract (the router refuses beyond it): the
// browser stops typing at the limit, and a counter shows how much is left once most of it is
// used. One helper for every form, so a field cannot forget its limit or disagree with the api.

interface Def {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  in?: z.ZodType;
  out?: z.ZodType;
  element?: z.ZodType;
}

const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The string's own maximum length, through optional/nullable/default wrappers and pipes. */
function stringMax(schema: z.ZodType | undefined, depth = 0): number | undefined {
  if (!schema || depth > 12) return undefined;
  const d = def(schema);
  if (d.type === 'string') {
    const max = (schema as unknown as { maxLength: number | null }).maxLength;
    return typeof max === 'number' && Number.isFinite(max) ? max : undefined;
  }
  if (d.innerType) return stringMax(d.innerType, depth + 1);
  // A pipe checks twice (the clean-up, then the rules): the rules hold the limit.
  if (d.type === 'pipe') return stringMax(d.out, depth + 1) ?? stringMax(d.in, depth + 1);
  return undefined;
}

/** The maximum length of the string at `path` ("lastName", "measures.2.note", "admin.login"). */
export function maxLengthOf(schema: z.ZodType, path: string): number | undefined {
  let node: z.ZodType | undefined = schema;
  for (const part of path.split('.')) {
    while (node) {
      const d = def(node);
      if (d.type === 'object' || d.type === 'array') break;
      node = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
      if (!node) return undefined;
    }
    if (!node) return undefined;
    const d = def(node);
    node = d.type === 'array' ? d.element : d.shape?.[part];
  }
  return stringMax(node);
}

/**
 * Wraps a form's getInputProps: string fields get `maxLength` from the schema and, past 80 % of
 * it, a "43/50" counter. Other fields pass through unchanged. `map` renames a form field to its
 * schema path where they differ (the wizard's "login" is "admin.login"). Returns a function of
 * the same type as the one it wraps.
 */
export function limitedInputs<F extends (...args: never[]) => unknown>(
  getInputProps: F,
  schema: z.ZodType,
  map: (field: string) => string = (f) => f,
): F {
  const get = getInputProps as unknown as (path: string, opts?: unknown) => Record<string, unknown>;
  const limited = (path: string, opts?: unknown) => {
    const props = get(path, opts);
    const max = maxLengthOf(schema, map(path));
    if (!max || typeof props.value !== 'string') return props;
    const used = props.value.length;
    return {
      ...props,
      maxLength: max,
      ...(used >= max * 0.8
        ? {
            rightSectionWidth: 64,
            rightSection: (
              <Text size="xs" c={used >= max ? 'red.9' : 'dimmed'} aria-live="polite">
                {used}/{max}
              </Text>
            ),
          }
        : {}),
    };
  };
  return limited as unknown as F;
}
