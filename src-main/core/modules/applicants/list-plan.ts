import { and, eq, gt, gte, isNull, lt, lte, type SQL, sql } from 'drizzle-orm';
import type { ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import { addDays, addYears } from '../../domain/calendar';
import { phoneQueryPrefix } from '../../domain/phone';
import { foldText } from '../../domain/search-key';
import { applicants } from './schema';

// The registry list's plan: how a search and the work-list filters become index-backed SQL
// conditions. list.ts finds a page and a total from a plan.

export const todayIso = () => localToday();

/** Input keys of the list that are not filters. */
export const NOT_FILTERS: ReadonlySet<string> = new Set(['query', 'page', 'pageSize', 'sortBy', 'sortDir']);

/** The filters an input sets, by key (a search is the `query` key, among NOT_FILTERS). */
export const setFilters = (input: ParsedInput<'applicants.list'>) =>
  Object.entries(input).filter(([key, value]) => value !== undefined && !NOT_FILTERS.has(key));

/** Upper bound for a prefix range: every string starting with `p` sorts below p + U+FFFF. */
export const prefixEnd = (p: string) => `${p}\uffff`;

export interface ListPlan {
  where: SQL | undefined;
  /** The FTS5 MATCH expression when the query has words of 3+ letters. */
  match: string | null;
  /**
   * The rowids of the live people the name words match (a trigram lookup, or a union of index
   * lookups); null without words of 3+ letters.
   */
  matchSet: SQL | null;
  /** True when the search is the only condition besides "live": count its set alone. */
  ftsOnly: boolean;
  /** A name fragment or digits were searched: the count is capped (SEARCH_COUNT_CAP). */
  searched: boolean;
  /**
   * The same conditions with the trigram lookup replaced by LIKE on the folded key, for a walk
   * of the name index that checks each entry it passes (the key is in the index, so a name-only
   * search reads no table rows but the page's). Null without a trigram match.
   */
  walkWhere: SQL | undefined | null;
  /**
   * For "best match" order: the first word typed when it is a name word of 3+ letters (people
   * type the surname first). Matches whose key starts with it come first.
   */
  lead: string | null;
  /** True when `match` alone finds every match (no "ерлан ом" pair beside it). */
  plainMatch: boolean;
}

/** Rowids already found, as a set SQLite reads from one JSON parameter. */
const knownSet = (ids: number[]) => sql`SELECT value FROM json_each(${JSON.stringify(ids)})`;

/**
 * WHERE conditions for the applicant list. Every branch is index-backed:
 * - digits → IIN prefix range (and phone prefix range from 3 digits) on live-row indexes;
 * - name words of 3+ letters → the trigram FTS5 index over the folded key (fragment anywhere);
 * - only 1–2 letters typed → prefix range on the folded key index (surname starts with);
 * - KATO prefix → range on the (kato_code, …) indexes.
 * All list indexes are partial over live rows, matching the `deleted_at IS NULL` term.
 */
export function applicantListPlan(
  input: ParsedInput<'applicants.list'>,
  today = todayIso(),
  /** The search's matches, already read (listPage): the plan names them instead of searching again. */
  known?: number[],
): ListPlan {
  const conditions: SQL[] = [isNull(applicants.deletedAt)];
  // A phone typed with its punctuation ("+7 702 555-12") is one number, not several words.
  const phoneLike = /^[\d\s+()-]+$/.test(input.query) && /\d/.test(input.query);
  const words = phoneLike
    ? [input.query.replace(/\D/g, '')]
    : foldText(input.query).split(' ').filter(Boolean);
  const digits = words.filter((w) => /^\d+$/.test(w));
  const letters = words.filter((w) => !/^\d+$/.test(w));
  let extra = 0;
  let digitSet: SQL | null = null;
  for (const d of digits.slice(0, 1)) {
    // Digits are an IIN prefix or a phone number. Written as a UNION of two index lookups:
    // a plain OR would not qualify for SQLite's OR-by-union plan here (the live-row partial
    // index needs the `deleted_at IS NULL` term inside each branch) and scans the table.
    const phone = phoneQueryPrefix(d);
    const live = isNull(applicants.deletedAt);
    const iinRange = and(live, gte(applicants.iin, d), lt(applicants.iin, prefixEnd(d)));
    digitSet = known
      ? knownSet(known)
      : d.length >= 3
        ? sql`SELECT rowid FROM ${applicants} WHERE ${iinRange} UNION SELECT rowid FROM ${applicants} WHERE ${and(live, gte(applicants.phoneDigits, phone), lt(applicants.phoneDigits, prefixEnd(phone)))}`
        : sql`SELECT rowid FROM ${applicants} WHERE ${iinRange}`;
    conditions.push(sql`${applicants}.rowid IN (${digitSet})`);
    extra++;
  }
  const long = letters.filter((w) => [...w].length >= 3);
  const short = letters.filter((w) => [...w].length < 3);
  let match: string | null = null;
  // Folded words hold letters and digits only, so they need no LIKE escaping.
  const like = (w: string) => sql`${applicants.searchKey} LIKE ${`%${w}%`}`;
  let ftsTerm: SQL | null = null;
  let matchSet: SQL | null = null;
  let walkShort: SQL[] = short.map(like);
  let pairUsed = false;
  if (long.length > 0) {
    // Each word quoted, so FTS5 treats it as a literal trigram phrase; words are ANDed.
    const phrase = (w: string) => `"${w.replace(/"/g, '""')}"`;
    match = long.map(phrase).join(' ');
    const pair = short.length === 1 && [...short[0]!].length === 2 ? short[0]! : null;
    pairUsed = pair !== null;
    if (pair) {
      // "ерлан ом": two letters beside a longer word mean the start of a word (Омаров), which
      // the indexes can answer: " ом" (space first) is a trigram for any word but the first,
      // and the first word — the surname — is a prefix range on the name index, where the
      // longer words are tested against the indexed key. Reading every row the longer word
      // matches to test "%ом%" instead costs milliseconds per keystroke.
      const longLikes = long.map(like);
      matchSet = sql`SELECT rowid FROM applicants_fts WHERE applicants_fts MATCH ${`${match} ${phrase(` ${pair}`)}`} UNION SELECT rowid FROM ${applicants} WHERE ${and(isNull(applicants.deletedAt), gte(applicants.searchKey, pair), lt(applicants.searchKey, prefixEnd(pair)), ...longLikes)}`;
      walkShort = [
        sql`(${applicants.searchKey} LIKE ${`${pair}%`} OR ${applicants.searchKey} LIKE ${`% ${pair}%`})`,
      ];
    } else {
      matchSet = sql`SELECT rowid FROM applicants_fts WHERE applicants_fts MATCH ${match}`;
      conditions.push(...walkShort);
      extra += short.length;
    }
    if (known) matchSet = knownSet(known);
    ftsTerm = sql`${applicants}.rowid IN (${matchSet})`;
    conditions.push(ftsTerm);
  } else if (short.length > 0) {
    const p = short.join(' ');
    conditions.push(gte(applicants.searchKey, p), lt(applicants.searchKey, prefixEnd(p)));
  }
  if (input.sex) {
    conditions.push(eq(applicants.sex, input.sex));
    extra++;
  }
  if (input.katoPrefix) {
    conditions.push(
      gte(applicants.katoCode, input.katoPrefix),
      lt(applicants.katoCode, prefixEnd(input.katoPrefix)),
    );
    extra++;
  }
  // Registry filters are conditions on the person's own row: the facts derived from their
  // current records (services/registry-facts.ts), all in the KATO covering index, so any
  // combination is counted from that index alone.
  const until = (days: number) => addDays(today, days);
  if (input.disabilityCategory) {
    conditions.push(eq(applicants.curDisabilityCategory, input.disabilityCategory));
    extra++;
  }
  if (input.disabilityGroup) {
    conditions.push(eq(applicants.curDisabilityGroup, input.disabilityGroup));
    extra++;
  }
  if (input.reexamWithinDays !== undefined) {
    conditions.push(
      gte(applicants.curDisabilityUntil, today),
      lte(applicants.curDisabilityUntil, until(input.reexamWithinDays)),
    );
    extra++;
  }
  if (input.iprExpiringWithinDays !== undefined) {
    conditions.push(
      gte(applicants.curIprUntil, today),
      lte(applicants.curIprUntil, until(input.iprExpiringWithinDays)),
    );
    extra++;
  }
  if (input.portalDeadlineWithinDays !== undefined) {
    // A deadline already passed stays on the list until the measure is ordered.
    conditions.push(lte(applicants.portalDeadline, until(input.portalDeadlineWithinDays)));
    extra++;
  }
  if (input.iprPending) {
    conditions.push(eq(applicants.iprPending, 1));
    extra++;
  }
  if (input.activeCase) {
    // A literal 1, not a bound parameter: only then can SQLite use the partial index on it.
    conditions.push(sql`${applicants.activeCase} = 1`);
    extra++;
  }
  if (input.consentMissing) {
    conditions.push(isNull(applicants.consentDate));
    extra++;
  }
  if (input.ageFrom !== undefined) {
    // At least N years old: born on or before today − N years.
    conditions.push(lte(applicants.birthDate, addYears(today, -input.ageFrom)));
    extra++;
  }
  if (input.ageTo !== undefined) {
    // At most N years old: born after today − (N + 1) years.
    conditions.push(gt(applicants.birthDate, addYears(today, -(input.ageTo + 1))));
    extra++;
  }
  const first = words[0];
  return {
    where: and(...conditions),
    lead: digits.length === 0 && first && long.includes(first) ? first : null,
    match,
    matchSet: match !== null ? matchSet : digitSet,
    plainMatch: match !== null && !pairUsed,
    ftsOnly: (match !== null || digitSet !== null) && extra === (match !== null ? 0 : 1),
    searched: match !== null || digitSet !== null,
    walkWhere: ftsTerm
      ? and(
          ...conditions.filter((c) => c !== ftsTerm && !walkShort.includes(c)),
          ...long.map(like),
          ...walkShort,
        )
      : null,
  };
}
