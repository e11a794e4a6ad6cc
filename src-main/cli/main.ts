import { existsSync } from 'node:fs';
import { userInfo } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { errorMessage, pickLocale } from '../core/api/messages';
import { createRouter } from '../core/router/router';
import { startBackupSchedule } from '../core/modules/backups/schedule';
import { knownBackupFolders, writeBackup } from '../core/modules/backups/store';
import { backupDatabase } from '../core/db/backup';
import { openAppDatabase } from '../core/db/database';
import { diagnose } from '../core/db/doctor';
import { DatabaseHost, verifyRestorable } from '../core/db/host';
import { migrationState } from '../core/db/migrate';
import { closeSqlite, openSqlite } from '../core/db/open';
import * as schema from '../core/db/schema';
import { AppError } from '../core/errors';
import { backupDirFor, DB_FILE_NAME, defaultDataDir, resolveMigrationsFolder } from '../core/paths';
import { appendAudit, verifyAuditChain } from '../core/shared/audit-log';
import type { Actor } from '../core/modules/accounts/sessions';
import { backupPolicy } from '../core/modules/settings/policies';
import { startWebServer } from '../web/server';

// `qamqor <command>`: the administrator's and the scheduler's door to the same core.
// Exit codes: 0 ok; 1 failure (one clear line on stderr); 2 usage error (with help).

const HELP = `Usage: qamqor <command> [options]

Commands:
  web      [--db FILE] [--port N]            serve the app to a browser on 127.0.0.1 and print its URL
  migrate  --db FILE                         apply pending migrations (after an online backup)
  doctor   --db FILE [--json]                integrity, migration state, audit chain, row counts; exit 1 if unhealthy
  backup   --db FILE [--out FILE]            online backup, verified with integrity_check; without --out
                                             into the configured backup folder, with retention
  restore  --db FILE --from FILE             replace the database with a backup; the current database is
                                             first saved as a "pre-restore" backup (the app must be closed)
  seed     --db FILE --applicants N [--seed S]  add N synthetic applicants (deterministic for S)
  help                                       this text

Options:
  --lang kk|ru|en   language of error messages (default: QAMQOR_LANG or ru)

Without --db, web uses the desktop app's database (${join(defaultDataDir(), DB_FILE_NAME)}).
The CLI acts as the local administrator "cli:<OS user>"; every write it makes is audited as such.
Only someone who can read the database file can run it, so it asks for no password; the app's
own accounts (login, roles, lockout) apply to the desktop window and to the browser bridge.`;

class UsageError extends Error {}

const OPTIONS = {
  db: { type: 'string' },
  port: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  applicants: { type: 'string' },
  seed: { type: 'string' },
  lang: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = {
  [K in keyof typeof OPTIONS]?: (typeof OPTIONS)[K]['type'] extends 'string' ? string : boolean;
};

export async function runCli(argv: string[], io = { out: console.log, err: console.error }): Promise<number> {
  let values: Values;
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: argv,
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch (err) {
    io.err(`qamqor: ${(err as Error).message}\n\n${HELP}`);
    return 2;
  }
  const command = positionals[0];
  const lang = pickLocale(values.lang ?? process.env.QAMQOR_LANG);
  if (values.help || command === 'help') {
    io.out(HELP);
    return 0;
  }
  if (!command) {
    io.err(`qamqor: no command given\n\n${HELP}`);
    return 2;
  }
  try {
    switch (command) {
      case 'web':
        return await cmdWeb(values, io);
      case 'migrate':
        return await cmdMigrate(values, io);
      case 'doctor':
        return cmdDoctor(values, io);
      case 'backup':
        return await cmdBackup(values, io);
      case 'restore':
        return await cmdRestore(values, io);
      case 'seed':
        return await cmdSeed(values, io);
      default:
        throw new UsageError(`unknown command "${command}"`);
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`qamqor: ${err.message}\n\n${HELP}`);
      return 2;
    }
    if (err instanceof AppError) {
      io.err(`qamqor: ${errorMessage(err.code, lang, err.params)}`);
      return 1;
    }
    io.err(`qamqor: ${(err as Error).message ?? String(err)}`);
    return 1;
  }
}

