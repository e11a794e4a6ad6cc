import { createHash } from 'node:crypto';
import type { Output, ParsedInput } from '../../api/contract';
import { fieldLabel, fieldMessage } from '../../api/messages';
import { LARGE_WRITE_ROWS, refreshPlannerStats } from '../../db/stats';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { insertRows } from '../../shared/insert-rows';
import { readTable } from '../../shared/spreadsheet/table';
import { createdChanges, newEntityStamps } from '../../shared/stamps';
import { withNameIndexDeferred } from '../applicants/name-index';
import { personColumns } from '../applicants/person';
import { applicants } from '../applicants/schema';
import { validUntil } from '../disability/domain';
import { disabilityRecords } from '../disability/schema';
import { checkAgainstRegistry, checkRows, type RegisterCandidate, type RegisterProblem } from './check';
import { MAX_REGISTER_BYTES, MAX_REGISTER_ROWS, REQUIRED_REGISTER_FIELDS } from './domain';
import { type Mapping, resolveMapping, saveLayout } from './mapping';
import { readProgress, reportProgress } from './progress';

// The dry run and the commit of a legacy register. Both read and check the file before their
// transaction (the router's preparer, which yields so the progress bar moves); the registry's
// duplicates are checked in the transaction, so the commit sees the registry as it writes.

type Input = ParsedInput<'registryImport.preview'>;

export interface Prepared {
  sha256: string;
  sheets: string[];
  sheet: string;
  headers: string[];
  rows: number;
  mapping: Mapping;
  source: 'saved' | 'guessed' | 'chosen';
  candidates: RegisterCandidate[];
  problems: RegisterProblem[];
}

export async function prepareRegister(ctx: ServiceContext, input: Input): Promise<Prepared> {
  const user = ctx.actor?.userId;
  reportProgress(input.jobId, user, 'reading');
  const table = await readTable(input.fileName, input.base64, {
    maxBytes: MAX_REGISTER_BYTES,
    maxRows: MAX_REGISTER_ROWS,
    sheet: input.sheet ?? null,
    onRows: (n) => reportProgress(input.jobId, user, 'reading', n, 0),
  });
  const sha256 = createHash('sha256').update(Buffer.from(input.base64, 'base64')).digest('hex');
  const { mapping, source } = resolveMapping(ctx.db, table.headers, input.mapping);
  const base = {
    sha256,
    sheets: table.sheets,
    sheet: table.sheet,
    headers: table.headers,
    rows: table.rows.length,
    mapping,
    source,
  };
  const missing = REQUIRED_REGISTER_FIELDS.filter((f) => !mapping[f]);
  if (missing.length > 0) {
    const problems = missing.map((f) => ({
      row: 1,
      column: fieldLabel(f, ctx.locale),
      field: f,
      message: fieldMessage(f, 'columnMissing', ctx.locale),
    }));
    return { ...base, candidates: [], problems };
  }
  const checked = await checkRows(ctx, table, mapping, (done, total) =>
    reportProgress(input.jobId, user, 'checking', done, total),
  );
  return { ...base, ...checked };
}

/** The problems of the file and of the registry, in the file's order; the rows that pass. */
function settle(ctx: ServiceContext, prepared: Prepared) {
  const registry = checkAgainstRegistry(ctx, prepared.candidates, prepared.mapping);
  const refused = new Set(registry.map((p) => p.row));
  const problems = [...prepared.problems, ...registry].sort((a, b) => a.row - b.row);
  return { problems, candidates: prepared.candidates.filter((c) => !refused.has(c.row)) };
}

const MAX_PROBLEMS = 1000;
const SAMPLE_ROWS = 5;

export function previewRegister(
  ctx: ServiceContext,
  input: Input,
  prepared: Prepared,
): Output<'registryImport.preview'> {
  const { problems, candidates } = settle(ctx, prepared);
  reportProgress(input.jobId, ctx.actor?.userId, 'done', prepared.rows, prepared.rows);
  return {
    sha256: prepared.sha256,
    sheets: prepared.sheets,
    sheet: prepared.sheet,
    headers: prepared.headers,
    mapping: prepared.mapping,
    mappingSource: prepared.source,
    rows: prepared.rows,
    ready: problems.length === 0 && candidates.length > 0,
    people: candidates.length,
    disabilities: candidates.filter((c) => c.disability).length,
    problemCount: problems.length,
    problems: problems.slice(0, MAX_PROBLEMS),
    sample: candidates.slice(0, SAMPLE_ROWS).map((c) => ({
      row: c.row,
      iin: c.person.iin ?? null,
      name: [c.person.lastName, c.person.firstName, c.person.patronymic].filter(Boolean).join(' '),
      birthDate: c.person.birthDate,
      katoCode: c.person.katoCode,
      category: c.disability?.category ?? null,
      groupNo: c.disability?.groupNo ?? null,
    })),
  };
}

