import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { errorMessage, pickLocale } from '../core/api/messages';
import { checkDatabaseFile, migrateDatabaseFile, startCore } from '../core/app';
import { AppError } from '../core/errors';
import { DB_FILE_NAME, defaultDataDir } from '../core/paths';
import { startWebServer } from '../web/server';
import {
  callAsCli,
  existingDb,
  intOption,
  migrationsFolder,
  OPTIONS,
  requireDb,
  UsageError,
  type Values,
  withCore,
} from './common';
import { cmdExport, cmdImport, cmdKeys, cmdReceipt, cmdTrust } from './exchange';

// `qamqor <command>`: the administrator's and the scheduler's door to the same core.
// Exit codes: 0 ok; 1 failure (one clear line on stderr); 2 usage error (with help).

const HELP = `Usage: qamqor <command> [options]

Commands:
  web      [--db FILE] [--port N]            serve the app to a browser on 127.0.0.1 and print its URL
  migrate  --db FILE                         apply pending migrations (after an online backup)
  doctor   --db FILE [--json]                integrity, migrations, schema, audit chain, row counts; exit 1 if unhealthy
  backup   --db FILE [--out FILE]            online backup, verified with integrity_check; without --out
                                             into the configured backup folder, with retention
  restore  --db FILE --from FILE             replace the database with a backup; the current database is
                                             first saved as a "pre-restore" backup (the app must be closed)
  seed     --db FILE --applicants N [--seed S] [--specialists N] [--caregivers N]
           [--providers N [--in-service N] [--complaints N]]
                                               add N synthetic applicants (deterministic for S)
  legal-fixes --db FILE [--apply] [--json]   stored data the rules before the 2026-11 legal review let in:
                                             without --apply a dry run that lists corrections and rows to
                                             review; with --apply makes the corrections (audited, deletes nothing)
  keys     --db FILE --out DIR                write this install's public key file (at an oblast: the oblast's
                                             key file) into DIR; prints the file's path as its last line
  trust    --db FILE --key KEYFILE           at an oblast, register a district's key file (a new FILE becomes
                                             the consolidation database); at a district, set the oblast's keys
  export   --db FILE [--out DIR] [--full]    write the next package (the changes since the last acknowledged
                                             one; --full: everything) into DIR or the configured export folder;
                                             prints the package's path as its last line; safe while the app runs
  import   --db OBLAST PACKAGE...            import packages into the consolidation database, each all or
                                             nothing; writes each receipt beside its package; exit 1 if any
                                             package is refused; several packages build the large tables'
                                             indexes once, after the last
  receipt  --db FILE --from RECEIPT          at a district, import the oblast's receipt: the package it names
                                             and every earlier one are acknowledged
  help                                       this text

Options:
  --lang kk|ru|en   language of error messages (default: QAMQOR_LANG or ru)

Without --db, web uses the desktop app's database (${join(defaultDataDir(), DB_FILE_NAME)}).
The CLI acts as the local administrator "cli:<OS user>"; every write it makes is audited as such.
Only someone who can read the database file can run it, so it asks for no password; the app's
own accounts (login, roles, lockout) apply to the desktop window and to the browser bridge.`;

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
        return await cmdBackup(values, io, lang);
      case 'restore':
        return await cmdRestore(values, io, lang);
      case 'seed':
        return await cmdSeed(values, io, lang);
      case 'legal-fixes':
        return await cmdLegalFixes(values, io, lang);
      case 'keys':
        return await cmdKeys(values, io, lang);
      case 'trust':
        return await cmdTrust(values, io, lang);
      case 'export':
        return await cmdExport(values, io, lang);
      case 'import':
        return await cmdImport(values, positionals.slice(1), io, lang);
      case 'receipt':
        return await cmdReceipt(values, io, lang);
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
  const core = await startCore({
    dbPath,
    door: 'web',
    jobs: true,
    migrationsFolder: migrationsFolder(),
    backups: { atStart: process.env.QAMQOR_NO_START_BACKUP !== '1' },
    onInternalError: (procedure, err) =>
      console.error(`qamqor: internal error in ${procedure}: ${(err as Error)?.stack ?? err}`),
    onBackupError: (err) =>
      console.error(`qamqor: automatic backup failed: ${(err as Error)?.message ?? err}`),
  });
  if (core.host.problem)
    io.err(
      `qamqor: ${errorMessage(core.host.problem, pickLocale(process.env.QAMQOR_LANG), { objects: core.host.problemDetail })}`,
    );
  const server = await startWebServer({ router: core.router, staticDir, port });
  io.out(`Qamqor is running: open ${server.openUrl}`);
  await new Promise<void>((done) => {
    const stop = () => done();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  await core.shutdown();
  return 0;
}

async function cmdMigrate(values: Values, io: { out: (s: string) => void }): Promise<number> {
  const state = await migrateDatabaseFile(requireDb(values), migrationsFolder());
  io.out(`migrations: ${state.applied} of ${state.known} applied`);
  return 0;
}

function cmdDoctor(values: Values, io: { out: (s: string) => void; err: (s: string) => void }): number {
  const report = checkDatabaseFile(existingDb(values), migrationsFolder());
  const { healthy, auditChainBrokenAt } = report;
  if (values.json) {
    io.out(JSON.stringify(report));
  } else {
    io.out(`integrity: ${report.integrity.join('; ')}`);
    io.out(`foreign key violations: ${report.foreignKeyViolations}`);
    io.out(
      `migrations: ${report.migrations.applied} applied, ${report.migrations.known} known, ${report.migrations.pending.length} pending${report.migrations.newer ? ', DATABASE IS NEWER THAN THIS APP' : ''}`,
    );
    io.out(`schema: ${report.schema.length ? report.schema.join('; ') : 'as Qamqor made it'}`);
    io.out(`search index: ${report.searchIndex.length ? report.searchIndex.join('; ') : 'consistent'}`);
    io.out(
      `audit chain: ${auditChainBrokenAt !== null ? `broken at entry ${auditChainBrokenAt}` : 'intact'}`,
    );
    io.out(`audit trail: ${report.audit.length ? report.audit.join('; ') : 'as the app wrote it'}`);
    for (const [table, n] of Object.entries(report.counts)) io.out(`rows ${table}: ${n}`);
    io.out(healthy ? 'healthy' : 'UNHEALTHY');
  }
  if (!healthy) io.err('qamqor: the database is not healthy (see the report above)');
  return healthy ? 0 : 1;
}

async function cmdBackup(values: Values, io: { out: (s: string) => void }, lang: string): Promise<number> {
  const dbPath = existingDb(values);
  const out = values.out ? resolve(values.out) : undefined;
  if (out && existsSync(out)) throw new Error(`refusing to overwrite ${out}`);
  // No lock: an online backup may run beside the open app (SQLite's backup API copies a
  // consistent snapshot while others write; the audit entry waits for the writer's lock).
  const written = await withCore(
    dbPath,
    async (core) => {
      if (out) return (await callAsCli<{ path: string }>(core, 'backups.copyTo', { path: out }, lang)).path;
      const entry = await callAsCli<{ file: string }>(core, 'backups.create', {}, lang);
      const list = await callAsCli<{ folder: string }>(core, 'backups.list', {}, lang);
      return join(list.folder, entry.file);
    },
    { lock: false },
  );
  io.out(`backup written and verified: ${written}`);
  return 0;
}

async function cmdRestore(values: Values, io: { out: (s: string) => void }, lang: string): Promise<number> {
  const dbPath = requireDb(values);
  if (!values.from) throw new UsageError('--from FILE is required');
  const source = resolve(values.from);
  const done = await withCore(dbPath, (core) =>
    callAsCli<{ undoFile: string }>(core, 'backups.restoreFrom', { path: source }, lang),
  );
  io.out(`restored from ${source}`);
  io.out(`the previous database was saved as ${done.undoFile}; restore it the same way to undo`);
  return 0;
}

async function cmdSeed(values: Values, io: { out: (s: string) => void }, lang: string): Promise<number> {
  const dbPath = requireDb(values);
  const count = intOption(values.applicants, 'applicants', 1, 2_000_000);
  if (count === undefined) throw new UsageError('--applicants N is required');
  const seed = intOption(values.seed, 'seed', 0, 2 ** 31) ?? 1;
  // Optional registers for demos: specialists with certificates in every state, and family
  // caregivers with a year of confirmed timesheets.
  const specialists = intOption(values.specialists, 'specialists', 0, 100_000) ?? 0;
  const caregivers = intOption(values.caregivers, 'caregivers', 0, 100_000) ?? 0;
  // Providers with cases in service spread over them, two years of tariffs and complaints.
  const providers = intOption(values.providers, 'providers', 0, 5_000) ?? 0;
  const inService = intOption(values['in-service'], 'in-service', 0, 1_000_000) ?? 0;
  const complaints = intOption(values.complaints, 'complaints', 0, 100_000) ?? 0;
  const inserted = await withCore(dbPath, (core) =>
    callAsCli<{ inserted: number }>(
      core,
      'maintenance.seed',
      { applicants: count, seed, specialists, caregivers, providers, inService, complaints },
      lang,
    ),
  );
  io.out(`seeded ${inserted.inserted} applicants`);
  return 0;
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

/**
 * The legal review's corrections: a dry run by default (nothing written), --apply to make them.
 * Rows are named by entity and id only; the card shows whose they are.
 */
async function cmdLegalFixes(
  values: Values,
  io: { out: (s: string) => void },
  lang: string,
): Promise<number> {
  const dbPath = existingDb(values);
  const name = values.apply ? 'maintenance.legalFixesApply' : 'maintenance.legalFixesPlan';
  type Plan = {
    changes: {
      entity: string;
      id: string;
      field: string;
      from: string | null;
      to: string | null;
      rule: string;
    }[];
    reviews: { entity: string; id: string; rule: string }[];
  };
  const plan = await withCore(dbPath, (core) => callAsCli<Plan>(core, name, {}, lang));
  if (values.json) {
    io.out(JSON.stringify(plan));
    return 0;
  }
  io.out(
    `${plan.changes.length} corrections, ${plan.reviews.length} to review (${values.apply ? 'applied' : 'dry run: nothing written; --apply to make them'})`,
  );
  for (const c of plan.changes)
    io.out(`  ${c.entity} ${c.id} ${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'} (${c.rule})`);
  for (const r of plan.reviews) io.out(`  review ${r.entity} ${r.id} (${r.rule})`);
  return 0;
}
