import type { Sqlite } from '../../db/open';

// The name search's trigram index (applicants_fts, migrations 0001/0003/0013) is filled row by
// row by a trigger, which costs several times the row itself. A write of many new people (an
// import) sets the trigger aside, indexes the new rows in one statement at the end and puts the
// same trigger (its exact SQL) back — all inside the caller's transaction, so a failure leaves
// the trigger and the index as they were.

const TRIGGER = 'applicants_fts_ai';

export function withNameIndexDeferred<T>(sqlite: Sqlite, write: () => T): T {
  const trigger = sqlite
    .prepare("SELECT sql FROM sqlite_schema WHERE type = 'trigger' AND name = ?")
    .pluck()
    .get(TRIGGER) as string | undefined;
  if (!trigger) return write();
  const before = (sqlite.prepare('SELECT max(rowid) FROM applicants').pluck().get() as number | null) ?? 0;
  sqlite.exec(`DROP TRIGGER ${TRIGGER}`);
  const result = write();
  sqlite
    .prepare(
      'INSERT INTO applicants_fts (rowid, search_key) SELECT rowid, search_key FROM applicants WHERE rowid > ? AND deleted_at IS NULL',
    )
    .run(before);
  sqlite.exec(trigger);
  return result;
}
