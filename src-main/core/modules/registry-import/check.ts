import type { ParsedInput } from '../../api/contract';
import { enumLabel } from '../../api/enum-labels';
import { fieldLabel, fieldMessage, issuesToFieldKeys } from '../../api/messages';
import { LOCALES } from '../../api/roles';
import { localToday } from '../../clock';
import { iinFacts, isValidIin } from '../../domain/iin';
import { personLatinKey } from '../../domain/search-key';
import type { ServiceContext } from '../../shared/context';
import type { Table } from '../../shared/spreadsheet/table';
import { codeMatcher, parseDayCell, parseYesNo } from '../../shared/spreadsheet/values';
import { applicantInput } from '../applicants/contract';
import { SEXES } from '../applicants/domain';
import { disabilityInput } from '../disability/contract';
import {
  categoryForAge,
  checkDisability,
  DISABILITY_CATEGORIES,
  DISABILITY_CAUSES,
  DISABILITY_TERMS,
  type DisabilityCategory,
  type DisabilityCause,
  type DisabilityTerm,
} from '../disability/domain';
import { readSetting } from '../settings/policies';
import { DISABILITY_FIELDS, type RegisterField } from './domain';
import type { Mapping } from './mapping';

// Every row of a legacy register checked exactly as the registry's forms check a person and a
// disability record, plus what only a file can get wrong: a cell in a foreign shape (dates
// as DD.MM.YYYY, ISO or Excel serials; "Ж"/"әйел" for the sex; "II" for the group), a KATO
// code outside the district, and the same person twice, inside the file or already registered.
// Nothing here writes; problems name the row as Excel numbers it and the file's own header.

export interface RegisterCandidate {
  row: number;
  /** The name's Latin key (search-key.ts), computed once for both duplicate checks. */
  latinKey: string;
  person: ParsedInput<'applicants.create'>;
  disability: DisabilityValues | null;
}

export interface DisabilityValues {
  category: DisabilityCategory;
  groupNo: number | null;
  cause: DisabilityCause;
  term: DisabilityTerm;
  establishedOn: string;
  mseDecisionNo: string;
  movementDifficulty: boolean;
}

export interface RegisterProblem {
  row: number;
  column: string;
  field: RegisterField;
  message: string;
}

/** Words offices write for the lists, besides their labels in kk, ru and en. */
const SEX_WORDS: Record<(typeof SEXES)[number], string[]> = {
  M: ['м', 'муж', 'мужской', 'е', 'ер', 'ер адам', 'm', 'male'],
  F: ['ж', 'жен', 'женский', 'ә', 'әйел', 'f', 'female'],
};
const TERM_WORDS: Record<DisabilityTerm, string[]> = {
  '6m': ['6 мес', '6 месяцев', '6 ай', '6m'],
  '1y': ['1 г', '1 год', '1 жыл', '1y'],
  '2y': ['2 г', '2 года', '2 жыл', '2y'],
  '5y': ['5 л', '5 лет', '5 жыл', '5y'],
  until7: ['до 7 лет', 'до 7', '7 жасқа дейін'],
  until18: ['до 18 лет', 'до 18', '18 жасқа дейін'],
  indefinite: ['бессрочно', 'бессрочная', 'без срока', 'мерзімсіз', 'indefinite'],
};
const CATEGORY_WORDS: Record<DisabilityCategory, string[]> = {
  child_under7: ['ребенок до 7 лет', 'ребёнок до 7 лет', 'до 7 лет', '7 жасқа дейінгі бала'],
  child_7_18: ['ребенок 7-18 лет', 'ребёнок 7-18 лет', '7-18 лет', '7–18 лет', '7-18 жас'],
  adult: ['взрослый', 'ересек', 'adult'],
};

function listMatcher<T extends string>(group: string, codes: readonly T[], words?: Record<T, string[]>) {
  return codeMatcher(codes, (c) => [...LOCALES.map((l) => enumLabel(l, group, c)), ...(words?.[c] ?? [])]);
}

/** "2", "II", "ІІ" (Kazakh І), "2 группа", "II гр." → 2; empty → null; anything else → undefined. */
export function parseGroupCell(text: string): number | null | undefined {
  const t = text.trim().toUpperCase().replace(/І/g, 'I');
  if (!t) return null;
  const m = /^(?:ГРУППА\s*|ТОП\s*)?(III|II|I|[123])(?:\s*-?\s*(?:Я|ГРУППА|ГР\.?|ТОП|ТОБЫ))?$/.exec(t);
  if (!m) return undefined;
  const g = m[1] as string;
  return g === 'I' || g === '1' ? 1 : g === 'II' || g === '2' ? 2 : 3;
}

