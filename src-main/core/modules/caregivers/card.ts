import { desc, inArray } from 'drizzle-orm';
import type { Output, ParsedInput } from '../../api/contract';
import type { ServiceContext } from '../../shared/context';
import { users } from '../accounts/schema';
import {
  checksOf,
  contractsOf,
  contractView,
  eligibilityOf,
  readRegistration,
  registrationViews,
} from './registrations';
import { timesheets } from './schema';
import { adjustmentsOf } from './timesheets';

/** The caregiver's card: the registration, its checks with evidence, contracts, months and pay. */
export function caregiverCard(
  ctx: ServiceContext,
  input: ParsedInput<'caregivers.card'>,
): Output<'caregivers.card'> {
  const r = readRegistration(ctx.db, input.id);
  ctx.audit({ entity: 'caregiver', entityId: r.id, action: 'read', subjectId: r.caredForId });
  const checks = checksOf(ctx.db, r.id);
  const who = new Map(
    checks.length
      ? ctx.db
          .select({ id: users.id, name: users.fullName })
          .from(users)
          .where(inArray(users.id, [...new Set(checks.map((c) => c.createdBy))]))
          .all()
          .map((u) => [u.id, u.name])
      : [],
  );
  const contracts = contractsOf(ctx.db, r.id);
  const sheets = contracts.length
    ? ctx.db
        .select()
        .from(timesheets)
        .where(
          inArray(
            timesheets.contractId,
            contracts.map((c) => c.id),
          ),
        )
        .orderBy(desc(timesheets.month))
        .all()
    : [];
  const adjustments = adjustmentsOf(
    ctx.db,
    sheets.map((s) => s.id),
  );
  const pay = contracts.length
    ? (ctx.sqlite
        .prepare(
          `SELECT r.month, l.contract_id AS contractId, l.hours, l.hourly_rate AS hourlyRate, l.gross, l.opv, l.vosms,
                  l.ipn, l.net, l.opvr, l.so, l.oosms
             FROM pay_lines l JOIN payrolls r ON r.id = l.payroll_id
            WHERE l.contract_id IN (${contracts.map(() => '?').join(',')}) ORDER BY r.month DESC`,
        )
        .all(...contracts.map((c) => c.id)) as Omit<
        Output<'caregivers.card'>['pay'][number],
        'registrationId' | 'caregiverName' | 'caregiverIin' | 'iban' | 'role'
      >[])
    : [];
  const [view] = registrationViews(ctx, [r]);
  const v = view as NonNullable<typeof view>;
  return {
    registration: v,
    eligibility: eligibilityOf(ctx, r),
    checks: checks.map((c) => ({
      id: c.id,
      check: c.check,
      result: c.result,
      evidenceKind: c.evidenceKind,
      evidenceNo: c.evidenceNo,
      evidenceOn: c.evidenceOn,
      validUntil: c.validUntil,
      note: c.note,
      checkedBy: who.get(c.createdBy) ?? c.createdBy,
      checkedAt: c.createdAt,
    })),
    contracts: contracts.map(contractView),
    timesheets: sheets.map((s) => ({
      id: s.id,
      contractId: s.contractId,
      month: s.month,
      totalHours: s.totalHours,
      adjustedHours: adjustments.filter((a) => a.timesheetId === s.id).reduce((n, a) => n + a.hours, 0),
      state: s.state,
    })),
    pay: pay.map((p) => ({
      ...p,
      registrationId: r.id,
      caregiverName: v.caregiverName,
      caregiverIin: v.caregiverIin,
      iban: contracts.find((c) => c.id === p.contractId)?.iban ?? '',
      role: r.role,
    })),
  };
}
