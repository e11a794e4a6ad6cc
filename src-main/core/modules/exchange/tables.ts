import type { Sqlite } from '../../db/open';
import type { ExchangePolicy } from '../settings/policies';

// What goes upward: every table whose rows carry a change number, except staff accounts (their
// password hashes and logins stay in the district) and personal work lists; minus the tables and
// free-text columns the office's minimisation setting keeps at home. Tables are listed parents
// first, so a consolidation database receives a case after its person.

export const NEVER_EXPORTED = new Set(['users', 'worklists', 'tombstones']);
/** Stamped on each row at the oblast; never sent (a district's own rows have none). */
export const SOURCE_COLUMN = 'source_install';
/**
 * The install's own row numbers (applicants.rid backs its search index, cases.applicant_rid
 * points at it): given again upstairs, never sent, refused in a package.
 */
export const LOCAL_COLUMNS = new Set([SOURCE_COLUMN, 'rid', 'applicant_rid']);

export interface ExportedTable {
  name: string;
  /** Columns sent, in order. */
  columns: string[];
  /** Nullable columns the minimisation setting removed (recorded in the manifest). */
  withheld: string[];
}

interface ColumnInfo {
  name: string;
  notnull: number;
}

export function stampedTables(sqlite: Sqlite): string[] {
  return sqlite
    .prepare(
      `SELECT m.name FROM sqlite_schema m WHERE m.type = 'table'
          AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) p WHERE p.name = 'change_seq')
        ORDER BY m.name`,
    )
    .pluck()
    .all() as string[];
}

/** Parents before children by the foreign keys (self-references ignored), names breaking ties. */
function parentsFirst(sqlite: Sqlite, names: string[]): string[] {
  const set = new Set(names);
  const deps = new Map(
    names.map((n) => [
      n,
      new Set(
        (sqlite.prepare(`SELECT "table" FROM pragma_foreign_key_list(?)`).pluck().all(n) as string[]).filter(
          (p) => p !== n && set.has(p),
        ),
      ),
    ]),
  );
  const out: string[] = [];
  const done = new Set<string>();
  const visit = (n: string, path: Set<string>) => {
    if (done.has(n) || path.has(n)) return;
    path.add(n);
    for (const p of [...(deps.get(n) ?? [])].sort()) visit(p, path);
    path.delete(n);
    done.add(n);
    out.push(n);
  };
  for (const n of names) visit(n, new Set());
  return out;
}

export function exportedTables(
  sqlite: Sqlite,
  policy: Pick<ExchangePolicy, 'excludeTables' | 'excludeFields'>,
) {
  const names = stampedTables(sqlite).filter(
    (n) => !NEVER_EXPORTED.has(n) && !policy.excludeTables.includes(n),
  );
  return parentsFirst(sqlite, names).map((name): ExportedTable => {
    const cols = sqlite.prepare(`SELECT name, "notnull" FROM pragma_table_info(?)`).all(name) as ColumnInfo[];
    // A column the database requires cannot stay home: the row would not insert upstairs.
    const withheld = cols
      .filter((c) => !c.notnull && policy.excludeFields.includes(c.name))
      .map((c) => c.name);
    return {
      name,
      columns: cols.map((c) => c.name).filter((c) => !LOCAL_COLUMNS.has(c) && !withheld.includes(c)),
      withheld,
    };
  });
}