export function commitRegister(
  ctx: ServiceContext,
  input: ParsedInput<'registryImport.commit'>,
  prepared: Prepared,
): Output<'registryImport.commit'> {
  const { problems, candidates } = settle(ctx, prepared);
  if (problems.length > 0 || candidates.length === 0)
    throw new AppError('IMPORT_INVALID', { params: { count: Math.max(1, problems.length) } });
  reportProgress(input.jobId, ctx.actor?.userId, 'writing', 0, candidates.length);
  const withRecord = candidates.filter((c) => c.disability).length;
  const stamps = newEntityStamps(ctx, candidates.length + withRecord);
  let next = 0;
  const people: (typeof applicants.$inferInsert)[] = [];
  const records: (typeof disabilityRecords.$inferInsert)[] = [];
  for (const c of candidates) {
    const stamp = stamps[next++] as (typeof stamps)[number];
    const d = c.disability;
    const until = d ? validUntil(d.term, d.establishedOn, c.person.birthDate) : null;
    const person = {
      ...stamp,
      ...personColumns(c.person),
      deletedAt: null,
      // The registry facts (applicants/facts.ts) of a person whose one record is this one.
      curDisabilityCategory: d?.category ?? null,
      curDisabilityGroup: d?.groupNo ?? null,
      curDisabilityUntil: until,
      curIprUntil: null,
      iprPending: 0,
      portalDeadline: null,
      activeCase: 0,
    };
    people.push(person);
    ctx.audit({
      entity: 'applicant',
      entityId: person.id,
      action: 'create',
      changes: createdChanges(person, [
        'searchKey',
        'latinKey',
        'phoneDigits',
        'sourceInstall',
        'iprPending',
        'activeCase',
        // Derived from the disability record, which has its own entry.
        'curDisabilityCategory',
        'curDisabilityGroup',
        'curDisabilityUntil',
      ]),
      subjectId: person.id,
    });
    if (d) {
      const record = {
        ...(stamps[next++] as (typeof stamps)[number]),
        applicantId: person.id,
        category: d.category,
        groupNo: d.groupNo,
        cause: d.cause,
        term: d.term,
        establishedOn: d.establishedOn,
        validUntil: until,
        mseDecisionNo: d.mseDecisionNo,
        workCapacityLossPct: null,
        generalCapacityLossPct: null,
        profCapacityLossPct: null,
        movementDifficulty: d.movementDifficulty,
        replacedAt: null,
      };
      records.push(record);
      ctx.audit({
        entity: 'disability',
        entityId: record.id,
        action: 'create',
        changes: createdChanges(record, ['applicantId', 'sourceInstall']),
        subjectId: person.id,
      });
    }
  }
  // The name index is filled once for all the new people (ten times faster than its trigger).
  withNameIndexDeferred(ctx.sqlite, () => insertRows(ctx.sqlite, applicants, people));
  insertRows(ctx.sqlite, disabilityRecords, records);
  if (people.length >= LARGE_WRITE_ROWS)
    refreshPlannerStats(ctx.sqlite, ['applicants', 'disability_records']);
  const layout = saveLayout(ctx, prepared.headers, prepared.mapping);
  ctx.audit({
    entity: 'applicant',
    entityId: '',
    action: 'import',
    changes: {
      file: [null, input.fileName],
      sha256: [null, prepared.sha256],
      sheet: [null, prepared.sheet],
      rows: [null, candidates.length],
      disabilities: [null, records.length],
      layout: [null, layout],
    },
  });
  reportProgress(input.jobId, ctx.actor?.userId, 'done', candidates.length, candidates.length);
  return { people: candidates.length, disabilities: records.length, sha256: prepared.sha256 };
}

export function importProgress(
  ctx: ServiceContext,
  input: ParsedInput<'registryImport.progress'>,
): Output<'registryImport.progress'> {
  return readProgress(input.jobId, ctx.actor?.userId);
}
