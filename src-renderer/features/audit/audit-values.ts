import type { TFunction } from 'i18next';
import { formatDate } from '../../lib/format';

// How a change in the audit log reads to a caseworker: the field's name as the forms call it and
// the value as the screens show it (an enum's label, a date as DD.MM.YYYY), not the stored code.

/** Fields whose values are codes of an enumeration (the "enums" i18n namespace). */
const ENUM_FIELDS: Record<string, string> = {
  citizenship: 'citizenship',
  legalCapacity: 'capacity',
  maritalStatus: 'marital',
  docType: 'docType',
  consentForm: 'consentForm',
  category: 'category',
  cause: 'cause',
  term: 'term',
  relation: 'relation',
  channel: 'caseChannel',
  appliedBy: 'caseAppliedBy',
  requestedForm: 'ssuForm',
  ssuForm: 'ssuForm',
  ssuTypes: 'ssuType',
  parts: 'iprPart',
};

/** The same field name means a different list on different records. */
const ENTITY_ENUM_FIELDS: Record<string, Record<string, string>> = {
  representative: { kind: 'representative' },
  income: { kind: 'income' },
  ipr_measure: { kind: 'measureKind', status: 'measureStatus' },
  case: { status: 'caseStatus' },
};

export function auditValue(
  entity: string | null,
  field: string,
  value: unknown,
  t: TFunction,
  locale: string,
): string {
  if (value === null || value === undefined || value === '') return '—';
  const group = (entity ? ENTITY_ENUM_FIELDS[entity]?.[field] : undefined) ?? ENUM_FIELDS[field];
  const label = (code: unknown) =>
    group ? t(`enums.${group}.${String(code)}`, { defaultValue: String(code) }) : String(code);
  // Lists (SSU types, programme parts) are stored as JSON arrays of codes.
  if (typeof value === 'string' && value.startsWith('[')) {
    try {
      const list = JSON.parse(value) as unknown;
      if (Array.isArray(list)) return list.length ? list.map(label).join(', ') : '—';
    } catch {
      // Not JSON after all: shown as typed.
    }
  }
  if (Array.isArray(value)) return value.map(label).join(', ');
  // The word in full ("Әйел"), not the table's one-letter column ("Ә").
  if (field === 'sex') return t(`enums.sex.${String(value)}`, { defaultValue: String(value) });
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value, locale);
  if (group) return label(value);
  return typeof value === 'string' ? value : JSON.stringify(value);
}
