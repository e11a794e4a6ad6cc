import { and, asc, count, desc, eq, gte, isNull, lt, type SQL, sql } from 'drizzle-orm';
import type { ApplicantView, Output, ParsedInput } from '../api/contract';
import type { Db } from '../db/database';
import { applicants } from '../db/schema';
import { foldText, personSearchKey } from '../domain/search-key';
import { AppError } from '../errors';
import type { ServiceContext } from './context';
import { newEntityStamp } from './stamps';

type ApplicantRow = typeof applicants.$inferSelect;

const viewColumns = {
  id: applicants.id,
  iin: applicants.iin,
  lastName: applicants.lastName,
  firstName: applicants.firstName,
  patronymic: applicants.patronymic,
  birthDate: applicants.birthDate,
  sex: applicants.sex,
  katoCode: applicants.katoCode,
  address: applicants.address,
  phone: applicants.phone,
  createdAt: applicants.createdAt,
};

/** Upper bound for a prefix range: every string starting with `p` sorts below p + U+FFFF. */
const prefixEnd = (p: string) => `${p}\uffff`;

interface ListPlan {
  where: SQL | undefined;
  /** The FTS5 MATCH expression when the query has words of 3+ letters. */
  match: string | null;
  /** True when the trigram match is the only condition besides "live": count from FTS alone. */
  ftsOnly: boolean;
}

/**
 * WHERE conditions for the applicant list. Every branch is index-backed:
 * - digits → IIN prefix range on the unique IIN index;
 * - name words of 3+ letters → the trigram FTS5 index over the folded key (fragment anywhere);
 * - only 1–2 letters typed → prefix range on the folded key index (surname starts with);
 * - KATO prefix → range on the (kato_code, …) indexes.
 * All list indexes are partial over live rows, matching the `deleted_at IS NULL` term.
 */
