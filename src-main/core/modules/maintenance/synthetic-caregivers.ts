import { v7 as uuidv7 } from 'uuid';
import { addDays } from '../../domain/calendar';
import { personSearchKey } from '../../domain/search-key';
import type { ServiceContext } from '../../shared/context';
import { reserveChangeSeqs } from '../../shared/stamps';
import { ELIGIBILITY_CHECKS, monthDays } from '../caregivers/domain';

// Synthetic family caregivers for demos and benchmarks: seeded people registered to care for
// other seeded people, every check passed on evidence, a contract at the akimat's rate, and the
// twelve months before today's with confirmed timesheets (8 hours on weekdays, some days off).
// Statuses are written as the services derive them ("active": checks passed, contract in force).

const RECORDED = ELIGIBILITY_CHECKS.filter((c) => c !== 'adult' && c !== 'pension_age');

/** The twelve calendar months before `today`'s, oldest first ("2025-11" … "2026-10"). */
function lastMonths(today: string, n: number): string[] {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return Array.from({ length: n }, (_, i) => {
    const d = new Date(Date.UTC(y, m - 1 - n + i, 1));
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
  });
}

export function seedCaregivers(
  ctx: ServiceContext,
  count: number,
  today: string,
  at: string,
  by: string,
): number {
  if (count <= 0) return 0;
  const db = ctx.sqlite;
  const cols = (table: string, columns: string[]) =>
    db.prepare(
      `INSERT INTO ${table} (id, created_at, created_by, updated_at, updated_by, change_seq, ${columns.map((c) => `"${c}"`).join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ${columns.map(() => '?').join(', ')})`,
    );
  // People with a current group I disability, alive and in the district, are cared for by adults
  // not otherwise involved (as the services' checks would allow): an assistant where movement is
  // difficult and the person is an adult, a home-care worker otherwise.
  const adultBefore = `${Number(today.slice(0, 4)) - 18}${today.slice(4)}`;
  const caredFor = db
    .prepare(
      `SELECT p.id, d.movement_difficulty AS moving, d.category FROM applicants p
         JOIN disability_records d ON d.applicant_id = p.id AND d.replaced_at IS NULL AND d.group_no = 1
        WHERE p.deleted_at IS NULL AND p.death_date IS NULL
          AND p.id NOT IN (SELECT cared_for_id FROM caregivers)
        ORDER BY p.rowid LIMIT ?`,
    )
    .all(count) as { id: string; moving: number; category: string }[];
  const carers = db
    .prepare(
      `SELECT id, last_name AS lastName, first_name AS firstName, patronymic, iin FROM applicants
        WHERE deleted_at IS NULL AND death_date IS NULL AND birth_date <= ? AND birth_date >= '1966-01-01'
          AND legal_capacity = 'capable'
          AND id NOT IN (SELECT caregiver_id FROM caregivers)
          AND id NOT IN (SELECT applicant_id FROM disability_records)
        ORDER BY rowid DESC LIMIT ?`,
    )
    .all(adultBefore, count) as {
    id: string;
    lastName: string;
    firstName: string;
    patronymic: string | null;
    iin: string | null;
  }[];
  const pairs = Math.min(count, caredFor.length, carers.length);
  if (pairs === 0) return 0;
  const start = lastMonths(today, 12)[0] as string;
  const months = lastMonths(today, 12);
  // The akimat's rate for both roles, unless the office has one already.
  const rate = cols('caregiver_rates', ['role', 'effective_from', 'hourly_rate', 'basis']);
  for (const role of ['individual_assistant', 'home_care_worker'])
    if (!db.prepare('SELECT 1 FROM caregiver_rates WHERE role = ?').get(role))
      rate.run(
        uuidv7(),
        at,
        by,
        at,
        by,
        reserveChangeSeqs(ctx, 1),
        role,
        `${start}-01`,
        125_000,
        'Синтетические данные',
      );
  const reg = cols('caregivers', [
    'cared_for_id',
    'caregiver_id',
    'relation',
    'role',
    'hours_per_day',
    'basis',
    'registered_on',
    'status',
    'search_key',
  ]);
  const check = cols('caregiver_checks', [
    'registration_id',
    'check',
    'result',
    'evidence_kind',
    'evidence_no',
    'evidence_on',
    'valid_until',
  ]);
  const contract = cols('caregiver_contracts', [
    'registration_id',
    'number',
    'signed_on',
    'from_on',
    'to_on',
    'hourly_rate',
    'hours_per_day',
    'iban',
  ]);
  const sheet = cols('timesheets', [
    'contract_id',
    'month',
    'days',
    'total_hours',
    'state',
    'confirmed_by',
    'confirmed_at',
  ]);
  // Each registration writes 1 + 5 + 1 + 12 rows, each with its own change number.
  let seq = reserveChangeSeqs(ctx, pairs * (2 + RECORDED.length + months.length));
  // A month's hours: 8 on weekdays, with a few days off scattered by the caregiver's number.
  const grids = new Map(
    months.map((m) => {
      const days = monthDays(m).map((d) => {
        const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
        return wd === 0 || wd === 6 ? 0 : 8;
      });
      return [m, days] as const;
    }),
  );
  for (let i = 0; i < pairs; i++) {
    const carer = carers[i] as (typeof carers)[number];
    const person = caredFor[i] as (typeof caredFor)[number];
    const id = uuidv7();
    const role = person.moving && person.category === 'adult' ? 'individual_assistant' : 'home_care_worker';
    reg.run(
      id,
      at,
      by,
      at,
      by,
      seq++,
      person.id,
      carer.id,
      ['parent', 'child', 'spouse', 'sibling'][i % 4],
      role,
      role === 'individual_assistant' ? 8 : 6,
      `ИПАР № ${1000 + i}`,
      addDays(`${start}-01`, -20),
      'active',
      `${personSearchKey(carer.lastName, carer.firstName, carer.patronymic)} ${carer.iin ?? ''}`.trim(),
    );
    for (const c of RECORDED)
      check.run(
        uuidv7(),
        at,
        by,
        at,
        by,
        seq++,
        id,
        c,
        'pass',
        c === 'medical' ? 'medical_certificate' : 'other',
        `№ ${i}-${c.length}`,
        addDays(`${start}-01`, -25),
        // Medical certificates last a year: some end within the month, to be renewed.
        c === 'medical' ? addDays(today, i % 40 === 0 ? 10 : 200) : null,
      );
    const contractId = uuidv7();
    const hours = role === 'individual_assistant' ? 8 : 6;
    contract.run(
      contractId,
      at,
      by,
      at,
      by,
      seq++,
      id,
      `СИН-${String(i).padStart(6, '0')}`,
      addDays(`${start}-01`, -1),
      `${start}-01`,
      addDays(today, 30 + (i % 300)),
      125_000,
      hours,
      `KZ${String(10 + (i % 89)).padStart(2, '0')}125KZT${String(i).padStart(10, '0')}`,
    );
    for (const m of months) {
      const days = (grids.get(m) as number[]).map((h, d) =>
        h === 0 || (i + d) % 17 === 0 ? 0 : Math.min(h, hours),
      );
      sheet.run(
        uuidv7(),
        at,
        by,
        at,
        by,
        seq++,
        contractId,
        m,
        JSON.stringify(days),
        days.reduce((a, b) => a + b, 0),
        'confirmed',
        by,
        at,
      );
    }
  }
  return pairs;
}
