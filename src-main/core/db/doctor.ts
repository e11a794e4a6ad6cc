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
    schema.length === 0;
  return { healthy, integrity, foreignKeyViolations, migrations, schema, counts };
}
