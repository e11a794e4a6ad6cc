import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import { requireActor, type ServiceContext } from '../../shared/context';
import { loadCalendar } from '../calendar/service';
import { CLOSED, UNDER_REVIEW } from './domain';
import { type ComplaintRow, currentDue, SEES_ALL } from './service';

// The secretary's queue (each complaint's current deadline and the working days left) and the
// home screen's counts; a commission member sees only the complaints of their meetings.

/** Where a complaint stands for the queue and alerts (SQL twin of currentDue). */
const DUE_SQL = `CASE WHEN c.status IN (${UNDER_REVIEW.map((s) => `'${s}'`).join(',')}) THEN c.review_due_on
  WHEN c.status = 'notice_sent' THEN c.fix_due_on END`;
const CLOSED_SQL = CLOSED.map((s) => `'${s}'`).join(',');

export function queue(
  ctx: ServiceContext,
  input: ParsedInput<'complaints.queue'>,
): Output<'complaints.queue'> {
  const actor = requireActor(ctx);
  const today = localToday(ctx.clock);
  const where: string[] = [];
  const args: unknown[] = [];
  if (!actor.roles.some((r) => SEES_ALL.includes(r))) {
    where.push('EXISTS (SELECT 1 FROM json_each(c.members) m WHERE m.value = ?)');
    args.push(actor.userId);
  }
  if (input.view === 'open') where.push(`c.status NOT IN (${CLOSED_SQL})`);
  if (input.view === 'closed') where.push(`c.status IN (${CLOSED_SQL})`);
  if (input.view === 'overdue') {
    where.push(`(${DUE_SQL}) < ?`);
    args.push(today);
  }
  if (input.providerId) {
    where.push('c.provider_id = ?');
    args.push(input.providerId);
  }
  if (input.query) {
    where.push(
      "(c.number LIKE ? ESCAPE '\\' OR lower(c.complainant_name) LIKE ? ESCAPE '\\' OR c.complainant_iin = ?)",
    );
    const like = `%${input.query.toLowerCase().replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    args.push(like, like, input.query);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const order = {
    dueOn: `(${DUE_SQL}) IS NULL, (${DUE_SQL})`,
    receivedOn: 'c.received_on',
    number: 'c.number',
  }[input.sortBy];
  const dir = input.sortDir === 'desc' ? 'DESC' : 'ASC';
  const total = ctx.sqlite
    .prepare(`SELECT count(*) FROM complaints c ${whereSql}`)
    .pluck()
    .get(...args) as number;
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id, c.number, c.received_on AS receivedOn, c.complainant_name AS complainantName,
              c.provider_id AS providerId, p.name_kk AS nameKk, p.name_ru AS nameRu, c.subject,
              c.status, c.review_due_on AS reviewDueOn, c.fix_due_on AS fixDueOn, c.meeting_on AS meetingOn
         FROM complaints c JOIN providers p ON p.id = c.provider_id
         ${whereSql}
        ORDER BY ${order} ${dir}, c.number ${dir}
        LIMIT ? OFFSET ?`,
    )
    .all(...args, input.pageSize, (input.page - 1) * input.pageSize) as (Pick<
    ComplaintRow,
    | 'id'
    | 'number'
    | 'receivedOn'
    | 'complainantName'
    | 'providerId'
    | 'subject'
    | 'status'
    | 'reviewDueOn'
    | 'fixDueOn'
    | 'meetingOn'
  > & { nameKk: string; nameRu: string })[];
  const calendar = loadCalendar(ctx.db);
  return {
    total,
    rows: rows.map(({ nameKk, nameRu, fixDueOn, ...r }) => {
      const due = currentDue({ status: r.status, reviewDueOn: r.reviewDueOn, fixDueOn });
      return {
        ...r,
        providerName: ctx.locale === 'kk' ? nameKk : nameRu,
        ...due,
        daysLeft: due.dueOn ? calendar.workingDaysBetween(today, due.dueOn) || 0 : null,
        overdue: !!due.dueOn && due.dueOn < today,
      };
    }),
  };
}

export function complaintAlerts(ctx: ServiceContext): Output<'complaints.alerts'> {
  const actor = requireActor(ctx);
  const today = localToday(ctx.clock);
  const soon = loadCalendar(ctx.db).addWorkingDays(today, 2);
  const mine = actor.roles.some((r) => SEES_ALL.includes(r))
    ? ''
    : 'AND EXISTS (SELECT 1 FROM json_each(c.members) m WHERE m.value = ?)';
  const extra = mine ? [actor.userId] : [];
  const review = `c.status IN (${UNDER_REVIEW.map((s) => `'${s}'`).join(',')})`;
  const n = (q: string, ...a: unknown[]) =>
    ctx.sqlite
      .prepare(`SELECT count(*) FROM complaints c WHERE ${q} ${mine}`)
      .pluck()
      .get(...a, ...extra) as number;
  return {
    overdue: n(`${review} AND c.review_due_on < ?`, today),
    dueSoon: n(`${review} AND c.review_due_on >= ? AND c.review_due_on <= ?`, today, soon),
    checksDue: n(`c.status = 'notice_sent' AND c.fix_due_on <= ?`, today),
  };
}
