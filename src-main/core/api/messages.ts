import type { ErrorCode } from '../errors';
import { accountsMessages } from '../modules/accounts/messages';
import { applicantsMessages } from '../modules/applicants/messages';
import { auditMessages } from '../modules/audit/messages';
import { backupsMessages } from '../modules/backups/messages';
import { calendarMessages } from '../modules/calendar/messages';
import { caregiversMessages } from '../modules/caregivers/messages';
import { casesMessages } from '../modules/cases/messages';
import { caseworkMessages } from '../modules/casework/messages';
import { complaintsMessages } from '../modules/complaints/messages';
import { disabilityMessages } from '../modules/disability/messages';
import { exchangeMessages } from '../modules/exchange/messages';
import { providersMessages } from '../modules/providers/messages';
import { referencesMessages } from '../modules/references/messages';
import { registryImportMessages } from '../modules/registry-import/messages';
import { settingsMessages } from '../modules/settings/messages';
import { specialistsMessages } from '../modules/specialists/messages';
import { worklistsMessages } from '../modules/worklists/messages';
import { commonMessages } from './common-messages';
import type { MessageSection } from './define-messages';
import { LOCALES, type Locale } from './roles';

// Error and validation texts in the three languages, combined from every module's messages.ts.
// They live beside the contract (not in the renderer's i18n files) because the router answers
// every door — including the CLI and the web bridge — in the caller's language, and the
// renderer's forms reuse the same words. A new module adds one line to MODULE_MESSAGES.

const MODULE_MESSAGES = [
  commonMessages,
  accountsMessages,
  auditMessages,
  settingsMessages,
  backupsMessages,
  applicantsMessages,
  disabilityMessages,
  casesMessages,
  caseworkMessages,
  specialistsMessages,
  caregiversMessages,
  providersMessages,
  complaintsMessages,
  exchangeMessages,
  registryImportMessages,
  referencesMessages,
  calendarMessages,
  worklistsMessages,
] as const;

// Compile-time proof that every error code (the core's and each module's) has its words.
type WordedCodes = (typeof MODULE_MESSAGES)[number]['kk'] extends infer T
  ? T extends { errors: infer E }
    ? keyof E
    : never
  : never;
const everyCodeWorded: [ErrorCode] extends [WordedCodes] ? true : false = true;
void everyCodeWorded;

interface Catalog {
  errors: Record<ErrorCode, string>;
  issues: Record<string, string>;
  fields: Record<string, string>;
}

function combine(locale: Locale): Catalog {
  const out = { errors: {}, issues: {}, fields: {} } as Catalog;
  for (const m of MODULE_MESSAGES as readonly Record<Locale, MessageSection>[]) {
    Object.assign(out.errors, m[locale].errors);
    Object.assign(out.issues, m[locale].issues);
    Object.assign(out.fields, m[locale].fields);
  }
  return out;
}

const CATALOGS = Object.fromEntries(LOCALES.map((l) => [l, combine(l)])) as Record<Locale, Catalog>;

/** For tests: each module's words, to check that no two modules word the same key differently. */
export const MESSAGE_SOURCES = MODULE_MESSAGES as readonly Record<Locale, MessageSection>[];

export function pickLocale(value: string | undefined | null): Locale {
  return value === 'kk' || value === 'ru' || value === 'en' ? value : 'ru';
}

/** The error's text in the caller's language; `{name}` placeholders take the error's params. */
export function errorMessage(
  code: ErrorCode,
  locale: string | undefined,
  params?: Record<string, string | number>,
): string {
  const text = CATALOGS[pickLocale(locale)].errors[code];
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}

/** A field's label in the caller's language (documents reuse the forms' words). */
export function fieldLabel(field: string, locale: string | undefined): string {
  const fields = CATALOGS[pickLocale(locale)].fields;
  if (fields[field]) return fields[field];
  // A list's item ("services.0.volume"): the item's own field names it.
  const last = field
    .split('.')
    .filter((p) => !/^\d+$/.test(p))
    .at(-1);
  return (last && fields[last]) || field;
}

/** An issue's words alone (warnings shown without a field, e.g. "the applicant is a minor"). */
export function issueMessage(issueKey: string, locale: string | undefined): string {
  const catalog = CATALOGS[pickLocale(locale)];
  // "maxLength:80": a key with the limit the message names ("не более 80 символов").
  const [key = issueKey, n] = issueKey.split(':');
  const text = catalog.issues[key] ?? catalog.issues.invalid ?? key;
  return n === undefined ? text : text.replace('{n}', n);
}

/** "ИИН: неверная контрольная цифра ИИН" — the field's name first, so a message stands alone. */
export function fieldMessage(field: string, issueKey: string, locale: string | undefined): string {
  const catalog = CATALOGS[pickLocale(locale)];
  // "measures.2.hoursPerDay" is labelled as "hoursPerDay" (the form shows it in row 3).
  const label = catalog.fields[field] ?? catalog.fields[field.split('.').pop() ?? field] ?? field;
  return `${label}: ${issueMessage(issueKey, locale)}`;
}

interface IssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  input?: unknown;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
}

/** Maps zod issues to field → message key: our own keys pass through, zod's built-ins are named. */
export function issuesToFieldKeys(issues: readonly IssueLike[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.') || '_';
    if (path in out) continue;
    out[path] = issueKey(issue);
  }
  return out;
}

/** Generic words a schema may give a size check; the limit itself says more (issue 13, item 6). */
const GENERIC = new Set(['tooLong', 'invalid']);

function issueKey(issue: IssueLike): string {
  const size = issue.code === 'too_big' || issue.code === 'too_small';
  // A type-level { error: 'required' } also labels its size checks: a bound says more there.
  const generic = GENERIC.has(issue.message) || (size && issue.message === 'required');
  if (issue.message in CATALOGS.ru.issues && !generic) return issue.message;
  if (issue.code === 'invalid_type' && (issue.input === undefined || issue.input === null)) return 'required';
  if (issue.code === 'invalid_type' && issue.message !== 'required') {
    // A number field left empty arrives as '' or NaN: that is "required", not "invalid".
    if (issue.input === '' || (typeof issue.input === 'number' && Number.isNaN(issue.input)))
      return 'required';
  }
  const number = issue.origin === 'number' || issue.origin === 'int';
  if (issue.code === 'too_big' && issue.maximum !== undefined) {
    if (issue.origin === 'string') return `maxLength:${issue.maximum}`;
    if (number) return `maxNumber:${issue.maximum}`;
    if (issue.origin === 'array') return `maxItems:${issue.maximum}`;
  }
  if (issue.code === 'too_small' && issue.minimum !== undefined) {
    if (issue.origin === 'string')
      return Number(issue.minimum) <= 1 ? 'required' : `minLength:${issue.minimum}`;
    if (number) return `minNumber:${issue.minimum}`;
    if (issue.origin === 'array')
      return Number(issue.minimum) <= 1 ? 'required' : `minItems:${issue.minimum}`;
  }
  if (issue.code === 'invalid_type' && issue.message === 'required') return 'required';
  return issue.message in CATALOGS.ru.issues ? issue.message : 'invalid';
}
