// Benchmarks: seed N synthetic applicants into a temporary database, then time each list query
// through the api (router: validation, role check, transaction, service, output check) beside
// the very same SQL on raw better-sqlite3 with a pre-prepared statement. One JSON line each.
//   npm run bench -- --applicants 100000 [--seed 1] [--iterations 300]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { contract, type Input } from '../src-main/core/api/contract';
import { openAppDatabase } from '../src-main/core/db/database';
import { openSqlite } from '../src-main/core/db/open';
import { makeIin } from '../src-main/core/domain/iin';
import { loadCalendar } from '../src-main/core/modules/calendar/service';
import { caseListQueries, dueWindow } from '../src-main/core/modules/cases/service';
import { registerRows, registerXlsx } from '../tests/helpers/registers';
import { migrationsFolder, openInstall } from './install';
import { listCases, measureCases, measureList, percentile, time } from './lists';

const { values } = parseArgs({
  options: {
    applicants: { type: 'string', default: '100000' },
    seed: { type: 'string', default: '1' },
    iterations: { type: 'string', default: '300' },
  },
});
const N = Number(values.applicants);
const ITER = Number(values.iterations);

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'qamqor-bench-'));
  const { app, router, session } = await openInstall(dir, 'bench', '196000000');

  const t0 = performance.now();
  const seeded = await router.call(
    'maintenance.seed',
    {
      applicants: N,
      seed: Number(values.seed),
      specialists: 3000,
      caregivers: 5000,
      // Issue 17's sizes: 200 providers, 11,000 cases in service across them, 500 complaints.
      providers: 200,
      inService: Math.min(11_000, Math.floor(N / 5)),
      complaints: 500,
    },
    { session },
  );
  if (!seeded.ok) throw new Error(seeded.error.message);
  console.log(JSON.stringify({ bench: 'seed', n: N, total_ms: Math.round(performance.now() - t0) }));

  for (const c of listCases(app.sqlite)) {
    const m = await measureList({ router, session, app }, c.inputs, ITER);
    console.log(JSON.stringify({ bench: c.bench, n: N, iterations: ITER, ...m }));
  }
  // The register of applications: a page of 25 with its total, as the Cases screen asks.
  console.log(
    JSON.stringify({
      bench: 'cases_register_page',
      n: N,
      cases: app.sqlite.prepare('SELECT count(*) FROM cases').pluck().get(),
      iterations: ITER,
      ...(await measureCases({ router, session, app }, ITER)),
    }),
  );

  // Decisions overdue / due soon, sorted by due date (the home alert's list). Raw: the same
  // count and page statements, prepared once, with the same dates.
  const dueInputs: Input<'cases.list'>[] = [
    { due: 'overdue', sortBy: 'dueOn', sortDir: 'asc' },
    { due: 'soon', sortBy: 'dueOn', sortDir: 'asc' },
    { status: 'registered', due: 'overdue', sortBy: 'dueOn', sortDir: 'asc', page: 2 },
    { status: 'awaiting_decision', due: 'overdue', sortBy: 'dueOn', sortDir: 'asc' },
  ];
  const calendar = loadCalendar(app.db);
  const window = dueWindow(calendar, new Date().toISOString().slice(0, 10));
  let di = 0;
  const dueApi = await time(async () => {
    const r = await router.call('cases.list', dueInputs[di++ % dueInputs.length], { session });
    if (!r.ok) throw new Error(r.error.message);
  }, ITER);
  const dueRaws = dueInputs.map((input) => {
    const q = caseListQueries(app.db, contract['cases.list'].input.parse(input), null, window);
    const count = q.count.toSQL();
    const page = q.page.toSQL();
    return {
      count: app.sqlite.prepare(count.sql),
      countParams: count.params as unknown[],
      page: app.sqlite.prepare(page.sql),
      pageParams: page.params as unknown[],
    };
  });
  let dr = 0;
  const dueRaw = await time(() => {
    const r = dueRaws[dr++ % dueRaws.length]!;
    r.count.get(...r.countParams);
    r.page.all(...r.pageParams);
  }, ITER);
  console.log(
    JSON.stringify({
      bench: 'cases_register_overdue_page',
      n: N,
      open_cases: app.sqlite.prepare('SELECT count(*) FROM cases WHERE due_on IS NOT NULL').pluck().get(),
      iterations: ITER,
      p50_ms: percentile(dueApi, 50),
      p95_ms: percentile(dueApi, 95),
      raw_p50_ms: percentile(dueRaw, 50),
      raw_p95_ms: percentile(dueRaw, 95),
    }),
  );

  // A calendar change recomputes every open case's due date in its transaction: the whole
  // calendar.save call (validation, audit, recompute). Raw: loading the calendar and computing
  // each due date in a plain loop with one prepared UPDATE, in one transaction.
  // The next working day becomes a day off: every open case due after it moves.
  const nextWorkingDay = calendar.addWorkingDays(new Date().toISOString().slice(0, 10), 1);
  const rss0 = process.memoryUsage().rss;
  const t0c = performance.now();
  const saved = await router.call(
    'calendar.save',
    {
      day: nextWorkingDay,
      off: true,
      kind: 'transfer_off',
      nameKk: 'Демалыс',
      nameRu: 'Выходной',
      basis: 'bench',
    },
    { session },
  );
  if (!saved.ok) throw new Error(saved.error.message);
  const recomputeMs = performance.now() - t0c;
  const open = app.sqlite
    .prepare(
      "SELECT id, applied_on AS appliedOn, requested_form AS requestedForm, status FROM cases WHERE status IN ('registered','assessment','awaiting_decision')",
    )
    .all() as { id: string; appliedOn: string; requestedForm: string | null; status: string }[];
  const upd = app.sqlite.prepare('UPDATE cases SET due_on = ? WHERE id = ?');
  const t0r = performance.now();
  app.sqlite.transaction(() => {
    const cal = loadCalendar(app.db);
    for (const c of open)
      upd.run(cal.addWorkingDays(c.appliedOn, c.requestedForm === 'inpatient' ? 17 : 14), c.id);
  })();
  console.log(
    JSON.stringify({
      bench: 'cases_due_recompute',
      n: N,
      open_cases: open.length,
      recomputed: saved.data && (saved.data as { recomputed: number }).recomputed,
      total_ms: Math.round(recomputeMs),
      raw_total_ms: Math.round(performance.now() - t0r),
      peak_rss_mb: Math.round(Math.max(rss0, process.memoryUsage().rss) / 1048576),
    }),
  );

  // A case's timeline as the card opens it: the case, the person and household, and every
  // record (acts, decisions, referrals, plans, events) with the names they show. Cases further
  // along carry more records, so most of those opened are in service or ended. Raw: the same
  // selects on prepared statements, without validation, mapping or name lookups.
  const caseIds = app.sqlite
    .prepare(
      "SELECT id FROM cases ORDER BY (status IN ('in_service','suspended','terminated')) DESC, random() LIMIT 200",
    )
    .pluck()
    .all() as string[];
  let ti = 0;
  const timelineApi = await time(async () => {
    const r = await router.call('casework.timeline', { caseId: caseIds[ti++ % caseIds.length] }, { session });
    if (!r.ok) throw new Error(r.error.message);
  }, ITER);
  const rawTimeline = {
    kase: app.sqlite.prepare('SELECT * FROM cases WHERE id = ?'),
    person: app.sqlite.prepare('SELECT * FROM applicants WHERE id = ?'),
    household: app.sqlite.prepare(
      'SELECT * FROM household_members WHERE applicant_id = ? AND removed_at IS NULL',
    ),
    acts: app.sqlite.prepare('SELECT * FROM assessment_acts WHERE case_id = ? ORDER BY created_at'),
    decisions: app.sqlite.prepare('SELECT * FROM decisions WHERE case_id = ? ORDER BY created_at, id'),
    referrals: app.sqlite.prepare('SELECT * FROM referrals WHERE case_id = ? ORDER BY created_at'),
    plans: app.sqlite.prepare('SELECT * FROM work_plans WHERE case_id = ? ORDER BY created_at'),
    events: app.sqlite.prepare('SELECT * FROM case_events WHERE case_id = ? ORDER BY "on", id'),
  };
  let tr = 0;
  const timelineRaw = await time(() => {
    const id = caseIds[tr++ % caseIds.length];
    const k = rawTimeline.kase.get(id) as { applicant_id: string };
    rawTimeline.person.get(k.applicant_id);
    rawTimeline.household.all(k.applicant_id);
    for (const st of [
      rawTimeline.acts,
      rawTimeline.decisions,
      rawTimeline.referrals,
      rawTimeline.plans,
      rawTimeline.events,
    ])
      st.all(id);
  }, ITER);
  console.log(
    JSON.stringify({
      bench: 'cases_timeline',
      n: N,
      records: app.sqlite
        .prepare(
          'SELECT (SELECT count(*) FROM assessment_acts) + (SELECT count(*) FROM decisions) + (SELECT count(*) FROM referrals) + (SELECT count(*) FROM work_plans) + (SELECT count(*) FROM case_events)',
        )
        .pluck()
        .get(),
      iterations: ITER,
      p50_ms: percentile(timelineApi, 50),
      p95_ms: percentile(timelineApi, 95),
      raw_p50_ms: percentile(timelineRaw, 50),
      raw_p95_ms: percentile(timelineRaw, 95),
    }),
  );

  // The register of specialists (3,000 seeded with certificates in every state): search as you
  // type over the folded names (each keystroke of "айгүл" and "омарова", an IIN prefix), and the
  // page of certificates ending within 30 days sorted by their end. Raw: the same conditions
  // hand-written on prepared statements (count and page), without validation or mapping.
  const typed = ['а', 'ай', 'айг', 'айгу', 'айгул', 'о', 'ом', 'ома', 'омар', 'омарова', '85'];
  let si = 0;
  const specSearchApi = await time(async () => {
    const r = await router.call('specialists.search', { query: typed[si++ % typed.length] }, { session });
    if (!r.ok) throw new Error(r.error.message);
  }, ITER);
  const specCount = app.sqlite.prepare(
    'SELECT count(*) FROM specialists WHERE active = 1 AND search_key LIKE ?',
  );
  const specPage = app.sqlite.prepare(
    'SELECT * FROM specialists WHERE active = 1 AND search_key LIKE ? ORDER BY search_key, id LIMIT 25',
  );
  const specIinCount = app.sqlite.prepare(
    'SELECT count(*) FROM specialists WHERE active = 1 AND iin >= ? AND iin < ?',
  );
  const specIinPage = app.sqlite.prepare(
    'SELECT * FROM specialists WHERE active = 1 AND iin >= ? AND iin < ? ORDER BY search_key, id LIMIT 25',
  );
  let sr = 0;
  const specSearchRaw = await time(() => {
    const q = typed[sr++ % typed.length] as string;
    if (/^\d+$/.test(q)) {
      specIinCount.get(q, `${q}\uffff`);
      specIinPage.all(q, `${q}\uffff`);
    } else {
      const like = `%${q.replace('ү', 'у')}%`;
      specCount.get(like);
      specPage.all(like);
    }
  }, ITER);
  console.log(
    JSON.stringify({
      bench: 'specialists_search_as_you_type',
      n: app.sqlite.prepare('SELECT count(*) FROM specialists').pluck().get(),
      iterations: ITER,
      p50_ms: percentile(specSearchApi, 50),
      p95_ms: percentile(specSearchApi, 95),
      raw_p50_ms: percentile(specSearchRaw, 50),
      raw_p95_ms: percentile(specSearchRaw, 95),
    }),
  );
  const todayIso = new Date().toISOString().slice(0, 10);
  const in30 = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  let sp = 0;
  const expiringApi = await time(async () => {
    const r = await router.call(
      'specialists.search',
      { expiringWithinDays: 30, sortBy: 'certValidUntil', sortDir: 'asc', page: 1 + (sp++ % 3) },
      { session },
    );
    if (!r.ok) throw new Error(r.error.message);
  }, ITER);
  const expCount = app.sqlite.prepare(
    'SELECT count(*) FROM specialists WHERE active = 1 AND cert_valid_until >= ? AND cert_valid_until <= ?',
  );
  const expPage = app.sqlite.prepare(
    'SELECT * FROM specialists WHERE active = 1 AND cert_valid_until >= ? AND cert_valid_until <= ? ORDER BY cert_valid_until, search_key LIMIT 25 OFFSET ?',
  );
  let er = 0;
  const expiringRaw = await time(() => {
    expCount.get(todayIso, in30);
    expPage.all(todayIso, in30, 25 * (er++ % 3));
  }, ITER);
  console.log(
    JSON.stringify({
      bench: 'specialists_expiring_page',
      n: app.sqlite.prepare('SELECT count(*) FROM specialists').pluck().get(),
      expiring: expCount.pluck().get(todayIso, in30),
      iterations: ITER,
      p50_ms: percentile(expiringApi, 50),
      p95_ms: percentile(expiringApi, 95),
      raw_p50_ms: percentile(expiringRaw, 50),
      raw_p95_ms: percentile(expiringRaw, 95),
    }),
  );

  // The case-load dashboard: every open case's plan in force, summed per specialist and
  // position. Raw: the same plans statement alone (no JSON parsing of lines, no sums).
  const loadApi = await time(
    async () => {
      const r = await router.call('specialists.caseLoad', { limit: 50 }, { session });
      if (!r.ok) throw new Error(r.error.message);
    },
    Math.min(ITER, 60),
  );
  const plansRaw = app.sqlite.prepare(
    `SELECT p.responsible_id, p.case_id, c.applicant_id, p.items FROM work_plans p JOIN cases c ON c.id = p.case_id
      WHERE c.status NOT IN ('refused', 'terminated', 'withdrawn')
        AND p.id = (SELECT p2.id FROM work_plans p2 WHERE p2.case_id = p.case_id ORDER BY p2.created_at DESC, p2.id DESC LIMIT 1)`,
  );
  const loadRaw = await time(() => plansRaw.all(), Math.min(ITER, 60));
  console.log(
    JSON.stringify({
      bench: 'specialists_case_load',
      plans: plansRaw.all().length,
      iterations: Math.min(ITER, 60),
      p50_ms: percentile(loadApi, 50),
      p95_ms: percentile(loadApi, 95),
      raw_p50_ms: percentile(loadRaw, 50),
      raw_p95_ms: percentile(loadRaw, 95),
    }),
  );

  // Importing a 3,000-row register from .xlsx: the dry run, then the commit (every row checked
  // again and written with its audit entry in one transaction). Raw: the same rows inserted by
  // one prepared statement in one transaction, without reading a file or checking anything.
  {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Реестр');
    sheet.addRow([
      'ИИН',
      'Фамилия',
      'Имя',
      'Должность',
      'Номер сертификата',
      'Кем выдан',
      'Дата выдачи',
      'Действителен до',
    ]);
    const rows: string[][] = [];
    // Distinct IINs: one birth date, a serial per row (a serial without a check digit is skipped).
    for (let serial = 5000; rows.length < 3000; serial++) {
      const k = rows.length;
      const iin = makeIin('1969-03-15', k % 2 ? 'M' : 'F', serial);
      if (iin)
        rows.push([iin, 'Импортова', 'Айгүл', 'Психолог', `И-${k}`, 'ЦОК', '10.01.2025', '09.01.2028']);
    }
    for (const r of rows) sheet.addRow(r);
    const base64 = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const dry = await router.call('specialists.importPreview', { fileName: 'r.xlsx', base64 }, { session });
    const dryMs = performance.now() - t0;
    const t1 = performance.now();
    const done = await router.call('specialists.import', { fileName: 'r.xlsx', base64 }, { session });
    const commitMs = performance.now() - t1;
    const rss1 = process.memoryUsage().rss;
    if (!dry.ok || !done.ok || !(dry.data as { ready: boolean }).ready)
      throw new Error(`import bench failed: ${JSON.stringify(dry.ok ? done : dry)}`);
    app.sqlite.exec(
      'CREATE TEMP TABLE raw_import (iin TEXT, last_name TEXT, first_name TEXT, position TEXT)',
    );
    const ins = app.sqlite.prepare('INSERT INTO raw_import VALUES (?, ?, ?, ?)');
    const t2 = performance.now();
    app.sqlite.transaction(() => {
      for (const r of rows) ins.run(r[0], r[1], r[2], 'psychologist');
    })();
    const rawMs = performance.now() - t2;
    console.log(
      JSON.stringify({
        bench: 'specialists_import_3000',
        rows: rows.length,
        dry_run_ms: Math.round(dryMs),
        total_ms: Math.round(dryMs + commitMs),
        commit_ms: Math.round(commitMs),
        raw_total_ms: Math.round(rawMs),
        peak_rss_mb: Math.round(Math.max(rss0, rss1) / 1048576),
      }),
    );
  }

  // Family caregivers (5,000 seeded with twelve confirmed months): the list's search as you
  // type; a month's pay computed and written for all of them; the payment register as .xlsx.
  {
    const typedCg = ['а', 'ас', 'ахм', 'ахмет', 'сер', 'ким', 'нур', '9'];
    let ci = 0;
    const cgApi = await time(async () => {
      const r = await router.call('caregivers.list', { query: typedCg[ci++ % typedCg.length] }, { session });
      if (!r.ok) throw new Error(r.error.message);
    }, ITER);
    const cgCount = app.sqlite.prepare('SELECT count(*) FROM caregivers WHERE search_key LIKE ?');
    const cgPage = app.sqlite.prepare(
      'SELECT * FROM caregivers WHERE search_key LIKE ? ORDER BY search_key, id LIMIT 25',
    );
    let cr = 0;
    const cgRaw = await time(() => {
      const q = `%${typedCg[cr++ % typedCg.length]}%`;
      cgCount.get(q);
      cgPage.all(q);
    }, ITER);
    const caregiversN = app.sqlite.prepare('SELECT count(*) FROM caregivers').pluck().get() as number;
    console.log(
      JSON.stringify({
        bench: 'caregivers_search',
        n: caregiversN,
        iterations: ITER,
        p50_ms: percentile(cgApi, 50),
        p95_ms: percentile(cgApi, 95),
        raw_p50_ms: percentile(cgRaw, 50),
        raw_p95_ms: percentile(cgRaw, 95),
      }),
    );
    const month = app.sqlite.prepare('SELECT max(month) FROM timesheets').pluck().get() as string | null;
    if (month) {
      const rss0 = process.memoryUsage().rss;
      const t0 = performance.now();
      const paid = await router.call(
        'caregivers.closePayroll',
        { month, paidOn: `${month}-28` },
        { session },
      );
      const payMs = performance.now() - t0;
      if (!paid.ok) throw new Error(`pay bench failed: ${paid.error.message}`);
      // Raw: the same confirmed sheets read and the same number of lines inserted, nothing computed.
      const sheets = app.sqlite.prepare(
        `SELECT t.contract_id, t.total_hours FROM timesheets t WHERE t.month = ? AND t.state = 'confirmed'`,
      );
      app.sqlite.exec('CREATE TEMP TABLE raw_pay (contract_id TEXT, hours INTEGER, gross INTEGER)');
      const ins = app.sqlite.prepare('INSERT INTO raw_pay VALUES (?, ?, ?)');
      const t1 = performance.now();
      app.sqlite.transaction(() => {
        for (const r of sheets.all(month) as { contract_id: string; total_hours: number }[])
          ins.run(r.contract_id, r.total_hours, r.total_hours * 125_000);
      })();
      const rawMs = performance.now() - t1;
      console.log(
        JSON.stringify({
          bench: 'caregivers_month_pay',
          lines: (paid.data as { lines: number }).lines,
          total_ms: Math.round(payMs),
          raw_total_ms: Math.round(rawMs),
          peak_rss_mb: Math.round(Math.max(rss0, process.memoryUsage().rss) / 1048576),
        }),
      );
      const t2 = performance.now();
      const reg = await router.call(
        'caregivers.paymentRegister',
        { month, format: 'xlsx', locale: 'ru' },
        { session },
      );
      const regMs = performance.now() - t2;
      if (!reg.ok) throw new Error(reg.error.message);
      // Raw: the same number of rows written by exceljs alone, from a plain array.
      const rows = (reg.data as { rows: number }).rows;
      const t3 = performance.now();
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('R');
      for (let i = 0; i < rows; i++)
        sheet.addRow([
          i + 1,
          'Фамилия Имя',
          '800101300016',
          'KZ00',
          'r',
          168,
          1250,
          210000,
          21000,
          4200,
          5000,
          179800,
          7350,
          9450,
          6300,
        ]);
      await book.xlsx.writeBuffer();
      const rawRegMs = performance.now() - t3;
      console.log(
        JSON.stringify({
          bench: 'caregivers_payment_register_xlsx',
          rows,
          total_ms: Math.round(regMs),
          raw_total_ms: Math.round(rawRegMs),
          peak_rss_mb: Math.round(process.memoryUsage().rss / 1048576),
        }),
      );
    }
  }

  // Providers: last month's per-capita bill of the largest provider and of all of them (every
  // recipient's service days, each day's tariff). Raw: the same cases and events read on prepared
  // statements, nothing computed. The complaints queue's first page, as the secretary opens it.
  {
    const now = new Date();
    const prev = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
    const month = `${prev.getUTCFullYear()}-${String(prev.getUTCMonth() + 1).padStart(2, '0')}`;
    const last = `${month}-31`;
    const largest = app.sqlite
      .prepare(
        `SELECT provider_id FROM cases WHERE status = 'in_service' GROUP BY provider_id ORDER BY count(*) DESC LIMIT 1`,
      )
      .pluck()
      .get() as string;
    const rawCases = app.sqlite.prepare(
      `SELECT c.id, c.number, c.service_form, a.last_name, a.first_name, a.iin, a.birth_date, a.sex,
              a.cur_disability_group FROM cases c JOIN applicants a ON a.id = c.applicant_id
        WHERE c.provider_id = ? AND EXISTS (SELECT 1 FROM case_events e WHERE e.case_id = c.id
              AND e.kind = 'service_started' AND e."on" <= ?)`,
    );
    const rawEvents = app.sqlite.prepare(
      `SELECT e.case_id, e.kind, e."on" FROM case_events e JOIN cases c ON c.id = e.case_id
        WHERE c.provider_id = ? AND e."on" <= ?
          AND e.kind IN ('service_started', 'suspended', 'resumed', 'terminated')`,
    );
    const rawTariffs = app.sqlite.prepare('SELECT * FROM tariffs WHERE year = ?');
    const rawBill = (id: string) => {
      rawCases.all(id, last);
      rawEvents.all(id, last);
      rawTariffs.all(prev.getUTCFullYear());
    };
    let lines = 0;
    const billApi = await time(async () => {
      const r = await router.call('providers.bill', { providerId: largest, month }, { session });
      if (!r.ok) throw new Error(r.error.message);
      lines = (r.data as { lines: unknown[] }).lines.length;
    }, 50);
    const billRaw = await time(() => rawBill(largest), 50);
    console.log(
      JSON.stringify({
        bench: 'providers_bill_largest',
        month,
        lines,
        iterations: 50,
        p50_ms: percentile(billApi, 50),
        p95_ms: percentile(billApi, 95),
        raw_p50_ms: percentile(billRaw, 50),
        raw_p95_ms: percentile(billRaw, 95),
      }),
    );
    const providerIds = app.sqlite.prepare('SELECT id FROM providers ORDER BY id').pluck().all() as string[];
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    let allLines = 0;
    for (const id of providerIds) {
      const r = await router.call('providers.bill', { providerId: id, month }, { session });
      if (!r.ok) throw new Error(r.error.message);
      allLines += (r.data as { lines: unknown[] }).lines.length;
    }
    const allMs = performance.now() - t0;
    const t1 = performance.now();
    for (const id of providerIds) rawBill(id);
    const rawAllMs = performance.now() - t1;
    console.log(
      JSON.stringify({
        bench: 'providers_bill_all',
        month,
        providers: providerIds.length,
        lines: allLines,
        total_ms: Math.round(allMs),
        raw_total_ms: Math.round(rawAllMs),
        peak_rss_mb: Math.round(Math.max(rss0, process.memoryUsage().rss) / 1048576),
      }),
    );
    const asks = [
      {},
      { view: 'overdue' as const },
      { view: 'all' as const, sortBy: 'receivedOn' as const, sortDir: 'desc' as const },
      { view: 'all' as const, query: 'шағымданушы 1' },
    ];
    let qi = 0;
    const queueApi = await time(async () => {
      const r = await router.call('complaints.queue', asks[qi++ % asks.length], { session });
      if (!r.ok) throw new Error(r.error.message);
    }, ITER);
    const queueCount = app.sqlite.prepare(
      `SELECT count(*) FROM complaints c WHERE c.status NOT IN ('rejected', 'resolved', 'supplier_removed')`,
    );
    const queuePage = app.sqlite.prepare(
      `SELECT c.*, p.name_kk, p.name_ru FROM complaints c JOIN providers p ON p.id = c.provider_id
        WHERE c.status NOT IN ('rejected', 'resolved', 'supplier_removed')
        ORDER BY CASE WHEN c.status IN ('registered', 'scheduled', 'concluded') THEN c.review_due_on
                 WHEN c.status = 'notice_sent' THEN c.fix_due_on END LIMIT 25`,
    );
    const queueRaw = await time(() => {
      queueCount.get();
      queuePage.all();
    }, ITER);
    console.log(
      JSON.stringify({
        bench: 'complaints_queue_page',
        complaints: app.sqlite.prepare('SELECT count(*) FROM complaints').pluck().get(),
        iterations: ITER,
        p50_ms: percentile(queueApi, 50),
        p95_ms: percentile(queueApi, 95),
        raw_p50_ms: percentile(queueRaw, 50),
        raw_p95_ms: percentile(queueRaw, 95),
      }),
    );
  }

  // The person card with every tab's data: the card itself (an audited read: one IMMEDIATE
  // transaction appending a hash-chained entry, fsync at commit) plus the history tab's first
  // page. Raw: the same selects by hand on prepared statements, the same kind of audit insert
  // committed the same way, without validation, mapping or the chain's hashing.
  const ids = app.sqlite
    .prepare('SELECT applicant_id FROM iprs WHERE replaced_at IS NULL ORDER BY random() LIMIT 100')
    .pluck()
    .all() as string[];
  ids.push(
    ...(app.sqlite
      .prepare('SELECT applicant_id FROM cases ORDER BY random() LIMIT 50')
      .pluck()
      .all() as string[]),
  );
  ids.push(
    ...(app.sqlite
      .prepare('SELECT id FROM applicants ORDER BY random() LIMIT 100')
      .pluck()
      .all() as string[]),
  );
  let c = 0;
  const cardApi = await time(async () => {
    const id = ids[c++ % ids.length];
    const r = await router.call('applicants.card', { id }, { session });
    if (!r.ok) throw new Error(r.error.message);
    const h = await router.call('applicants.history', { id }, { session });
    if (!h.ok) throw new Error(h.error.message);
  }, ITER);
  const q = (text: string) => app.sqlite.prepare(text);
  const person = q('SELECT * FROM applicants WHERE id = ? AND deleted_at IS NULL');
  const household = q('SELECT * FROM household_members WHERE applicant_id = ? AND removed_at IS NULL');
  const reps = q(
    'SELECT r.*, a.last_name, a.first_name FROM representatives r LEFT JOIN applicants a ON a.id = r.representative_id WHERE r.applicant_id = ? AND r.removed_at IS NULL',
  );
  const represents = q(
    'SELECT r.id, r.kind, a.last_name, a.first_name FROM representatives r JOIN applicants a ON a.id = r.applicant_id WHERE r.representative_id = ? AND r.removed_at IS NULL',
  );
  const incomes = q('SELECT * FROM incomes WHERE applicant_id = ? AND removed_at IS NULL');
  const disability = q(
    'SELECT * FROM disability_records WHERE applicant_id = ? ORDER BY established_on DESC',
  );
  const programmes = q('SELECT * FROM iprs WHERE applicant_id = ? ORDER BY issued_on DESC');
  const measures = q('SELECT * FROM ipr_measures WHERE ipr_id = ?');
  const caseRows = q('SELECT * FROM cases WHERE applicant_id = ? ORDER BY applied_on DESC, id DESC');
  const historyCount = q('SELECT count(*) FROM audit_log WHERE subject_id = ?').pluck();
  const history = q('SELECT * FROM audit_log WHERE subject_id = ? ORDER BY seq DESC LIMIT 25');
  const lastHash = q('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1').pluck();
  const insert = q(
    "INSERT INTO audit_log (at, actor_id, actor_login, door, procedure, entity, entity_id, action, subject_id, prev_hash, hash) VALUES (?, 'bench', 'bench', 'cli', 'applicants.card', 'applicant', ?, 'read', ?, ?, ?)",
  );
  const rawCard = app.sqlite.transaction((id: string) => {
    person.get(id);
    household.all(id);
    reps.all(id);
    represents.all(id);
    incomes.all(id);
    disability.all(id);
    for (const ipr of programmes.all(id) as { id: string }[]) measures.all(ipr.id);
    caseRows.all(id);
    const prev = lastHash.get() as string;
    insert.run(new Date().toISOString(), id, id, prev, prev);
  });
  let d = 0;
  const cardRaw = await time(() => {
    const id = ids[d++ % ids.length]!;
    rawCard.immediate(id);
    historyCount.get(id);
    history.all(id);
  }, ITER);
  console.log(
    JSON.stringify({
      bench: 'card_all_tabs_audited',
      n: N,
      iterations: ITER,
      p50_ms: percentile(cardApi, 50),
      p95_ms: percentile(cardApi, 95),
      raw_p50_ms: percentile(cardRaw, 50),
      raw_p95_ms: percentile(cardRaw, 95),
    }),
  );
  // The exchange: a full package of everything (streamed from a snapshot, gzip, signed), imported
  // into an empty oblast database; then 1,000 changes and the incremental package. Raw: the same
  // rows read and serialised on prepared statements (export), and copied table to table with
  // INSERT … SELECT through ATTACH (import), nothing verified.
  {
    const out = join(dir, 'packages');
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const full = await router.call('exchange.exportTo', { full: true, outDir: out }, { session });
    const exportMs = performance.now() - t0;
    if (!full.ok) throw new Error(full.error.message);
    const pkg = full.data as { path: string; rows: number; id: string; seqTo: number };
    const tables = app.sqlite
      .prepare(
        `SELECT m.name FROM sqlite_schema m WHERE m.type = 'table' AND m.name NOT IN ('users', 'worklists', 'tombstones')
            AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) p WHERE p.name = 'change_seq')`,
      )
      .pluck()
      .all() as string[];
    const t1 = performance.now();
    let rawRows = 0;
    for (const t of tables)
      for (const r of app.sqlite.prepare(`SELECT * FROM "${t}"`).raw().iterate()) {
        JSON.stringify(r);
        rawRows++;
      }
    const rawExportMs = performance.now() - t1;
    console.log(
      JSON.stringify({
        bench: 'exchange_export_full',
        rows: pkg.rows,
        bytes: statSync(pkg.path).size,
        total_ms: Math.round(exportMs),
        raw_total_ms: Math.round(rawExportMs),
        raw_rows: rawRows,
        peak_rss_mb: Math.round(Math.max(rss0, process.memoryUsage().rss) / 1048576),
      }),
    );

    const { host: oblastHost, router: oblast, session: os } = await openInstall(dir, 'oblast', '190000000');
    const keys = await router.call('exchange.keys', {}, { session });
    await oblast.call(
      'exchange.trust',
      { content: (keys as { data: { districtKey: { content: string } } }).data.districtKey.content },
      { session: os },
    );
    const rss1 = process.memoryUsage().rss;
    const t2 = performance.now();
    const imported = await oblast.call('exchange.importFile', { path: pkg.path }, { session: os });
    const importMs = performance.now() - t2;
    if (!imported.ok) throw new Error(imported.error.message);
    // The import returns at its commit; the reading worker then copies the write-ahead log into
    // the database file. Until that is done (and before the raw run, which it would slow down):
    const oblastFile = join(dir, 'oblast.sqlite');
    const probe = openSqlite(oblastFile, { readonly: true });
    const pages = probe.pragma('page_count', { simple: true }) as number;
    const pageSize = probe.pragma('page_size', { simple: true }) as number;
    probe.close();
    while (statSync(oblastFile).size < pages * pageSize && performance.now() - t2 < 120_000)
      await new Promise((r) => setTimeout(r, 5));
    const foldedMs = performance.now() - t2;
    const rawFile = join(dir, 'raw-oblast.sqlite');
    const raw = openAppDatabase({ path: rawFile, migrationsFolder });
    const rawDb = (await raw).sqlite;
    rawDb.pragma('foreign_keys = OFF');
    rawDb.exec(`ATTACH '${join(dir, 'bench.sqlite')}' AS d`);
    const t3 = performance.now();
    rawDb.transaction(() => {
      for (const t of tables) {
        rawDb.exec(`DELETE FROM main."${t}"`);
        rawDb.exec(`INSERT INTO main."${t}" SELECT * FROM d."${t}"`);
      }
    })();
    const rawImportMs = performance.now() - t3;
    (await raw).close();
    console.log(
      JSON.stringify({
        bench: 'exchange_import_full',
        rows: (imported.data as { inserted: number }).inserted,
        total_ms: Math.round(importMs),
        log_folded_ms: Math.round(foldedMs),
        raw_total_ms: Math.round(rawImportMs),
        peak_rss_mb: Math.round(Math.max(rss1, process.memoryUsage().rss) / 1048576),
      }),
    );

    // 1,000 changed people (each with a fresh change number), after the full package was delivered.
    await router.call('exchange.markDelivered', { id: pkg.id }, { session });
    app.sqlite.transaction(() => {
      const ids = app.sqlite
        .prepare('SELECT id FROM applicants ORDER BY random() LIMIT 1000')
        .pluck()
        .all() as string[];
      const bump = app.sqlite.prepare(
        "UPDATE sequences SET value = value + 1 WHERE name = 'change' RETURNING value",
      );
      const edit = app.sqlite.prepare(
        "UPDATE applicants SET address = address || ' 1', change_seq = ? WHERE id = ?",
      );
      for (const id of ids) edit.run((bump.get() as { value: number }).value, id);
    })();
    const t4 = performance.now();
    const inc = await router.call('exchange.exportTo', { outDir: out }, { session });
    const incMs = performance.now() - t4;
    if (!inc.ok) throw new Error(inc.error.message);
    const rawInc = app.sqlite.prepare('SELECT * FROM applicants WHERE change_seq > ?').raw();
    const t5 = performance.now();
    for (const t of tables)
      for (const r of app.sqlite
        .prepare(`SELECT * FROM "${t}" WHERE change_seq > ?`)
        .raw()
        .iterate(pkg.seqTo))
        JSON.stringify(r);
    const rawIncMs = performance.now() - t5;
    void rawInc;
    console.log(
      JSON.stringify({
        bench: 'exchange_export_incremental',
        rows: (inc.data as { rows: number }).rows,
        total_ms: Math.round(incMs),
        raw_total_ms: Math.round(rawIncMs),
      }),
    );
    oblastHost.close();
  }

  // A district's legacy register of N people as an .xlsx (streamed, 15 columns, two in three with
  // a disability record): the dry run through the api (read, every row checked, duplicates
  // against the registry of N people), then the commit. Raw: the same file streamed by ExcelJS
  // with the IIN and name lookups on prepared statements (nothing checked); the same rows
  // inserted by one prepared statement (nothing audited).
  {
    const rows = registerRows(N, 77);
    const file = await registerXlsx(rows);
    const base64 = file.toString('base64');
    const input = { fileName: 'register.xlsx', base64 };
    const rss0 = process.memoryUsage().rss;
    const t0 = performance.now();
    const dry = await router.call('registryImport.preview', input, { session });
    const dryMs = performance.now() - t0;
    if (!dry.ok) throw new Error(dry.error.message);
    const preview = dry.data as { rows: number; people: number; problemCount: number };
    const rssDry = process.memoryUsage().rss;
    const byIin = app.sqlite.prepare('SELECT 1 FROM applicants WHERE iin = ?').pluck();
    const byName = app.sqlite
      .prepare('SELECT 1 FROM applicants WHERE latin_key = ? AND birth_date = ? AND deleted_at IS NULL')
      .pluck();
    const t1 = performance.now();
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([file]), {
      sharedStrings: 'cache',
      styles: 'cache',
      worksheets: 'emit',
    });
    let rawRows = 0;
    for await (const sheet of reader)
      for await (const row of sheet as unknown as AsyncIterable<ExcelJS.Row>) {
        const v = row.values as unknown[];
        byIin.get(String(v[2]));
        byName.get(String(v[3]), String(v[6]));
        rawRows++;
      }
    const rawDryMs = performance.now() - t1;
    console.log(
      JSON.stringify({
        bench: 'exchange_spreadsheet_dry_run',
        rows: preview.rows,
        people: preview.people,
        problems: preview.problemCount,
        bytes: file.length,
        total_ms: Math.round(dryMs),
        raw_total_ms: Math.round(rawDryMs),
        raw_rows: rawRows,
        peak_rss_mb: Math.round(Math.max(rss0, rssDry) / 1048576),
      }),
    );
    // The commit needs a clean file: rows the registry already has (the seed's people share
    // names and birth days with a few) are left out.
    const problems = (dry.data as { problems: { row: number }[] }).problems;
    if (preview.problemCount <= problems.length) {
      const skip = new Set(problems.map((x) => x.row - 2));
      const clean = rows.filter((_, i) => !skip.has(i));
      const cleanFile = (await registerXlsx(clean)).toString('base64');
      const rss1 = process.memoryUsage().rss;
      const t2 = performance.now();
      const done = await router.call(
        'registryImport.commit',
        { fileName: 'register.xlsx', base64: cleanFile },
        { session },
      );
      const commitMs = performance.now() - t2;
      if (!done.ok) {
        // The cleaned file should pass: show what the dry run now finds in it (synthetic people).
        const again = await router.call(
          'registryImport.preview',
          { fileName: 'register.xlsx', base64: cleanFile },
          { session },
        );
        const found = again.ok ? (again.data as { problems: unknown[] }).problems.slice(0, 20) : again.error;
        throw new Error(`${done.error.message} ${JSON.stringify(found)}`);
      }
      const rawFile = join(dir, 'raw-register.sqlite');
      const raw = await openAppDatabase({ path: rawFile, migrationsFolder });
      const insert = raw.sqlite.prepare(
        `INSERT INTO applicants (id, iin, last_name, first_name, patronymic, birth_date, sex, kato_code, address, phone,
           search_key, latin_key, created_at, created_by, updated_at, updated_by, change_seq)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', '', '', '', ?)`,
      );
      const t3 = performance.now();
      raw.sqlite.transaction(() => {
        for (const [i, r] of clean.entries())
          insert.run(
            `raw-${i}`,
            r[1],
            r[2],
            r[3],
            r[4] || null,
            (r[5] as string).split('.').reverse().join('-'),
            r[6] === 'М' ? 'M' : 'F',
            r[7],
            r[8],
            r[9] || null,
            `${r[2]} ${r[3]}`.toLowerCase(),
            `${r[2]}${r[3]}`.toLowerCase(),
            i + 1,
          );
      })();
      const rawCommitMs = performance.now() - t3;
      raw.close();
      console.log(
        JSON.stringify({
          bench: 'exchange_spreadsheet_commit',
          people: (done.data as { people: number }).people,
          disabilities: (done.data as { disabilities: number }).disabilities,
          total_ms: Math.round(commitMs),
          raw_total_ms: Math.round(rawCommitMs),
          peak_rss_mb: Math.round(Math.max(rss1, process.memoryUsage().rss) / 1048576),
        }),
      );
    }
  }

  app.close();
  rmSync(dir, { recursive: true, force: true });
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
