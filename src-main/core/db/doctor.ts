import { type MigrationState, migrationState } from './migrate';
import type { Sqlite } from './open';

export interface DoctorReport {
  healthy: boolean;
  integrity: string[];
  foreignKeyViolations: number;
  migrations: MigrationState;
  counts: Record<string, number>;
}

/** Health report for `qamqor doctor`: integrity, foreign keys, migration state, row counts. */
export function diagnose(sqlite: Sqlite, migrationsFolder: string): DoctorReport {
  const integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
  const foreignKeyViolations = (sqlite.pragma('foreign_key_check') as unknown[]).length;
  const migrations = migrationState(sqlite, migrationsFolder);
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
    migrations.pending.length === 0;
  return { healthy, integrity, foreignKeyViolations, migrations, counts };
}
