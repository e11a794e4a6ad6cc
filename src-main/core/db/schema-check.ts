import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { type MigrationMeta, readMigrationFiles } from 'drizzle-orm/migrator';
import type { Sqlite } from './open';

// Proof that a database file is a Qamqor database and nothing else: its recorded migrations are
// a prefix of this app's, and its schema (every table, column, index, trigger and view, as
// SQLite stores their CREATE statements) is exactly what those migrations produce. A file that
// carries one extra trigger would otherwise run that trigger's SQL inside the app the moment a
// matching row is written (a restored "backup" could wipe the registry or make a caseworker an
// administrator). Run before a restore replaces the live file, at every start before migrating,
// and by `qamqor doctor`.

export interface SchemaObject {
  type: string;
  name: string;
  table: string;
  sql: string | null;
}

export type SchemaVerdict =
  | { ok: true; level: number }
  | {
      ok: false;
      /** What is wrong, naming each object: "extra trigger wipe_on_insert", "missing index …". */
      problems: string[];
    };

const MIGRATIONS_TABLE = '__drizzle_migrations';

/** The schema as SQLite keeps it, without SQLite's own objects (statistics, sequences). */
export function schemaOf(sqlite: Sqlite): SchemaObject[] {
  return (
    sqlite
      .prepare(
        "SELECT type, name, tbl_name AS 'table', sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name",
      )
      .all() as SchemaObject[]
  ).map((o) => ({ ...o, sql: o.sql === null ? null : normalizeSql(o.sql) }));
}

/** The CREATE text with runs of white space made one space (drizzle's own table is indented). */
const normalizeSql = (sql: string) => sql.replace(/\s+/g, ' ').trim();

const migrationsCache = new Map<string, MigrationMeta[]>();
function migrationsOf(folder: string): MigrationMeta[] {
  let m = migrationsCache.get(folder);
  if (!m) {
    m = readMigrationFiles({ migrationsFolder: folder });
    migrationsCache.set(folder, m);
  }
  return m;
}

const expectedCache = new Map<string, SchemaObject[]>();
/** What this app's first `level` migrations produce, built once per level in memory. */
export function expectedSchema(migrationsFolder: string, level: number): SchemaObject[] {
  const key = `${migrationsFolder}\u0000${level}`;
  const hit = expectedCache.get(key);
  if (hit) return hit;
  const mem = new Database(':memory:');
  try {
    const db = drizzle(mem);
    // The same statements, in the same order, through drizzle's own migrator.
    const dialect = (
      db as unknown as { dialect: { migrate(m: MigrationMeta[], s: unknown, c: object): void } }
    ).dialect;
    dialect.migrate(
      migrationsOf(migrationsFolder).slice(0, level),
      (db as unknown as { session: unknown }).session,
      {
        migrationsFolder,
      },
    );
    const schema = schemaOf(mem);
    expectedCache.set(key, schema);
    return schema;
  } finally {
    mem.close();
  }
}

/**
 * How many of this app's migrations the file has applied, proven by their hashes and times;
 * a problem when its record is not a prefix of this app's (another program, an edited record,
 * or a newer Qamqor: the caller tells those apart with migrationState).
 */
export function appliedLevel(
  sqlite: Sqlite,
  migrationsFolder: string,
): { level: number } | { problem: string } {
  const has = sqlite
    .prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (!has) return { problem: `missing table ${MIGRATIONS_TABLE}` };
  const rows = sqlite
    .prepare(`SELECT hash, created_at FROM ${MIGRATIONS_TABLE} ORDER BY created_at, rowid`)
    .all() as {
    hash: string;
    created_at: number | string;
  }[];
  const known = migrationsOf(migrationsFolder);
  if (rows.length > known.length)
    return { problem: `${rows.length} migrations recorded, this app knows ${known.length}` };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const want = known[i]!;
    if (row.hash !== want.hash || Number(row.created_at) !== want.folderMillis) {
      return { problem: `migration record ${i + 1} is not this app's migration ${i + 1}` };
    }
  }
  return { level: rows.length };
}

