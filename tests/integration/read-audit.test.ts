import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTestApp, type TestApp } from '../helpers/app';

// Reads that name a person are on the record: a lookup by IIN, the duplicate check, a card's
// history, a search of the register of applications. They are coalesced (one entry per user,
// person and action until written) and written by the next write or within seconds, so typing
// in the list never waits for the disk.

let t: TestApp;
beforeEach(async () => {
  t = await makeTestApp();
});
afterEach(() => t.close());

const alia = {
  iin: '850715300013',
  lastName: 'Сәрсенбаева',
  firstName: 'Әлия',
  birthDate: '1985-07-15',
  sex: 'F',
  katoCode: '196020100',
  address: 'Талгар',
};

const reads = (action: string) =>
  t.app.sqlite
    .prepare('SELECT subject_id AS subject, actor_login AS actor FROM audit_log WHERE action = ?')
    .all(action) as { subject: string; actor: string }[];

describe('reads of personal data', () => {
  it('a lookup by IIN, the duplicate check, the history and a register search are recorded, coalesced', async () => {
    const p = await t.call<{ id: string }>('applicants.create', alia);
    await t.call('cases.register', {
      applicantId: p.id,
      appliedOn: '2026-11-18',
      channel: 'department',
      appliedBy: 'self',
      grounds: ['disability'],
    });
    // Typed twice, and a name typed letter by letter (browsing, not recorded).
    await t.call('applicants.list', { query: '850715300013' });
    await t.call('applicants.list', { query: '850715300013' });
    for (const q of ['с', 'са', 'сар']) await t.call('applicants.list', { query: q });
    await t.call('applicants.checkDuplicates', {
      lastName: 'Сарсенбаева',
      firstName: 'Алия',
      birthDate: '1985-07-15',
    });
    await t.call('applicants.history', { id: p.id });
    await t.call('cases.list', { query: 'сәрсенбаева' });
    // Nothing written yet: the reads wait for the next write or the tick.
    expect(reads('lookup')).toHaveLength(0);
    t.router.flushReads();
    expect(reads('lookup')).toEqual([
      { subject: p.id, actor: 'admin' }, // the IIN lookup, once although typed twice
      { subject: p.id, actor: 'admin' }, // the register search
    ]);
    expect(reads('duplicate_check')).toEqual([{ subject: p.id, actor: 'admin' }]);
    expect(reads('history_read')).toEqual([{ subject: p.id, actor: 'admin' }]);
    // The card's history shows them.
    const history = await t.call<{ rows: { action: string }[] }>('applicants.history', { id: p.id });
    expect(history.rows.map((r) => r.action)).toEqual(
      expect.arrayContaining(['lookup', 'duplicate_check', 'history_read', 'create']),
    );
  });

  it('a write carries the waiting reads into its own transaction', async () => {
    const p = await t.call<{ id: string }>('applicants.create', alia);
    await t.call('applicants.list', { query: '850715300013' });
    expect(reads('lookup')).toHaveLength(0);
    await t.call('household.add', { applicantId: p.id, fullName: 'Сәрсенбаев Ерлан', relation: 'spouse' });
    expect(reads('lookup')).toHaveLength(1);
  });
});
