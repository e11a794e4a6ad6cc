import type { Sqlite } from '../../db/open';

// The name search's trigram index (applicants_fts, migrations 0001/0003/0013/0031) is filled row
// by row by a trigger, which costs several times the row itself. A write of many new people (an
// import, the seed) sets the trigger aside, indexes the new rows in one statement at the end and
// puts the same trigger (its exact SQL) back — all inside the caller's transaction, so a failure
// leaves the trigger and the index as they were.

const TRIGGER = 'applicants_fts_ai';

/** Sets the insert trigger aside; `index()` indexes the people added since and puts it back. */
export function setNameIndexAside(sqlite: Sqlite): { index(): void } {
  const trigger = sqlite
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?")
    .pluck()
    .get(TRIGGER) as string | undefined;
  if (!trigger) return { index() {} };
  const before = (sqlite.prepare('SELECT max(rowid) FROM applicants').pluck().get() as number | null) ?? 0;
  sqlite.exec(`DROP TRIGGER ${TRIGGER}`);
  return {
    index() {
      sqlite
        .prepare(
          'INSERT INTO applicants_fts (rowid, search_key) SELECT rowid, search_key FROM applicants WHERE rowid > ? AND deleted_at IS NULL',
        )
        .run(before);
      sqlite.exec(trigger);
    },
  };
}

export function withNameIndexDeferred<T>(sqlite: Sqlite, write: () => T): T {
  const aside = setNameIndexAside(sqlite);
  const result = write();
  aside.index();
  return result;
}
