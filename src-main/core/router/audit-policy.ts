// What the audit log may hold. The fact that a field changed is always kept; the values of
// fields that carry secrets or health details are replaced by a mask, because the log is read
// by auditors and exported to spreadsheets, and health data must not spread that way.

export const MASK = '***';

const SENSITIVE: Record<string, ReadonlySet<string>> = {
  '*': new Set(['password', 'passwordHash']),
  disability: new Set(['cause', 'diagnosis', 'mseNotes', 'workCapacityLossPct']),
  ipr: new Set(['measures', 'notes']),
  // Grounds can name a disease, violence or prison; free text may hold anything.
  case: new Set(['grounds', 'note', 'closeReason']),
  applicant: new Set(['healthNotes']),
};

export function isSensitive(entity: string, field: string): boolean {
  return (SENSITIVE['*']?.has(field) ?? false) || (SENSITIVE[entity]?.has(field) ?? false);
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
