import { MODULES } from './modules';

// What the audit log may hold. The fact that a field changed is always kept; the values of
// fields that carry secrets or health details are replaced by a mask, because the log is read
// by auditors and exported to spreadsheets, and health data must not spread that way. Each
// module names its own sensitive fields (`sensitive` in modules/<module>/index.ts).

export const MASK = '***';

/** Masked on every entity: a password must never reach the log, whoever writes it. */
const ALWAYS = new Set(['password', 'passwordHash']);

const SENSITIVE = new Map<string, ReadonlySet<string>>();
for (const module of MODULES) {
  for (const [entity, fields] of Object.entries(module.sensitive ?? {})) {
    SENSITIVE.set(entity, new Set([...(SENSITIVE.get(entity) ?? []), ...fields]));
  }
}

export function isSensitive(entity: string, field: string): boolean {
  return ALWAYS.has(field) || (SENSITIVE.get(entity)?.has(field) ?? false);
}

export function maskChanges(
  entity: string,
  changes: Record<string, [unknown, unknown]>,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [field, [before, after]] of Object.entries(changes)) {
    out[field] = isSensitive(entity, field)
      ? [
          before === null || before === undefined ? null : MASK,
          after === null || after === undefined ? null : MASK,
        ]
      : [before ?? null, after ?? null];
  }
  return out;
}
