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

/**
 * WHERE conditions for the applicant list. Every branch is index-backed:
 * - digits → IIN prefix range on the unique IIN index;
 * - name words of 3+ letters → the trigram FTS5 index over the folded key (fragment anywhere);
 * - only 1–2 letters typed → prefix range on the folded key index (surname starts with);
 * - KATO prefix → range on (kato_code, search_key).
 */
export function applicantFilter(input: ParsedInput<'applicants.list'>): SQL | undefined {
  const conditions: SQL[] = [isNull(applicants.deletedAt)];
  const words = foldText(input.query).split(' ').filter(Boolean);
  const digits = words.filter((w) => /^\d+$/.test(w));
  const letters = words.filter((w) => !/^\d+$/.test(w));
  for (const d of digits.slice(0, 1)) {
    conditions.push(gte(applicants.iin, d), lt(applicants.iin, prefixEnd(d)));
  }
  const long = letters.filter((w) => [...w].length >= 3);
  const short = letters.filter((w) => [...w].length < 3);
  if (long.length > 0) {
    // Each word quoted, so FTS5 treats it as a literal trigram phrase; words are ANDed.
    const match = long.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
    conditions.push(
      sql`${applicants}.rowid IN (SELECT rowid FROM applicants_fts WHERE applicants_fts MATCH ${match})`,
    );
    for (const w of short) conditions.push(sql`${applicants.searchKey} LIKE ${`%${w}%`}`);
  } else if (short.length > 0) {
    const p = short.join(' ');
    conditions.push(gte(applicants.searchKey, p), lt(applicants.searchKey, prefixEnd(p)));
  }
  if (input.sex) conditions.push(eq(applicants.sex, input.sex));
  if (input.katoPrefix) {
    conditions.push(
      gte(applicants.katoCode, input.katoPrefix),
      lt(applicants.katoCode, prefixEnd(input.katoPrefix)),
    );
  }
  return and(...conditions);
}

const SORT_COLUMNS = {
  name: applicants.searchKey,
  birthDate: applicants.birthDate,
  iin: applicants.iin,
  // UUIDv7 ids sort by creation time and use the primary key index.
  createdAt: applicants.id,
} as const;

export function applicantPageQuery(db: Db, input: ParsedInput<'applicants.list'>) {
  const dir = input.sortDir === 'desc' ? desc : asc;
  return db
    .select(viewColumns)
    .from(applicants)
    .where(applicantFilter(input))
    .orderBy(dir(SORT_COLUMNS[input.sortBy]), dir(applicants.id))
    .limit(input.pageSize)
    .offset((input.page - 1) * input.pageSize);
}

export function applicantCountQuery(db: Db, input: ParsedInput<'applicants.list'>) {
  return db.select({ n: count() }).from(applicants).where(applicantFilter(input));
}

export function listApplicants(
  ctx: ServiceContext,
  input: ParsedInput<'applicants.list'>,
): Output<'applicants.list'> {
  const rows = applicantPageQuery(ctx.db, input).all();
  const total = applicantCountQuery(ctx.db, input).get()?.n ?? 0;
  return { rows, total };
}

export function getApplicant(ctx: ServiceContext, input: ParsedInput<'applicants.get'>): ApplicantView {
  const row = ctx.db
    .select(viewColumns)
    .from(applicants)
    .where(and(eq(applicants.id, input.id), isNull(applicants.deletedAt)))
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
  ctx.audit({ entity: 'applicant', entityId: row.id, action: 'create', changes });
  return getApplicant(ctx, { id: row.id });
}