/** Compares the file's schema with what its recorded migrations produce; names every difference. */
export function verifySchema(sqlite: Sqlite, migrationsFolder: string): SchemaVerdict {
  const applied = appliedLevel(sqlite, migrationsFolder);
  if ('problem' in applied) return { ok: false, problems: [applied.problem] };
  const consolidation = isConsolidation(sqlite);
  const want = new Map(
    expectedSchema(migrationsFolder, applied.level).map((o) => [
      `${o.type} ${o.name}`,
      consolidation ? relaxed(o) : o,
    ]),
  );
  const have = new Map(schemaOf(sqlite).map((o) => [`${o.type} ${o.name}`, o]));
  const problems: string[] = [];
  for (const [key, o] of have) {
    const expected = want.get(key);
    if (!expected) problems.push(`extra ${key}`);
    else if (expected.sql !== o.sql || expected.table !== o.table) problems.push(`altered ${key}`);
  }
  for (const key of want.keys()) if (!have.has(key)) problems.push(`missing ${key}`);
  return problems.length ? { ok: false, problems } : { ok: true, level: applied.level };
}

/**
 * The indexes this file's recorded migrations made, by name, with their CREATE statements as the
 * migrations wrote them (relaxed at a consolidation database): the only SQL an index set aside
 * may be built again from, whatever the file itself says.
 */
export function expectedIndexes(
  sqlite: Sqlite,
  migrationsFolder: string,
): Map<string, { table: string; sql: string }> {
  const applied = appliedLevel(sqlite, migrationsFolder);
  if ('problem' in applied) return new Map();
  const consolidation = isConsolidation(sqlite);
  const out = new Map<string, { table: string; sql: string }>();
  for (const o of expectedSchema(migrationsFolder, applied.level)) {
    const e = consolidation ? relaxed(o) : o;
    if (e.type === 'index' && e.sql) out.set(e.name, { table: e.table, sql: e.sql });
  }
  return out;
}

/**
 * An oblast's consolidation database holds many districts' rows, whose business numbers (case
 * numbers, a provider's BIN, a tariff's year and form, an IIN registered in two districts) repeat
 * across districts: there, every unique index of an exported table except the row id's is an
 * ordinary index of the same columns. This is the one way such a file may differ from what the
 * migrations made, and only when its settings say it is a consolidation database.
 */
export const KEPT_UNIQUE = new Set(['applicants_id_uq', 'users_login_uq', 'worklists_user_register_name_uq']);

export function isConsolidation(sqlite: Sqlite): boolean {
  try {
    const row = sqlite.prepare("SELECT value FROM settings WHERE key = 'exchange.mode'").pluck().get();
    return row === '"consolidation"';
  } catch {
    return false;
  }
}

function relaxed(o: SchemaObject): SchemaObject {
  if (o.type !== 'index' || !o.sql || KEPT_UNIQUE.has(o.name) || !/^CREATE UNIQUE INDEX/i.test(o.sql))
    return o;
  return { ...o, sql: o.sql.replace(/^CREATE UNIQUE INDEX/i, 'CREATE INDEX') };
}

/** Turns a database into a consolidation database's shape (in the caller's transaction). */
export function relaxUniqueIndexes(sqlite: Sqlite): void {
  const indexes = sqlite
    .prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND sql IS NOT NULL")
    .all() as { name: string; sql: string }[];
  for (const ix of indexes) {
    if (KEPT_UNIQUE.has(ix.name) || !/^CREATE UNIQUE INDEX/i.test(ix.sql)) continue;
    sqlite.exec(`DROP INDEX "${ix.name}"`);
    sqlite.exec(ix.sql.replace(/^CREATE UNIQUE INDEX/i, 'CREATE INDEX'));
  }
}
