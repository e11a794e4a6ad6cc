import { applicantsLabels } from '../modules/applicants/labels';
import { calendarLabels } from '../modules/calendar/labels';
import { caregiversLabels } from '../modules/caregivers/labels';
import { casesLabels } from '../modules/cases/labels';
import { caseworkLabels } from '../modules/casework/labels';
import { complaintsLabels } from '../modules/complaints/labels';
import { disabilityLabels } from '../modules/disability/labels';
import { providersLabels } from '../modules/providers/labels';
import { referencesLabels } from '../modules/references/labels';
import { specialistsLabels } from '../modules/specialists/labels';
import { LOCALES, type Locale } from './roles';

// Labels of every module's fixed lists (citizenship, disability category, case status, …) in
// the three languages, combined. They live in core, not in the renderer's i18n files, because
// printed documents made in the main process (the person summary PDF) need the same words as
// the screens; the renderer merges them into its i18n resources as the "enums" namespace.
// A new module with fixed lists adds one line to MODULE_LABELS.

const MODULE_LABELS: readonly Record<Locale, Record<string, Record<string, string>>>[] = [
  applicantsLabels,
  calendarLabels,
  casesLabels,
  caseworkLabels,
  disabilityLabels,
  providersLabels,
  complaintsLabels,
  referencesLabels,
  specialistsLabels,
  caregiversLabels,
];

export const ENUM_LABELS = Object.fromEntries(
  LOCALES.map((locale) => [locale, Object.assign({}, ...MODULE_LABELS.map((m) => m[locale]))]),
) as Record<Locale, Record<string, Record<string, string>>>;

export function enumLabel(
  locale: Locale,
  group: string,
  value: string | null | undefined,
  opts: { female?: boolean } = {},
): string {
  if (value === null || value === undefined || value === '') return '';
  const labels = ENUM_LABELS[locale][group];
  return (opts.female ? labels?.[`${value}_female`] : undefined) ?? labels?.[value] ?? value;
}