export function applicantListPlan(input: ParsedInput<'applicants.list'>): ListPlan {
  const conditions: SQL[] = [isNull(applicants.deletedAt)];
  const words = foldText(input.query).split(' ').filter(Boolean);
  const digits = words.filter((w) => /^\d+$/.test(w));
  const letters = words.filter((w) => !/^\d+$/.test(w));
  let extra = 0;
  for (const d of digits.slice(0, 1)) {
    conditions.push(gte(applicants.iin, d), lt(applicants.iin, prefixEnd(d)));
    extra++;
  }
  const long = letters.filter((w) => [...w].length >= 3);
  const short = letters.filter((w) => [...w].length < 3);
  let match: string | null = null;
  if (long.length > 0) {
    // Each word quoted, so FTS5 treats it as a literal trigram phrase; words are ANDed.
    match = long.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
    conditions.push(
      sql`${applicants}.rowid IN (SELECT rowid FROM applicants_fts WHERE applicants_fts MATCH ${match})`,
    );
    for (const w of short) conditions.push(sql`${applicants.searchKey} LIKE ${`%${w}%`}`);
    extra += short.length;
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
  return { where: and(...conditions), match, ftsOnly: match !== null && extra === 0 };
}

const SORT_COLUMNS = {
  name: applicants.searchKey,
  birthDate: applicants.birthDate,
  iin: applicants.iin,
  // UUIDv7 ids sort by creation time and use the primary key index.
  createdAt: applicants.id,
} as const;

const rowid = sql`${applicants}.rowid`;

/** Above this many matches a name search walks the name index instead of sorting matches. */
const BROAD_MATCH = 4000;

/**
 * One page of the list as a deferred join: the inner query finds the page's rowids from the
 * live-row indexes alone (filter, sort, LIMIT/OFFSET), the outer one reads just those rows.
 * Sorting ties break on rowid, which every index already carries, so no extra sort pass.
 */
export function applicantPageQuery(db: Db, input: ParsedInput<'applicants.list'>, total: number) {
  const plan = applicantListPlan(input);
  const dir = input.sortDir === 'desc' ? desc : asc;
  const order = [dir(SORT_COLUMNS[input.sortBy]), dir(rowid)];
  const limit = input.pageSize;
  const offset = (input.page - 1) * input.pageSize;
  // A broad name fragment sorted by name: walk the name index in order and keep the rows the
  // trigram index matched; the page fills after a short walk. Left to itself SQLite sorts every
  // match first, which for "кызы" (a fifth of the registry) costs tens of milliseconds. A narrow
  // fragment is the other way round: sorting its few matches beats walking the whole index.
  const pageKeys =
    plan.match !== null && input.sortBy === 'name' && total > BROAD_MATCH
      ? sql`(SELECT ${rowid} FROM ${applicants} INDEXED BY applicants_live_key_idx WHERE ${plan.where} ORDER BY ${applicants.searchKey} ${sql.raw(input.sortDir)}, ${rowid} ${sql.raw(input.sortDir)} LIMIT ${limit} OFFSET ${offset})`
      : db
          .select({ rowid })
          .from(applicants)
          .where(plan.where)
          .orderBy(...order)
          .limit(limit)
          .offset(offset);
  return db
    .select(viewColumns)
    .from(applicants)
    .where(sql`${rowid} IN ${pageKeys}`)
    .orderBy(...order);
}

export function applicantCountQuery(db: Db, input: ParsedInput<'applicants.list'>) {
  const plan = applicantListPlan(input);
  if (plan.ftsOnly) {
    // The trigram index holds live rows only (migration 0003), so it can count by itself.
    return db.select({ n: count() }).from(sql`applicants_fts`).where(sql`applicants_fts MATCH ${plan.match}`);
  }
  return db.select({ n: count() }).from(applicants).where(plan.where);
}

export function listApplicants(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.list'>,
): Output<'applicants.list'> {
  const total = applicantCountQuery(ctx.db, input).get()?.n ?? 0;
  const rows = total === 0 ? [] : applicantPageQuery(ctx.db, input, total).all();
  return { rows, total };
}

export function getApplicant(ctx: ServiceContext, input: ParsedInput<'applicants.get'>): ApplicantView {
  const row = readApplicant(ctx, input.id);
  // Opening a person's card is itself recorded: who looked at whose data, and when.
  ctx.audit({ entity: 'applicant', entityId: row.id, action: 'read', subjectId: row.id });
  return row;
}

function readApplicant(ctx: ServiceContext, id: string): ApplicantView {
  const row = ctx.db
    .select(viewColumns)
    .from(applicants)
    .where(and(eq(applicants.id, id), isNull(applicants.deletedAt)))
    .get();
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

export function createApplicant(ctx: ServiceContext, input: ParsedInput<'applicants.create'>): ApplicantView {
  const existing = ctx.db
    .select({ id: applicants.id })
    .from(applicants)
    .where(eq(applicants.iin, input.iin))
    .get();
  if (existing) {
    throw new AppError('CONFLICT_IIN', { fields: { iin: 'iinTaken' }, params: { existingId: existing.id } });
  }
  const row: ApplicantRow = {
    ...newEntityStamp(ctx),
    iin: input.iin,
    iinMissingReason: null,
    lastName: input.lastName,
    firstName: input.firstName,
    patronymic: input.patronymic ?? null,
    birthDate: input.birthDate,
    sex: input.sex,
    katoCode: input.katoCode,
    address: input.address,
    phone: input.phone ?? null,
    searchKey: personSearchKey(input.lastName, input.firstName, input.patronymic),
    deletedAt: null,
  };
  ctx.db.insert(applicants).values(row).run();
  const changes: Record<string, [unknown, unknown]> = {};
  for (const key of Object.keys(viewColumns) as (keyof typeof viewColumns)[]) {
    if (key !== 'id' && key !== 'createdAt') changes[key] = [null, row[key]];
  }
  ctx.audit({ entity: 'applicant', entityId: row.id, action: 'create', changes, subjectId: row.id });
  return readApplicant(ctx, row.id);
}
