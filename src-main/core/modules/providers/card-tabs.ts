import type { Output, ParsedInput } from '../../api/contract';
import { AppError } from '../../errors';
import type { ServiceContext } from '../../shared/context';
import { CLOSED_CASE_STATUSES } from '../cases/domain';
import { readProvider } from './service';

// The provider card's tabs that read other modules' rows: the recipients (open cases that chose
// this provider, with the places each form uses against the licence's capacity) and the
// specialists of the register this provider employs.

const CLOSED = CLOSED_CASE_STATUSES.map((s) => `'${s}'`).join(',');

export function providerRecipients(
  ctx: ServiceContext,
  input: ParsedInput<'providers.recipients'>,
): Output<'providers.recipients'> {
  const p = readProvider(ctx.db, input.id);
  if (!p) throw new AppError('NOT_FOUND');
  const rows = ctx.sqlite
    .prepare(
      `SELECT c.id AS caseId, c.number AS caseNumber, c.service_form AS form, c.status,
              a.last_name || ' ' || a.first_name || coalesce(' ' || a.patronymic, '') AS person,
              (SELECT max(e."on") FROM case_events e WHERE e.case_id = c.id AND e.kind = 'service_started') AS since
         FROM cases c JOIN applicants a ON a.id = c.applicant_id
        WHERE c.provider_id = ? AND c.status NOT IN (${CLOSED})
        ORDER BY a.last_name, a.first_name, c.number
        LIMIT 2000`,
    )
    .all(p.id) as Output<'providers.recipients'>['rows'];
  const capacity = JSON.parse(p.capacity) as Record<string, number>;
  const forms = new Set([...(JSON.parse(p.licenceForms) as string[]), ...Object.keys(capacity)]);
  const inService = new Map<string, number>();
  for (const r of rows) {
    if (r.form) forms.add(r.form);
    if (r.status === 'in_service' && r.form) inService.set(r.form, (inService.get(r.form) ?? 0) + 1);
  }
  return {
    rows,
    byForm: [...forms].map((form) => ({
      form,
      inService: inService.get(form) ?? 0,
      places: capacity[form] ?? null,
    })),
  };
}

export function providerSpecialists(
  ctx: ServiceContext,
  input: ParsedInput<'providers.specialists'>,
): Output<'providers.specialists'> {
  if (!readProvider(ctx.db, input.id)) throw new AppError('NOT_FOUND');
  return (
    ctx.sqlite
      .prepare(
        `SELECT id, last_name || ' ' || first_name || coalesce(' ' || patronymic, '') AS name, position,
                active, cert_valid_until AS certValidUntil
           FROM specialists WHERE provider_id = ? ORDER BY active DESC, last_name, first_name`,
      )
      .all(input.id) as (Omit<Output<'providers.specialists'>[number], 'active'> & { active: number })[]
  ).map((r) => ({ ...r, active: !!r.active }));
}
