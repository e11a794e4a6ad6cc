import { v7 as uuidv7 } from 'uuid';
import { makeBin } from '../../domain/bin';
import { addDays } from '../../domain/calendar';
import { foldText } from '../../domain/search-key';
import type { ServiceContext } from '../../shared/context';
import { reserveChangeSeqs } from '../../shared/stamps';
import { loadCalendar } from '../calendar/service';
import { type ComplaintStatus, reviewDeadline } from '../complaints/domain';

// Synthetic providers for demos and benchmarks (issue 17's sizes: 200 providers, 11,000 cases in
// service across them, two years of tariffs, 500 complaints). Providers are licensed for every
// form; the seeded cases with a provider are spread over them (one provider far larger than the
// rest, as a district's state centre is); more cases in service are cloned from a seeded one
// until the target is reached; each year has a January decree and a July one that supersedes it.

const FORMS = ['home', 'semi_inpatient', 'inpatient', 'temporary_stay'];
const CATEGORIES = ['adult_disability', 'child_disability', 'elderly', 'other'];
const KINDS = ['state_centre', 'ngo', 'private', 'ngo', 'private'];
const STATUSES: ComplaintStatus[] = [
  'registered',
  'scheduled',
  'concluded',
  'upheld',
  'rejected',
  'rejected',
  'notice_sent',
  'resolved',
  'resolved',
  'resolved',
];

