import type { z } from 'zod';
import { fieldMessage, issuesToFieldKeys } from '../../src-main/core/api/messages';

/**
 * A @mantine/form validator from a contract schema: the same rules and the same words as the
 * router, so the form never accepts what the server would refuse.
 */
export function contractValidator<T>(schema: z.ZodType, locale: () => string) {
  return (values: T): Record<string, string> => {
    const parsed = schema.safeParse(values);
    if (parsed.success) return {};
    const keys = issuesToFieldKeys(parsed.error.issues);
    return Object.fromEntries(
      Object.entries(keys).map(([field, key]) => [field, fieldMessage(field, key, locale())]),
    );
  };
}
