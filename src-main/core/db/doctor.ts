import { type MigrationState, migrationState } from './migrate';
import type { Sqlite } from './open';
import { verifySchema } from './schema-check';

export interface DoctorReport {
  healthy: boolean;
  integrity: string[];
  foreignKeyViolations: number;
  migrations: MigrationState;
  /** Objects that are not what Qamqor's migrations made (an added trigger, a dropped guard). */
  schema: string[];
  /** Problems of the trigram name index: its own structure, or rows it does not find. */
  searchIndex: string[];
  counts: Record<string, number>;
}

/** Health report for `qamqor doctor`: integrity, foreign keys, migrations, schema, row counts. */
export function diagnose(sqlite: Sqlite, migrationsFolder: string): DoctorReport {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
  const foreignKeyViolations = (sqlite.pragma('foreign_key_check') as unknown[]).length;
  const migrations = migrationState(sqlite, migrationsFolder);
  const verdict = verifySchema(sqlite, migrationsFolder);
  const schema = verdict.ok ? [] : verdict.problems;
  const searchIndex = verdict.ok ? checkSearchIndex(sqlite) : [];
  const tables = sqlite
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name",
    )
    .all() as { name: string }[];
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    counts[name] = (
      sqlite.prepare(`SELECT count(*) AS n FROM "${name.replace(/"/g, '""')}"`).get() as { n: number }
    ).n;
  }
  const healthy =
    integrity.length === 1 &&
    integrity[0] === 'ok' &&
    foreignKeyViolations === 0 &&
    !migrations.newer &&
    migrations.pending.length === 0 &&
    schema.length === 0 &&
    searchIndex.length === 0;
  return { healthy, integrity, foreignKeyViolations, migrations, schema, searchIndex, counts };
}

/**
 * The trigram index over people's names: it must hold exactly
 * the live people and that a sample of them is found under their own row number (a VACUUM of a
 * table without a stable rowid, or a rebuild gone wrong, would point it at other people).
 */
function checkSearchIndex(sqlite: Sqlite): string[] {
  const has = sqlite.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'applicants_fts'").get();
  if (!has) return [];
  // (FTS5's own 'integrity-check' is a write statement; doctor opens the file read-only.)
  const problems: string[] = [];
  // One docsize row per person indexed. (count(*) on the FTS table itself reads its external
  // content, the applicants table, so it counted removed people as indexed.)
  const indexed = sqlite.prepare('SELECT count(*) FROM applicants_fts_docsize').pluck().get() as number;
  const live = sqlite
    .prepare('SELECT count(*) FROM applicants WHERE deleted_at IS NULL')
    .pluck()
    .get() as number;
  if (indexed !== live) problems.push(`trigram index holds ${indexed} people, the registry ${live}`);
  const sample = sqlite
    .prepare(
      'SELECT rowid AS rid, search_key AS key FROM applicants WHERE deleted_at IS NULL AND length(search_key) >= 3 ORDER BY random() LIMIT 25',
    )
    .all() as { rid: number; key: string }[];
  const found = sqlite.prepare('SELECT 1 FROM applicants_fts WHERE applicants_fts MATCH ? AND rowid = ?');
  const lost = sample.filter((p) => !found.get(`"${p.key.replace(/"/g, '""')}"`, p.rid));
  if (lost.length)
    problems.push(`trigram index does not find ${lost.length} of ${sample.length} sampled people`);
  return problems;
}
