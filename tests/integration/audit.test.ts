import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntryView } from '../../src-main/core/api/contract';
import { maskChanges } from '../../src-main/core/router/audit-policy';
import { verifyAuditChain } from '../../src-main/core/shared/audit-log';
import { makeTestApp, type TestApp } from '../helpers/app';
import { tempDir } from '../helpers/paths';

let t: TestApp;
afterEach(() => t?.close());

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

type AuditPage = { rows: AuditEntryView[]; total: number };

describe('audit trail', () => {
  it('records every write with door, actor and old → new, and each opening of a card as a read of that person', async () => {
    t = await makeTestApp({ door: 'electron' });
    const person = await t.call<{ id: string }>('applicants.create', alia);
    await t.call('applicants.get', { id: person.id });
    await t.call('applicants.get', { id: person.id });

    const page = await t.call<AuditPage>('audit.list', { personIin: alia.iin });
    expect(page.rows.map((r) => r.action)).toEqual(['read', 'read', 'create']);
    for (const row of page.rows) {
      expect(row.door).toBe('electron');
      expect(row.actorLogin).toBe('admin');
      expect(row.actorName).toBe('Әлия Серікқызы');
      expect(row.subjectId).toBe(person.id);
      expect(row.subjectName).toBe('Сәрсенбаева Әлия');
    }
    expect(page.rows[2]?.changes?.lastName).toEqual([null, 'Сәрсенбаева']);

    // Filters: by person id (the card's history tab), by action, by actor, by dates.
    expect((await t.call<AuditPage>('audit.list', { subjectId: person.id, action: 'read' })).total).toBe(2);
    const me = await t.call<{ id: string }>('auth.me', {});
    const mine = await t.call<AuditPage>('audit.list', { actorId: me.id, pageSize: 200 });
    expect(mine.rows.every((r) => r.actorLogin === 'admin')).toBe(true);
    expect((await t.call<AuditPage>('audit.list', { from: '2000-01-01', to: '2000-12-31' })).total).toBe(0);
    const bad = await t.router.call(
      'audit.list',
      { from: '2026-05-02', to: '2026-05-01' },
      { session: t.admin, locale: 'ru' },
    );
    expect(bad.ok ? '' : bad.error.fields?.to).toBe('Конец периода: начало не может быть позже конца');

    // The card's history tab: the same entries, for anyone who may read the registry.
    const history = await t.call<AuditPage>('applicants.history', { id: person.id });
    expect(history.rows.map((r) => r.action)).toEqual(['read', 'read', 'create']);
    await t.call('users.create', {
      login: 'buh',
      fullName: 'Бухгалтер',
      password: 'temporary-1',
      roles: ['accountant'],
      locale: 'ru',
    });
    const buh = await t.router.call('auth.login', { login: 'buh', password: 'temporary-1' });
    const buhSession = buh.ok ? (buh.data as { sessionToken: string }).sessionToken : '';
    await t.call(
      'auth.changePassword',
      { currentPassword: 'temporary-1', newPassword: 'temporary-2' },
      buhSession,
    );
    const refused = await t.router.call('applicants.history', { id: person.id }, { session: buhSession });
    expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');

    // The chain holds over entries with and without a subject.
    expect(verifyAuditChain(t.app.db)).toBeNull();
  });

  it('masks the values of sensitive fields but keeps the fact of the change', () => {
    const masked = maskChanges('disability', {
      cause: [null, 'общее заболевание'],
      group: [2, 1],
      password: ['a', 'b'],
    });
    expect(masked).toEqual({ cause: [null, '***'], group: [2, 1], password: ['***', '***'] });
  });

  it('exports the filtered log to an .xlsx that LibreOffice reads back with Kazakh text intact', async () => {
    t = await makeTestApp();
    const person = await t.call<{ id: string }>('applicants.create', alia);
    await t.call('applicants.get', { id: person.id });
    const exported = await t.router.call(
      'audit.export',
      { personIin: alia.iin },
      { session: t.admin, locale: 'kk' },
    );
    expect(exported.ok).toBe(true);
    if (!exported.ok) return;
    const data = exported.data as { fileName: string; base64: string; rows: number };
    expect(data.rows).toBe(2);
    expect(data.fileName).toMatch(/^qamqor-audit-\d{4}-\d{2}-\d{2}\.xlsx$/);

    const dir = tempDir();
    const xlsx = join(dir, data.fileName);
    writeFileSync(xlsx, Buffer.from(data.base64, 'base64'));
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        'csv:Text - txt - csv (StarCalc):44,34,76',
        '--outdir',
        dir,
        xlsx,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const csv = readFileSync(join(dir, data.fileName.replace(/\.xlsx$/, '.csv')), 'utf8')
      .trim()
      .split('\n');
    expect(csv[0]).toContain('Пайдаланушы');
    expect(csv[0]).toContain('Өзгерістер (бұрын → кейін)');
    expect(csv).toHaveLength(3);
    expect(csv[1]).toContain('read');
    expect(csv[1]).toContain('Сәрсенбаева Әлия');
    expect(csv[2]).toContain('lastName: — → Сәрсенбаева');
    expect(csv[2]).toMatch(/\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}:\d{2}/);

    // Exporting is itself on the record.
    const exports = await t.call<AuditPage>('audit.list', { action: 'export' });
    expect(exports.total).toBe(1);
  });
});
