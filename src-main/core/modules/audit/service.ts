import { and, asc, count, desc, eq, gte, lt, or, type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import type { Output, ParsedInput } from '../../api/contract';
import { auditLog } from '../../db/schema/audit';
import { addDays, localDayStart } from '../../domain/calendar';
import type { ServiceContext } from '../../shared/context';
import { users } from '../accounts/schema';
import { applicants } from '../applicants/schema';
import { exportLabels } from './export-labels';

// The audit screen: filtered, paged reading of the log and its export to a spreadsheet.

// `records`: entries about any of these records (a specialist's card: the row and its children),
// matched as (entity, id) pairs so the lookup uses the log's entity index.
type Filters = Partial<ParsedInput<'audit.export'>> & {
  records?: readonly { entity: string; id: string }[];
};
export const AUDIT_EXPORT_LIMIT = 50_000;

function whereOf(ctx: ServiceContext, f: Filters): SQL | undefined {
  const conds: SQL[] = [];
  if (f.actorId) conds.push(eq(auditLog.actorId, f.actorId));
  if (f.entity) conds.push(eq(auditLog.entity, f.entity));
  if (f.action) conds.push(eq(auditLog.action, f.action));
  if (f.subjectId) conds.push(eq(auditLog.subjectId, f.subjectId));
  if (f.records)
    conds.push(
      or(...f.records.map((r) => and(eq(auditLog.entity, r.entity), eq(auditLog.entityId, r.id)))) ?? sql`0`,
    );
  if (f.personIin) {
    const person = ctx.db
      .select({ id: applicants.id })
      .from(applicants)
      .where(eq(applicants.iin, f.personIin))
      .get();
    // An IIN nobody has matches no entry, rather than every entry.
    conds.push(eq(auditLog.subjectId, person?.id ?? '-'));
  }
  if (f.from) conds.push(gte(auditLog.at, localDayStart(f.from)));
  if (f.to) conds.push(lt(auditLog.at, localDayStart(addDays(f.to, 1))));
  return conds.length ? and(...conds) : undefined;
}

function selectRows(
  ctx: ServiceContext,
  f: Filters,
  limit: number,
  offset: number,
  dir: 'asc' | 'desc' = 'desc',
) {
  const rows = ctx.db
    .select({
      seq: auditLog.seq,
      at: auditLog.at,
      actorLogin: auditLog.actorLogin,
      actorName: users.fullName,
      door: auditLog.door,
      procedure: auditLog.procedure,
      entity: auditLog.entity,
      entityId: auditLog.entityId,
      action: auditLog.action,
      changes: auditLog.changes,
      subjectId: auditLog.subjectId,
      subjectName: sql<string | null>`${applicants.lastName} || ' ' || ${applicants.firstName}`,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .leftJoin(applicants, eq(applicants.id, auditLog.subjectId))
    .where(whereOf(ctx, f))
    .orderBy(dir === 'asc' ? asc(auditLog.seq) : desc(auditLog.seq))
    .limit(limit)
    .offset(offset)
    .all();
  return rows.map((r) => ({
    ...r,
    changes: r.changes ? (JSON.parse(r.changes) as Record<string, [unknown, unknown]>) : null,
  }));
}

export function listAudit(ctx: ServiceContext, input: ParsedInput<'audit.list'>): Output<'audit.list'> {
  const { rows, total } = auditPage(ctx, input, input);
  const actors = ctx.db
    .select({ id: users.id, login: users.login, fullName: users.fullName })
    .from(users)
    .orderBy(users.login)
    .all();
  return { rows, total, actors };
}

/** One page of the entries matching `filters`, with their total (the card's history uses it). */
export function auditPage(
  ctx: ServiceContext,
  filters: Filters,
  page: { page: number; pageSize: number; sortDir: 'asc' | 'desc' },
): { rows: Output<'audit.list'>['rows']; total: number } {
  const total = ctx.db.select({ n: count() }).from(auditLog).where(whereOf(ctx, filters)).get()?.n ?? 0;
  return {
    rows: selectRows(ctx, filters, page.pageSize, (page.page - 1) * page.pageSize, page.sortDir),
    total,
  };
}

const show = (v: unknown): string =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** The filtered log as an .xlsx workbook (newest first, at most AUDIT_EXPORT_LIMIT rows). */
export async function exportAudit(
  ctx: ServiceContext,
  input: ParsedInput<'audit.export'>,
): Promise<Output<'audit.export'>> {
  const rows = selectRows(ctx, input, AUDIT_EXPORT_LIMIT, 0);
  const labels = exportLabels(ctx.locale);
  const book = new ExcelJS.Workbook();
  book.creator = 'Qamqor';
  book.created = ctx.clock.now();
  const sheet = book.addWorksheet(labels.sheet);
  sheet.columns = [
    { header: labels.seq, key: 'seq', width: 8 },
    { header: labels.at, key: 'at', width: 20 },
    { header: labels.user, key: 'user', width: 28 },
    { header: labels.door, key: 'door', width: 10 },
    { header: labels.action, key: 'action', width: 18 },
    { header: labels.entity, key: 'entity', width: 14 },
    { header: labels.entityId, key: 'entityId', width: 38 },
    { header: labels.person, key: 'person', width: 28 },
    { header: labels.changes, key: 'changes', width: 60 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const r of rows) {
    sheet.addRow({
      seq: r.seq,
      // Excel has no time zones: write the workstation's local time, which is what people read.
      at: new Date(Date.parse(r.at) - new Date(r.at).getTimezoneOffset() * 60_000),
      user: r.actorName ? `${r.actorName} (${r.actorLogin})` : r.actorLogin,
      door: r.door,
      action: r.action,
      entity: r.entity ?? '',
      entityId: r.entityId ?? '',
      person: r.subjectName ?? '',
      changes: r.changes
        ? Object.entries(r.changes)
            .map(([field, [before, after]]) => `${field}: ${show(before)} → ${show(after)}`)
            .join('; ')
        : '',
    });
  }
  sheet.getColumn('at').numFmt = 'dd.mm.yyyy hh:mm:ss';
  const buffer = Buffer.from(await book.xlsx.writeBuffer());
  const stamp = ctx.clock.now().toISOString().slice(0, 10);
  // Exporting the log hands personal data to a file: that itself is an audited event.
  ctx.audit({ entity: 'audit', entityId: '', action: 'export', changes: { rows: [null, rows.length] } });
  return { fileName: `qamqor-audit-${stamp}.xlsx`, base64: buffer.toString('base64'), rows: rows.length };
}