const migrationsFolder = () => resolveMigrationsFolder(__dirname);

function requireDb(values: Values): string {
  if (!values.db) throw new UsageError('--db FILE is required');
  return resolve(values.db);
}

function existingDb(values: Values): string {
  const path = requireDb(values);
  if (!existsSync(path)) throw new Error(`database file not found: ${path}`);
  return path;
}

function intOption(value: string | undefined, name: string, min: number, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max)
    throw new UsageError(`--${name} must be a whole number ${min}–${max}`);
  return n;
}

function cliActor(): Actor {
  const name = (() => {
    try {
      return userInfo().username;
    } catch {
      return 'unknown';
    }
  })();
  return {
    userId: `cli:${name}`,
    login: `cli:${name}`,
    fullName: `CLI (${name})`,
    roles: ['admin'],
    locale: 'ru',
  };
}

async function cmdWeb(
  values: Values,
  io: { out: (s: string) => void; err: (s: string) => void },
): Promise<number> {
  const port = intOption(values.port, 'port', 0, 65535) ?? 0;
  const dbPath = values.db ? resolve(values.db) : join(defaultDataDir(), DB_FILE_NAME);
  const staticDir = join(__dirname, '..', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    throw new Error(`built renderer not found in ${staticDir}; run "npm run build" first`);
  }
  const host = await openHost(dbPath);
  if (host.problem) io.err(`qamqor: ${errorMessage(host.problem, pickLocale(process.env.QAMQOR_LANG))}`);
  const router = createRouter({
    host,
    door: 'web',
    onInternalError: (procedure, err) =>
      console.error(`qamqor: internal error in ${procedure}: ${(err as Error)?.stack ?? err}`),
  });
  const backups = startBackupSchedule(host, {
    onError: (err) => console.error(`qamqor: automatic backup failed: ${(err as Error)?.message ?? err}`),
    atStart: process.env.QAMQOR_NO_START_BACKUP !== '1',
  });
  const server = await startWebServer({ router, staticDir, port });
  io.out(`Qamqor is running: open ${server.openUrl}`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  backups.stop();
  await server.close();
  await backups
    .run('quit')
    .catch((err) => console.error(`qamqor: backup at quit failed: ${(err as Error)?.message}`));
  host.close();
  return 0;
}

function openHost(dbPath: string): Promise<DatabaseHost> {
  const folder = migrationsFolder();
  return DatabaseHost.open({
    path: dbPath,
    migrationsFolder: folder,
    // Read at the moment of a migration; the configured folder is remembered beside the file.
    backupDir: () => knownBackupFolders(dbPath)[0] ?? backupDirFor(dbPath),
  });
}

async function cmdMigrate(values: Values, io: { out: (s: string) => void }): Promise<number> {
  const dbPath = requireDb(values);
  const app = await openAppDatabase({
    path: dbPath,
    migrationsFolder: migrationsFolder(),
    backupDir: backupDirFor(dbPath),
  });
  const state = migrationState(app.sqlite, migrationsFolder());
  app.close();
  io.out(`migrations: ${state.applied} of ${state.known} applied`);
  return 0;
}

function cmdDoctor(values: Values, io: { out: (s: string) => void; err: (s: string) => void }): number {
  const dbPath = existingDb(values);
  const sqlite = openSqlite(dbPath, { readonly: true, fileMustExist: true });
  try {
    const report = diagnose(sqlite, migrationsFolder());
    const hasAudit = 'audit_log' in report.counts;
    const chain = hasAudit ? verifyAuditChain(drizzle(sqlite)) : null;
    const healthy = report.healthy && chain === null;
    if (values.json) {
      io.out(JSON.stringify({ ...report, healthy, auditChainBrokenAt: chain?.brokenAt ?? null }));
    } else {
      io.out(`integrity: ${report.integrity.join('; ')}`);
      io.out(`foreign key violations: ${report.foreignKeyViolations}`);
      io.out(
        `migrations: ${report.migrations.applied} applied, ${report.migrations.known} known, ${report.migrations.pending.length} pending${report.migrations.newer ? ', DATABASE IS NEWER THAN THIS APP' : ''}`,
      );
      io.out(`audit chain: ${chain ? `broken at entry ${chain.brokenAt}` : 'intact'}`);
      for (const [table, n] of Object.entries(report.counts)) io.out(`rows ${table}: ${n}`);
      io.out(healthy ? 'healthy' : 'UNHEALTHY');
    }
    if (!healthy) io.err('qamqor: the database is not healthy (see the report above)');
    return healthy ? 0 : 1;
  } finally {
    closeSqlite(sqlite);
  }
}

async function cmdBackup(values: Values, io: { out: (s: string) => void }): Promise<number> {
  const dbPath = existingDb(values);
  const out = values.out ? resolve(values.out) : undefined;
  if (out && existsSync(out)) throw new Error(`refusing to overwrite ${out}`);
  // No lock: an online backup may run beside the open app (SQLite's backup API copies a
  // consistent snapshot while others write).
  const sqlite = openSqlite(dbPath, { fileMustExist: true });
  try {
    if (out) {
      await backupDatabase(sqlite, out);
      io.out(`backup written and verified: ${out}`);
    } else {
      const policy = backupPolicy(drizzle(sqlite, { schema }));
      const folder = policy.folder ?? backupDirFor(dbPath);
      const entry = await writeBackup(sqlite, folder, 'cli', policy);
      io.out(`backup written and verified: ${join(folder, entry.file)}`);
    }
  } finally {
    closeSqlite(sqlite);
  }
  return 0;
}

async function cmdRestore(values: Values, io: { out: (s: string) => void }): Promise<number> {
  const dbPath = requireDb(values);
  if (!values.from) throw new UsageError('--from FILE is required');
  const source = resolve(values.from);
  const folder = migrationsFolder();
  verifyRestorable(source, folder);
  const host = await openHost(dbPath);
  try {
    const now = new Date();
    let kept: string;
    if (host.isOpen) {
      const { db, sqlite } = host.app;
      const policy = backupPolicy(db);
      const backupFolder = policy.folder ?? backupDirFor(dbPath);
      kept = join(backupFolder, (await writeBackup(sqlite, backupFolder, 'pre-restore', policy, now)).file);
    } else {
      kept = host.setAsideDamaged(now);
    }
    await host.replaceWith(source);
    const router = createRouter({ host, door: 'cli' });
    // Leave the restore's trace in the restored database's own audit chain.
    router.host.app.sqlite
      .transaction(() =>
        appendAudit(router.host.app.db, {
          at: new Date().toISOString(),
          actorId: cliActor().userId,
          actorLogin: cliActor().login,
          door: 'cli',
          procedure: 'restore',
          entity: 'backup',
          entityId: basename(source),
          action: 'restore',
          changes: JSON.stringify({ undoFile: [null, basename(kept)] }),
          subjectId: null,
        }),
      )
      .immediate();
    io.out(`restored from ${source}`);
    io.out(`the previous database was saved as ${kept}; restore it the same way to undo`);
  } finally {
    host.close();
  }
  return 0;
}

async function cmdSeed(values: Values, io: { out: (s: string) => void }): Promise<number> {
  const dbPath = requireDb(values);
  const count = intOption(values.applicants, 'applicants', 1, 2_000_000);
  if (count === undefined) throw new UsageError('--applicants N is required');
  const seed = intOption(values.seed, 'seed', 0, 2 ** 31) ?? 1;
  const host = await openHost(dbPath);
  try {
    const router = createRouter({ host, door: 'cli' });
    const result = await router.callAs(cliActor(), 'maintenance.seed', { applicants: count, seed });
    if (!result.ok) throw new Error(result.error.message);
    io.out(`seeded ${(result.data as { inserted: number }).inserted} applicants`);
    return 0;
  } finally {
    host.close();
  }
}

// Run when this file is the entry point (bin/qamqor.cjs requires it with QAMQOR_CLI_MAIN set).
if (process.env.QAMQOR_CLI_MAIN === '1' || require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err) => {
      console.error(`qamqor: ${(err as Error).message}`);
      process.exit(1);
    },
  );
}

export const cliDir = dirname(__filename);