/**
 * An IIN cell: spaces dropped; an IIN of someone born in the 2000s begins with 0, which Excel
 * and LibreOffice drop when they keep the cell as a number, so 11 digits get it back when the
 * result is a valid IIN (otherwise the cell is reported as it stands).
 */
export function iinCell(text: string): string {
  const t = text.replace(/\s/g, '');
  if (/^\d{11}$/.test(t) && isValidIin(`0${t}`)) return `0${t}`;
  return t;
}

const ageAt = (birthDate: string, day: string) => {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
};

/** How often a long check lets other calls (the progress bar's) in. */
const YIELD_EVERY = 2000;
const pause = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Reads and checks every row under the mapping: each cell's shape, the person and disability
 * rules, the KATO district and duplicates inside the file. The registry is not consulted here
 * (see checkAgainstRegistry), so the commit can repeat that part inside its transaction.
 */
export async function checkRows(
  ctx: ServiceContext,
  table: Table,
  mapping: Mapping,
  onProgress: (done: number, total: number) => void,
): Promise<{ candidates: RegisterCandidate[]; problems: RegisterProblem[] }> {
  const locale = ctx.locale;
  const column = (f: RegisterField) => mapping[f] ?? fieldLabel(f, locale);
  const problems: RegisterProblem[] = [];
  const report = (row: number, field: RegisterField, issue: string) =>
    problems.push({ row, column: column(field), field, message: fieldMessage(field, issue, locale) });

  const index = new Map(table.headers.map((h, i) => [h, i]));
  const today = localToday(ctx.clock);
  const year = Number(today.slice(0, 4));
  const district = (readSetting(ctx.db, 'office.districtKato') ?? '').slice(0, 4);
  const consolidation = readSetting(ctx.db, 'exchange.mode') === 'consolidation';
  const sexOf = listMatcher('sex', SEXES, SEX_WORDS);
  const categoryOf = listMatcher('category', DISABILITY_CATEGORIES, CATEGORY_WORDS);
  const causeOf = listMatcher('cause', DISABILITY_CAUSES);
  const termOf = listMatcher('term', DISABILITY_TERMS, TERM_WORDS);
  const iinRow = new Map<string, number>();
  const personRow = new Map<string, number>();
  const candidates: RegisterCandidate[] = [];
  const total = table.rows.length;

  for (let i = 0; i < total; i++) {
    if (i % YIELD_EVERY === 0) {
      onProgress(i, total);
      await pause();
    }
    const { row, cells } = table.rows[i] as Table['rows'][number];
    const cell = (f: RegisterField) => {
      const h = mapping[f];
      return h ? (cells[index.get(h) ?? -1] ?? '') : '';
    };
    const before = problems.length;
    const reported = (f: RegisterField) => problems.slice(before).some((p) => p.field === f);
    const day = (f: RegisterField) => {
      const v = parseDayCell(cell(f), year);
      if (v === undefined) report(row, f, 'dateFormat');
      return v ?? undefined;
    };

    const iin = iinCell(cell('iin'));
    const sexText = cell('sex');
    let sex = sexText ? sexOf(sexText) : undefined;
    if (sexText && !sex) report(row, 'sex', 'unknownChoice');
    // A register without a sex column: the IIN's seventh digit says it.
    if (!sexText) sex = iinFacts(iin)?.sex;
    const katoCode = cell('katoCode').replace(/\s/g, '');
    const birthDate = day('birthDate');
    const raw = {
      iin: iin || null,
      iinMissingReason: cell('iinMissingReason') || null,
      lastName: cell('lastName'),
      firstName: cell('firstName'),
      patronymic: cell('patronymic') || null,
      birthDate,
      sex,
      katoCode,
      address: cell('address'),
      phone: cell('phone') || null,
    };
    const person = applicantInput.safeParse(raw);
    if (!person.success) {
      for (const [path, issue] of Object.entries(issuesToFieldKeys(person.error.issues))) {
        const field = path as RegisterField;
        if (!reported(field)) report(row, field, issue);
      }
    }
    // The classifier is not shipped (domain/kato.ts): a district's register holds its own people.
    if (person.success && district && !consolidation && katoCode.slice(0, 4) !== district)
      report(row, 'katoCode', `katoOutsideDistrict:${district}`);

    let disability: DisabilityValues | null = null;
    if (DISABILITY_FIELDS.some((f) => cell(f))) {
      const categoryText = cell('category');
      const groupText = cell('groupNo');
      const causeText = cell('cause');
      const termText = cell('term');
      const establishedOn = day('establishedOn');
      let category = categoryText ? categoryOf(categoryText) : undefined;
      if (categoryText && !category) report(row, 'category', 'unknownChoice');
      // Left blank: the category the age at establishment calls for, as the form suggests.
      if (!categoryText && establishedOn && birthDate)
        category = categoryForAge(ageAt(birthDate, establishedOn));
      const groupNo = parseGroupCell(groupText);
      if (groupNo === undefined) report(row, 'groupNo', 'unknownChoice');
      const cause = causeText ? causeOf(causeText) : undefined;
      if (causeText && !cause) report(row, 'cause', 'unknownChoice');
      const term = termText ? termOf(termText) : undefined;
      if (termText && !term) report(row, 'term', 'unknownChoice');
      const moving = parseYesNo(cell('movementDifficulty'));
      if (moving === undefined) report(row, 'movementDifficulty', 'yesNo');
      const parsed = disabilityInput.safeParse({
        applicantId: '00000000-0000-4000-8000-000000000000',
        category,
        groupNo: groupNo ?? null,
        cause,
        term,
        establishedOn,
        mseDecisionNo: cell('mseDecisionNo'),
        movementDifficulty: moving ?? false,
      });
      if (!parsed.success) {
        for (const [path, issue] of Object.entries(issuesToFieldKeys(parsed.error.issues))) {
          const field = path as RegisterField;
          if (!reported(field)) report(row, field, issue);
        }
      } else if (birthDate) {
        const v = parsed.data;
        const rules = checkDisability(
          {
            category: v.category,
            group: v.groupNo ?? null,
            cause: v.cause,
            term: v.term,
            establishedOn: v.establishedOn,
          },
          birthDate,
        );
        for (const [key, issue] of Object.entries(rules)) {
          const field = (key === 'group' ? 'groupNo' : key) as RegisterField;
          if (!reported(field)) report(row, field, issue);
        }
        if (v.establishedOn < birthDate && !reported('establishedOn'))
          report(row, 'establishedOn', 'beforeBirth');
        disability = {
          category: v.category,
          groupNo: v.groupNo ?? null,
          cause: v.cause,
          term: v.term,
          establishedOn: v.establishedOn,
          mseDecisionNo: v.mseDecisionNo,
          movementDifficulty: v.movementDifficulty,
        };
      }
    }

    // The same person twice in the file: by IIN, or by name (across spellings) and birth date.
    if (iin) {
      const first = iinRow.get(iin);
      if (first !== undefined) report(row, 'iin', `duplicateInFile:${first}`);
      else iinRow.set(iin, row);
    }
    const latinKey = raw.lastName && raw.firstName ? personLatinKey(raw.lastName, raw.firstName) : '';
    if (latinKey && birthDate) {
      const key = `${latinKey}|${birthDate}`;
      const first = personRow.get(key);
      if (first !== undefined && !reported('iin')) report(row, 'lastName', `samePersonInFile:${first}`);
      else if (first === undefined) personRow.set(key, row);
    }
    if (problems.length === before && person.success)
      candidates.push({ row, latinKey, person: person.data, disability });
  }
  onProgress(total, total);
  return { candidates, problems };
}

/**
 * The registry's side: an IIN already registered, or a person with the same name (across
 * spellings) and birth date. Run in the dry run and again inside the commit's transaction.
 */
export function checkAgainstRegistry(
  ctx: ServiceContext,
  candidates: readonly RegisterCandidate[],
  mapping: Mapping,
): RegisterProblem[] {
  const locale = ctx.locale;
  const byIin = ctx.sqlite.prepare('SELECT 1 FROM applicants WHERE iin = ? LIMIT 1').pluck();
  const byName = ctx.sqlite
    .prepare('SELECT 1 FROM applicants WHERE latin_key = ? AND birth_date = ? AND deleted_at IS NULL LIMIT 1')
    .pluck();
  const problems: RegisterProblem[] = [];
  const report = (row: number, field: RegisterField, issue: string) =>
    problems.push({
      row,
      column: mapping[field] ?? fieldLabel(field, locale),
      field,
      message: fieldMessage(field, issue, locale),
    });
  for (const c of candidates) {
    const p = c.person;
    if (p.iin && byIin.get(p.iin)) report(c.row, 'iin', 'iinTaken');
    else if (byName.get(c.latinKey, p.birthDate)) report(c.row, 'lastName', 'similarRegistered');
  }
  return problems;
}
