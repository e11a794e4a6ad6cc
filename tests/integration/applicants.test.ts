import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app';

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(() => t.close());

const alia = {
  iin: '850715300013',
  lastName: 'Сәрсенбаева',
  firstName: 'Әлия',
  patronymic: 'Қайратқызы',
  birthDate: '1985-07-15',
  sex: 'F',
  katoCode: '196020100',
  address: 'Талгар, ул. Абая, 12',
};

describe('applicants through the router', () => {
  it('creates an applicant, audits it and finds it by a folded Cyrillic fragment', async () => {
    const created = await t.router.call('applicants.create', alia, { session: t.admin });
    expect(created.ok).toBe(true);
    for (const query of ['алия', 'ӘЛИЯ', 'сарсенб', 'кайрат', '8507', 'сә']) {
      const found = await t.router.call('applicants.list', { query }, { session: t.admin });
      expect(found.ok, query).toBe(true);
      if (!found.ok) continue;
      const data = found.data as { rows: { firstName: string }[]; total: number };
      expect(data.total, query).toBe(1);
      expect(data.rows[0]?.firstName).toBe('Әлия');
    }
    const audit = t.app.sqlite
      .prepare("SELECT action, actor_login, door, changes FROM audit_log WHERE entity = 'applicant'")
      .all() as { action: string; actor_login: string; door: string; changes: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'create', actor_login: 'admin', door: 'web' });
    expect(JSON.parse(audit[0]!.changes).iin).toEqual([null, '850715300013']);
  });

  it('stores a pasted name without invisible characters, so search and the duplicate check see it', async () => {
    // From a PDF or a web page: a BOM, a zero-width space, a no-break and an ideographic space.
    const pasted = {
      ...alia,
      iin: '',
      iinMissingReason: 'Документы утеряны',
      lastName: '\uFEFFСәрсен\u200Bбаева\u00A0',
      firstName: 'Әлия\u3000',
    };
    const created = await t.router.call('applicants.create', pasted, { session: t.admin });
    expect(created.ok).toBe(true);
    const stored = t.app.sqlite.prepare('SELECT last_name, first_name FROM applicants').get();
    expect(stored).toEqual({ last_name: 'Сәрсенбаева', first_name: 'Әлия' });
    const found = await t.call<{ total: number }>('applicants.list', { query: 'сәрсенбаева әлия' });
    expect(found.total).toBe(1);
    const dup = await t.call<{ similar: unknown[] }>('applicants.checkDuplicates', {
      lastName: 'Сәрсенбаева',
      firstName: 'Әлия',
      birthDate: alia.birthDate,
    });
    expect(dup.similar).toHaveLength(1);
    // A vertical tab or form feed is refused by field, in the caller's language.
    const vt = await t.router.call(
      'applicants.create',
      { ...pasted, lastName: 'Сәрсен\u000Bбаева' },
      { session: t.admin, locale: 'ru' },
    );
    expect(vt.ok ? '' : vt.error.fields?.lastName).toBe(
      'Фамилия: содержит управляющие символы (вставленный текст?): удалите их',
    );
  });

  it('refuses an invalid IIN with a field message in the caller language and writes nothing', async () => {
    const bad = { ...alia, iin: '821214240092' };
    const ru = await t.router.call('applicants.create', bad, { session: t.admin, locale: 'ru' });
    const kk = await t.router.call('applicants.create', bad, { session: t.admin, locale: 'kk' });
    expect(ru).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { iin: 'ИИН: неверная контрольная цифра ИИН' } },
    });
    expect(kk).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { iin: 'ЖСН: ЖСН бақылау цифры сәйкес емес' } },
    });
    const n = t.app.sqlite.prepare('SELECT count(*) AS n FROM applicants').get() as { n: number };
    expect(n.n).toBe(0);
  });

  it('blocks a second person with the same IIN and rolls the whole write back', async () => {
    await t.router.call('applicants.create', alia, { session: t.admin });
    const seqBefore = t.app.sqlite.prepare("SELECT value FROM sequences WHERE name = 'change'").get();
    const again = await t.router.call(
      'applicants.create',
      { ...alia, firstName: 'Алия' },
      { session: t.admin },
    );
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT_IIN' } });
    expect(t.app.sqlite.prepare("SELECT value FROM sequences WHERE name = 'change'").get()).toEqual(
      seqBefore,
    );
    expect((t.app.sqlite.prepare('SELECT count(*) AS n FROM applicants').get() as { n: number }).n).toBe(1);
  });

  it('requires a session and a role', async () => {
    const anon = await t.router.call('applicants.list', {}, {});
    expect(anon).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
    const accountant = await t.router.callAs(
      { userId: 'x', login: 'acc', fullName: 'Acc', roles: ['accountant'], locale: 'ru' },
      'applicants.list',
      {},
    );
    expect(accountant).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', message: 'У вас нет прав на это действие.' },
    });
  });
});

describe('search count cap', () => {
  it('counts a name search up to 2,000 and says so, while a narrow one and filters count exactly', async () => {
    const seeded = await t.router.call(
      'maintenance.seed',
      { applicants: 6000, seed: 5 },
      { session: t.admin },
    );
    expect(seeded.ok).toBe(true);
    const exact = (like: string) =>
      t.app.sqlite
        .prepare('SELECT count(*) FROM applicants WHERE deleted_at IS NULL AND search_key LIKE ?')
        .pluck()
        .get(like) as number;
    // Pick, from the data itself, a fragment beyond the cap and one below it.
    const broad = ['ова', 'кызы', 'ули', 'ан'].find((q) => q.length >= 3 && exact(`%${q}%`) > 2000);
    expect(broad, 'the seed has no fragment with over 2,000 matches').toBeDefined();
    const list = async (input: object) => {
      const r = await t.router.call('applicants.list', input, { session: t.admin });
      if (!r.ok) throw new Error(r.error.message);
      return r.data as { rows: { id: string }[]; total: number; totalCapped: boolean };
    };
    const wide = await list({ query: broad, pageSize: 50 });
    expect([wide.total, wide.totalCapped]).toEqual([2000, true]);
    expect(wide.rows).toHaveLength(50);
    const narrow = await list({ query: 'алия' });
    expect([narrow.total, narrow.totalCapped]).toEqual([exact('%алия%'), false]);
    // A filter without a name is never capped.
    const everyone = await list({ sex: 'F' });
    expect(everyone.totalCapped).toBe(false);
    expect(everyone.total).toBe(
      t.app.sqlite
        .prepare("SELECT count(*) FROM applicants WHERE deleted_at IS NULL AND sex = 'F'")
        .pluck()
        .get(),
    );
    expect(everyone.total).toBeGreaterThan(2000);
  });
});
