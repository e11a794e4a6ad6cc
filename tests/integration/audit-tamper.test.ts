import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditHash } from '../../src-main/core/shared/audit-log';
import { makeTestApp, type TestApp } from '../helpers/app';
import { CLI } from '../helpers/paths';

// Each kind of rewriting of the audit trail, done as someone with the sqlite3 CLI and the file
// would do it, and what catches it: the hash chain, the chain's head written outside the file
// with every backup (the anchor file beside the database and each backup), the keyed MAC whose
// key is not in the database, and the schema check (the append-only guards, extra triggers).
// The app's own check (audit.integrity, shown to administrators and auditors) and `qamqor
// doctor` must both see it.

let t: TestApp;
let db: string;

const sqlite3 = (sql: string, file = db) => execFileSync('sqlite3', [file, sql], { encoding: 'utf8' }).trim();

/** Runs SQL on the file with the append-only guards lifted, then puts them back exactly. */
function behindTheGuards(sql: string, file = db) {
  const guards = sqlite3("SELECT sql || ';' FROM sqlite_schema WHERE name LIKE 'audit_log_no_%'", file);
  sqlite3(`DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; ${sql}; ${guards}`, file);
}

function doctor(file = db) {
  const r = spawnSync(process.execPath, [CLI, 'doctor', '--db', file], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout };
}

async function integrity(): Promise<{ ok: boolean; problems: string[] }> {
  const r = await t.call<{ ok: boolean; problems: { text: string }[]; checkedAt: string }>(
    'audit.integrity',
    {
      recheck: true,
    },
  );
  return { ...r, problems: r.problems.map((p) => p.text) };
}

/** Recomputes every hash from entry `from` on, as a forger who knows the (public) hash rule. */
function recomputeFrom(from: number) {
  const rows = JSON.parse(
    sqlite3(
      `SELECT json_group_array(json_object('seq', seq, 'at', at, 'actorId', actor_id, 'actorLogin', actor_login, 'door', door, 'procedure', procedure, 'entity', entity, 'entityId', entity_id, 'action', action, 'changes', changes, 'subjectId', subject_id, 'prevHash', prev_hash)) FROM (SELECT * FROM audit_log ORDER BY seq)`,
    ),
  ) as ({ seq: number; prevHash: string } & Parameters<typeof auditHash>[1])[];
  let prev = rows.find((r) => r.seq === from)!.prevHash;
  const updates: string[] = [];
  for (const row of rows.filter((r) => r.seq >= from)) {
    const hash = auditHash(prev, row);
    updates.push(`UPDATE audit_log SET prev_hash = '${prev}', hash = '${hash}' WHERE seq = ${row.seq}`);
    prev = hash;
  }
  return updates.join('; ');
}

beforeEach(async () => {
  t = await makeTestApp();
  db = join(t.dir, 'qamqor.sqlite');
  for (const lastName of ['Әлиева', 'Бекова', 'Жұмабаева']) {
    await t.call('applicants.create', {
      lastName,
      firstName: 'Сәуле',
      birthDate: '1950-01-01',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар',
      iin: '',
      iinMissingReason: 'нет документов',
    });
  }
  // A backup anchors the chain's head outside the database.
  await t.call('backups.create', {});
  await t.call('applicants.list', { query: 'сәуле' });
  await t.call('worklists.save', { name: 'после копии', filters: { consentMissing: true } });
  t.app.sqlite.pragma('wal_checkpoint(TRUNCATE)');
});
afterEach(() => t.close());