export function seedProviders(
  ctx: ServiceContext,
  input: { providers: number; inService: number; complaints: number },
  today: string,
  at: string,
  by: string,
): number {
  if (input.providers <= 0) return 0;
  const db = ctx.sqlite;
  const total = input.providers + input.inService * 2 + input.complaints + 64;
  let seq = reserveChangeSeqs(ctx, total);
  const stamp = () => [uuidv7(), at, by, at, by, seq++] as const;
  const insert = (table: string, columns: string[]) =>
    db.prepare(
      `INSERT INTO ${table} (id, created_at, created_by, updated_at, updated_by, change_seq, ${columns
        .map((c) => `"${c}"`)
        .join(', ')}) VALUES (?, ?, ?, ?, ?, ?, ${columns.map(() => '?').join(', ')})`,
    );

  // Providers, licensed for every form, with places.
  const addProvider = insert('providers', [
    'name_kk',
    'name_ru',
    'kind',
    'bin',
    'active',
    'licence_no',
    'licence_on',
    'licence_until',
    'licence_forms',
    'licence_ssu_types',
    'kato_code',
    'capacity',
    'search_key',
  ]);
  const ids: string[] = [];
  for (let serial = 3000; ids.length < input.providers; serial++) {
    const bin = makeBin('0909', serial);
    if (!bin || db.prepare('SELECT 1 FROM providers WHERE bin = ?').get(bin)) continue;
    const n = ids.length + 1;
    const kk = `«Қамқор-${n}» орталығы`;
    const ru = `Центр «Камкор-${n}»`;
    const row = stamp();
    addProvider.run(
      ...row,
      kk,
      ru,
      KINDS[n % KINDS.length],
      bin,
      1,
      `ЛИЦ-${n}`,
      '2025-01-15',
      n % 7 === 0 ? addDays(today, 20 + n) : '2030-01-14',
      JSON.stringify(FORMS),
      JSON.stringify(['social_domestic', 'social_medical']),
      '196020100',
      JSON.stringify({ home: 300, semi_inpatient: 40, inpatient: 60, temporary_stay: 30 }),
      `${foldText(kk)} ${foldText(ru)} ${bin}`,
    );
    ids.push(row[0]);
  }
  // One provider takes a twentieth of the cases, the rest share the others.
  const pick = (i: number) =>
    i % 20 === 0 ? (ids[0] as string) : (ids[1 + (i % (ids.length - 1))] as string);
  const served = db
    .prepare(`SELECT id FROM cases WHERE provider_id IS NOT NULL ORDER BY rowid`)
    .pluck()
    .all() as string[];
  const move = db.prepare('UPDATE cases SET provider_id = ? WHERE id = ?');
  served.forEach((id, i) => {
    move.run(pick(i), id);
  });

  // More cases in service, cloned from a seeded one for people without a case.
  const have = db.prepare(`SELECT count(*) FROM cases WHERE status = 'in_service'`).pluck().get() as number;
  const template = db
    .prepare(`SELECT * FROM cases WHERE status = 'in_service' ORDER BY rowid LIMIT 1`)
    .get() as Record<string, unknown> | undefined;
  if (template && have < input.inService) {
    const columns = Object.keys(template).filter(
      (c) => !['id', 'created_at', 'created_by', 'updated_at', 'updated_by', 'change_seq'].includes(c),
    );
    const addCase = insert('cases', columns);
    const addEvent = insert('case_events', ['case_id', 'kind', 'on', 'provider_id']);
    const people = db
      .prepare(
        `SELECT id FROM applicants WHERE death_date IS NULL AND id NOT IN (SELECT applicant_id FROM cases)
          ORDER BY rowid DESC LIMIT ?`,
      )
      .pluck()
      .all(input.inService - have) as string[];
    const year = Number(today.slice(0, 4));
    people.forEach((applicantId, i) => {
      const providerId = pick(i + served.length);
      const started = addDays(today, -(40 + ((i * 37) % 680)));
      const form = FORMS[i % 7 === 0 ? 2 : i % 5 === 0 ? 1 : i % 11 === 0 ? 3 : 0] as string;
      const row = stamp();
      addCase.run(
        ...row,
        ...columns.map((c) =>
          c === 'applicant_id'
            ? applicantId
            : c === 'number'
              ? `${year}-S${String(i + 1).padStart(6, '0')}`
              : c === 'provider_id'
                ? providerId
                : c === 'service_form' || c === 'requested_form'
                  ? form
                  : c === 'applied_on'
                    ? addDays(started, -20)
                    : template[c],
        ),
      );
      addEvent.run(...stamp(), row[0], 'service_started', started, providerId);
      // Some recipients were suspended for a while or ended within the last months.
      if (i % 13 === 0) {
        addEvent.run(...stamp(), row[0], 'suspended', addDays(today, -(30 + (i % 20))), null);
        addEvent.run(...stamp(), row[0], 'resumed', addDays(today, -(10 + (i % 9))), null);
      }
    });
  }

  // Two years of tariffs: a January decree and a July one superseding it, every form and category.
  const addTariff = insert('tariffs', [
    'year',
    'form',
    'category',
    'amount',
    'cost_items',
    'decree_no',
    'decree_on',
    'effective_from',
  ]);
  const first = Number(today.slice(0, 4)) - 1;
  for (const year of [first, first + 1])
    for (const [f, form] of FORMS.entries())
      for (const [c, category] of CATEGORIES.entries())
        for (const [d, from] of [`${year}-01-01`, `${year}-07-01`].entries()) {
          if (
            db
              .prepare(
                'SELECT 1 FROM tariffs WHERE year = ? AND form = ? AND category = ? AND effective_from = ?',
              )
              .get(year, form, category, from)
          )
            continue;
          const amount = (180_000 + f * 60_000 + c * 15_000 + d * 12_000 + (year - first) * 9_000) * 100;
          const wages = Math.round(amount * 0.8);
          const utilities = Math.round(amount * 0.1);
          addTariff.run(
            ...stamp(),
            year,
            form,
            category,
            amount,
            JSON.stringify({ wages, utilities, other: amount - wages - utilities }),
            `П-${year}-${d + 1}`,
            from,
            from,
          );
        }

  // Complaints in every step, received over the last 200 days.
  const calendar = loadCalendar(ctx.db);
  const addComplaint = insert('complaints', [
    'number',
    'received_on',
    'channel',
    'learned_on',
    'complainant_name',
    'provider_id',
    'subject_kind',
    'subject',
    'description',
    'review_reading',
    'review_due_on',
    'status',
    'meeting_on',
    'members',
    'outcome',
    'concluded_on',
    'notice_on',
    'notice_demand',
    'fix_due_on',
  ]);
  for (let i = 0; i < input.complaints; i++) {
    const received = addDays(today, -((i * 7) % 200));
    const status = STATUSES[i % STATUSES.length] as ComplaintStatus;
    const later = ['scheduled', 'concluded', 'upheld', 'rejected', 'notice_sent', 'resolved'].includes(
      status,
    );
    const concluded = ['concluded', 'upheld', 'rejected', 'notice_sent', 'resolved'].includes(status);
    const notice = status === 'notice_sent' || status === 'resolved';
    addComplaint.run(
      ...stamp(),
      `${received.slice(0, 4)}-S${String(i + 1).padStart(4, '0')}`,
      received,
      i % 3 === 0 ? 'portal' : 'in_person',
      addDays(received, -(i % 10)),
      `Шағымданушы ${i + 1}`,
      ids[i % ids.length],
      i % 4 === 0 ? 'good' : 'service',
      'Үйде күтім көрсету',
      'Қызмет кестеге сай көрсетілмеді',
      'code',
      reviewDeadline(received, 'code', calendar),
      status,
      later ? addDays(received, 3) : null,
      '[]',
      concluded ? (status === 'rejected' ? 'rejected' : 'upheld') : null,
      concluded ? addDays(received, 3) : null,
      notice ? addDays(received, 5) : null,
      notice ? 'Кестені сақтау' : null,
      notice ? addDays(received, 15) : null,
    );
  }
  return ids.length;
}