describe('audit trail tampering', () => {
  it('an untouched trail passes the app check and doctor; the head is anchored beside the database', async () => {
    expect(await integrity()).toEqual({ ok: true, problems: [], checkedAt: expect.any(String) });
    expect(existsSync(`${db}.audit-anchors`)).toBe(true);
    expect(readFileSync(`${db}.audit-anchors`, 'utf8')).toMatch(/"seq":\d+,"hash":"[0-9a-f]{64}"/);
    expect(doctor().code).toBe(0);
  });

  it('the last entries deleted (before the last anchor) are detected', async () => {
    const anchored = Number(sqlite3("SELECT max(seq) FROM audit_log WHERE action = 'backup'")) - 1;
    behindTheGuards(`DELETE FROM audit_log WHERE seq >= ${anchored - 1}`);
    const r = await integrity();
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toMatch(/anchor/);
    expect(doctor().code).toBe(1);
  });

  it('an edited entry with every later hash recomputed is detected', async () => {
    behindTheGuards(`UPDATE audit_log SET changes = '{"lastName":[null,"Подменённая"]}' WHERE seq = 3`);
    behindTheGuards(recomputeFrom(3));
    // The chain itself holds again: only what lives outside the file can tell.
    expect(doctor().out).toContain('audit chain: intact');
    const r = await integrity();
    expect(r.ok).toBe(false);
    expect(doctor().code).toBe(1);
  });

  it('an entry recomputed after the last anchor is caught by the keyed MAC', async () => {
    const last = Number(sqlite3('SELECT max(seq) FROM audit_log'));
    behindTheGuards(`UPDATE audit_log SET action = 'read' WHERE seq = ${last}`);
    behindTheGuards(recomputeFrom(last));
    const r = await integrity();
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toMatch(/MAC/);
  });

  it('the whole log deleted is detected', async () => {
    behindTheGuards('DELETE FROM audit_log');
    const r = await integrity();
    expect(r.ok).toBe(false);
    expect(doctor().code).toBe(1);
  });

  it('a forged entry appended with a correct chain hash is detected', async () => {
    const head = sqlite3('SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1');
    const forged = {
      at: new Date().toISOString(),
      actorId: null,
      actorLogin: 'admin',
      door: 'web' as const,
      procedure: 'users.update',
      entity: 'user',
      entityId: 'x',
      action: 'update',
      changes: '{"roles":[null,"[\\"admin\\"]"]}',
      subjectId: null,
    };
    const hash = auditHash(head, forged);
    sqlite3(
      `INSERT INTO audit_log (at, actor_id, actor_login, door, procedure, entity, entity_id, action, changes, subject_id, prev_hash, hash) VALUES ('${forged.at}', NULL, 'admin', 'web', 'users.update', 'user', 'x', 'update', '${forged.changes}', NULL, '${head}', '${hash}')`,
    );
    const r = await integrity();
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toMatch(/MAC/);
  });

  it('dropped append-only guards and extra triggers make the database unhealthy', async () => {
    const copy = join(t.dir, 'copy.sqlite');
    copyFileSync(db, copy);
    sqlite3('DROP TRIGGER audit_log_no_delete', copy);
    const dropped = doctor(copy);
    expect(dropped.code).toBe(1);
    expect(dropped.out).toContain('missing trigger audit_log_no_delete');
    sqlite3('CREATE TRIGGER hide AFTER INSERT ON audit_log BEGIN SELECT 1; END', db);
    const r = await integrity();
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toContain('extra trigger hide');
  });

  it('a genuine restore to an older backup is not taken for tampering', async () => {
    const older = (await t.call<{ rows: { file: string }[] }>('backups.list', {})).rows[0]!.file;
    await t.call('worklists.save', { name: 'ещё одна', filters: { activeCase: true } });
    await t.call('backups.create', {}); // an anchor past the older copy's head
    await t.call('backups.restore', { file: older });
    const again = await t.router.call('auth.login', { login: 'admin', password: 'correct horse 1' });
    const session = again.ok ? (again.data as { sessionToken: string }).sessionToken : '';
    const r = await t.call<{ ok: boolean; problems: string[] }>(
      'audit.integrity',
      { recheck: true },
      session,
    );
    expect(r).toMatchObject({ ok: true, problems: [] });
    expect(readFileSync(`${db}.audit-anchors`, 'utf8')).toContain('"restore":true');
  });

  it('a restore marker written without the key does not hide a cut-off tail', async () => {
    const anchored = Number(sqlite3("SELECT max(seq) FROM audit_log WHERE action = 'backup'")) - 1;
    behindTheGuards(`DELETE FROM audit_log WHERE seq >= ${anchored - 1}`);
    const head = sqlite3("SELECT seq || '|' || hash FROM audit_log ORDER BY seq DESC LIMIT 1").split('|');
    const marker = {
      seq: Number(head[0]),
      hash: head[1],
      at: new Date(Date.now() + 60_000).toISOString(),
      why: 'restore',
      restore: true,
    };
    writeFileSync(`${db}.audit-anchors`, `${JSON.stringify(marker)}\n`, { flag: 'a' });
    const r = await integrity();
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toMatch(/MAC that does not match|anchor of/);
  });

  it('with every anchor file deleted, the backups’ own logs still show a cut tail', async () => {
    const anchored = Number(sqlite3("SELECT max(seq) FROM audit_log WHERE action = 'backup'")) - 1;
    behindTheGuards(`DELETE FROM audit_log WHERE seq >= ${anchored - 1}`);
    rmSync(`${db}.audit-anchors`);
    const folder = (await t.call<{ folder: string }>('backups.list', {})).folder;
    for (const f of readdirSync(folder).filter((f) => f.endsWith('.anchor.json'))) rmSync(join(folder, f));
    const r = await integrity();
    expect(r.ok).toBe(false);
    expect(r.problems.join(' ')).toMatch(/backup-file:/);
  });
});
