import { createHash, type KeyObject, randomUUID, sign } from 'node:crypto';
import { createReadStream, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { recordDeferredIndexes } from '../../db/deferred-indexes';
import { closeSqlite, openSqlite, type Sqlite } from '../../db/open';
import { isConsolidation } from '../../db/schema-check';
import { LARGE_WRITE_ROWS, refreshPlannerStats } from '../../db/stats';
import { AppError } from '../../errors';
import { setNameIndexAside } from '../applicants/name-index';
import { setTalliesAside } from '../applicants/tallies';
import { type PackageRows, packageRows, type ReaderChoice } from './package-rows';
import { decryptionKey, openPackage, verifyEntries, verifySigner } from './reader';
import { LOCAL_COLUMNS, NEVER_EXPORTED, SOURCE_COLUMN, stampedTables } from './tables';

// Imports a package into an oblast's consolidation database, all or nothing: one IMMEDIATE
// transaction on a connection of its own (the console keeps answering), rows upserted in the
// order the manifest lists them. A row already there from the same install is replaced only by a
// newer version of it (a higher change number); an older one is kept and counted, never silently
// overwritten. Importing the same package again, or one overlapping an earlier range, changes
// nothing. The receipt for the district is written after the commit.

export interface ImportOptions {
  dbPath: string;
  source: string | Buffer;
  fileName: string;
  /** The oblast's X25519 private key (PEM) and its Ed25519 signing key (for the receipt). */
  exchangeKeyPem: string;
  signingKey: KeyObject;
  /** Where the receipt file goes; null: returned only. */
  receiptDir: string | null;
  now: Date;
  /** A connection to reuse (many imports in a row, e.g. the fuzz test); otherwise one is opened. */
  connection?: Sqlite;
  /**
   * One package of a run of several (`qamqor import A B C D`): the indexes set aside stay aside,
   * recorded, for the run to build once after its last package (db/deferred-indexes.ts).
   */
  deferIndexes?: boolean;
  /** Where the rows are read (package-rows.ts); 'auto' unless a test needs one way. */
  reader?: ReaderChoice;
}

export interface ImportReport {
  fileName: string;
  installId: string;
  districtKato: string;
  seqFrom: number;
  seqTo: number;
  inserted: number;
  updated: number;
  unchanged: number;
  keptNewer: number;
  deleted: number;
  /** Why the district's audit chain is flagged (its history does not extend the last one), or null. */
  flagged: string | null;
  /** How the rows were read: on a worker thread or the importer's own. */
  reader: PackageRows['via'];
  receipt: { fileName: string; content: string };
  receiptPath: string | null;
}

interface DistrictRow {
  install_id: string;
  district_kato: string;
  signing_key: string;
  fingerprint: string;
  seq_to: number;
  audit_seq: number;
  audit_hash: string | null;
}

/**
 * An entry this large, into a table holding at most four times as many rows as arrive, has the
 * table's non-unique indexes built afresh; so have the registry's tallies. 2,000: below it the
 * rows and their index entries cost little either way, and a register of applications of 19,000
 * took 0.66 s with its eleven indexes in place against 0.34 s rebuilt.
 */
const REBUILD_MIN_ROWS = 2_000;
const REBUILD_MAX_HELD_PER_ROW = 4;
/**
 * The import connection's page cache, in KiB as `PRAGMA cache_size` takes a negative number: room
 * for the indexes it builds in its transaction, so that their pages are not spilled to the WAL
 * and written again. A package of a run builds none (they wait for the run's end) and needs only
 * the tables' last pages and the id index: four districts of 250,000 took 61 s and 483 MB of
 * memory at 64 MiB against 63 s and 701 MB at 256 MiB.
 */
const IMPORT_CACHE_KIB = -256 * 1024;
const RUN_IMPORT_CACHE_KIB = -64 * 1024;

/** The package's SHA-256 for its receipt; a file is streamed (a district of a million: 290 MB). */
async function packageSha256(source: string | Buffer): Promise<string> {
  const hash = createHash('sha256');
  if (Buffer.isBuffer(source)) hash.update(source);
  else await pipeline(createReadStream(source), hash);
  return hash.digest('hex');
}

/** The rows a table holds (its highest rowid: no count over a million rows). */
function heldRows(db: Sqlite, table: string): number {
  return (db.prepare(`SELECT max(rowid) FROM "${table}"`).pluck().get() as number | null) ?? 0;
}

/** Whether an entry of `incoming` rows into `held` is written with its indexes built afterwards. */
function rebuildsFor(incoming: number, held: number): boolean {
  return incoming >= REBUILD_MIN_ROWS && held <= incoming * REBUILD_MAX_HELD_PER_ROW;
}

/**
 * A large entry into a table holding at most four times the entry (a district's whole registry
 * arriving at an oblast of a few districts) is written without the table's non-unique indexes,
 * which are then built again from their exact SQL in one sorted pass each. Inserting new keys one
 * at a time splits index pages all over the file: a million people into an empty oblast took
 * 166 s against 78 s built, and the third district of 250,000 arriving at 500,000 took 22 s in
 * place against 15 s built. The unique indexes stay (ON CONFLICT (id) needs the id's). All of it
 * runs inside the import's transaction, so a refusal or a crash leaves the indexes as they were.
 */
function setIndexesAside(
  db: Sqlite,
  table: string,
  incoming: number,
  held: number,
): { names: string[]; rebuild: () => void } {
  if (!rebuildsFor(incoming, held)) return { names: [], rebuild: () => {} };
  const indexes = db
    .prepare(
      `SELECT m.name, m.sql FROM sqlite_schema m JOIN pragma_index_list(?) l ON l.name = m.name
        WHERE m.type = 'index' AND m.sql IS NOT NULL AND l."unique" = 0`,
    )
    .all(table) as { name: string; sql: string }[];
  for (const ix of indexes) db.exec(`DROP INDEX "${ix.name}"`);
  return {
    names: indexes.map((ix) => ix.name),
    rebuild: () => {
      for (const ix of indexes) db.exec(ix.sql);
    },
  };
}

export async function importPackage(o: ImportOptions): Promise<ImportReport> {
  const db = o.connection ?? openSqlite(o.dbPath, { fileMustExist: true });
  let pkg: Awaited<ReturnType<typeof openPackage>> | null = null;
  let starting: Promise<PackageRows> | null = null;
  let cacheBefore: number | null = null;
  try {
    if (!isConsolidation(db)) throw new AppError('EXCHANGE_NOT_CONSOLIDATION');
    pkg = await openPackage(o.source);
    const m = pkg.manifest;
    const district = db.prepare('SELECT * FROM exchange_districts WHERE install_id = ?').get(m.installId) as
      | DistrictRow
      | undefined;
    if (!district)
      throw new AppError('PACKAGE_UNKNOWN_DISTRICT', {
        params: { kato: m.districtKato, fingerprint: m.signer },
      });
    verifySigner(pkg, district.signing_key);
    const ours = db.prepare('SELECT count(*) FROM __drizzle_migrations').pluck().get() as number;
    if (m.schemaVersion > ours)
      throw new AppError('PACKAGE_NEWER', { params: { version: m.schemaVersion, ours } });
    const key = decryptionKey(pkg, o.exchangeKeyPem);
    if (m.seqFrom > district.seq_to)
      throw new AppError('PACKAGE_GAP', { params: { from: district.seq_to + 1, to: m.seqFrom } });
    // A large package's lines are read on a worker thread (the second core parses while this
    // one inserts). It starts while the entries' hashes are checked here and reads only after.
    starting = packageRows(pkg, o.source, key, o.reader, !!o.deferIndexes);
    // Awaited below, or in `finally` when the check fails first.
    starting.catch(() => {});
    await verifyEntries(pkg);
    const lines = await starting;
    lines.begin();

    // The tables and columns this database has; a package may lack columns (an older app's).
    const known = new Map(
      stampedTables(db)
        .filter((t) => !NEVER_EXPORTED.has(t))
        .map((t) => [
          t,
          new Set(db.prepare('SELECT name FROM pragma_table_info(?)').pluck().all(t) as string[]),
        ]),
    );
    const counts = { inserted: 0, updated: 0, unchanged: 0, keptNewer: 0, deleted: 0 };
    let flagged: string | null = null;
    db.pragma('foreign_keys = OFF');
    // Room for a large package's pages and index sorts in memory, so that they are not spilled to
    // the WAL mid-transaction and written again (a ceiling, not an allocation: small imports use
    // little of it).
    cacheBefore = db.pragma('cache_size', { simple: true }) as number;
    db.pragma(`cache_size = ${o.deferIndexes ? RUN_IMPORT_CACHE_KIB : IMPORT_CACHE_KIB}`);
    db.exec('BEGIN IMMEDIATE');
    // The name search's trigram index is filled row by row by a trigger, which costs three times
    // the row itself: during the import the trigger is set aside and the new rows are indexed in
    // one statement at the end (applicants/name-index.ts).
    const names = setNameIndexAside(db);
    // A large registry arriving: the district-level tallies are counted again once at the end.
    const people = m.entries.find((e) => e.kind === 'table' && e.table === 'applicants')?.rows ?? 0;
    const tallies = rebuildsFor(people, heldRows(db, 'applicants')) ? setTalliesAside(db) : null;
    // Tables whose planner statistics this package may move: a tenth or more of their rows.
    const restated: string[] = [];
    // Once per import: after the people's entry, or at the end (a package without one). From
    // then on their triggers are back, so tombstones later in the package keep both in step.
    let peopleFinished = false;
    const finishPeople = () => {
      if (peopleFinished) return;
      peopleFinished = true;
      tallies?.recount();
      names.index();
    };
    // Indexes left aside for the run to build (deferIndexes).
    const deferred: string[] = [];
    try {
      for (const e of m.entries) {
        if (e.kind === 'table') {
          const table = e.table ?? '';
          const cols = known.get(table);
          if (!cols) throw new AppError('PACKAGE_NEWER', { params: { version: m.schemaVersion, ours } });
          for (const c of e.columns)
            if (!cols.has(c) || LOCAL_COLUMNS.has(c))
              throw new AppError('PACKAGE_NEWER', { params: { version: m.schemaVersion, ours } });
          const idAt = e.columns.indexOf('id');
          const seqAt = e.columns.indexOf('change_seq');
          if (idAt < 0 || seqAt < 0)
            throw new AppError('PACKAGE_UNREADABLE', { params: { detail: `${e.name} columns` } });
          const q = (c: string) => `"${c}"`;
          const existing = db.prepare(`SELECT change_seq, source_install FROM "${table}" WHERE id = ?`);
          // A row new here (the usual case) takes one statement; one already here is then compared.
          const insert = db.prepare(
            `INSERT INTO "${table}" (${[...e.columns, SOURCE_COLUMN].map(q).join(', ')}) VALUES (${[...e.columns, SOURCE_COLUMN].map(() => '?').join(', ')})
             ON CONFLICT (id) DO NOTHING`,
          );
          const update = db.prepare(
            `UPDATE "${table}" SET ${[...e.columns, SOURCE_COLUMN].map((c) => `${q(c)} = ?`).join(', ')} WHERE id = ?`,
          );
          const held = heldRows(db, table);
          if (e.rows * 10 >= held && e.rows > 0) restated.push(table);
          const aside = setIndexesAside(db, table, e.rows, held);
          await lines.read(e, (values) => {
            const id = values[idAt];
            const seq = values[seqAt];
            if (typeof id !== 'string' || typeof seq !== 'number')
              throw new AppError('PACKAGE_UNREADABLE', { params: { detail: `${e.name} id` } });
            // Bound as one array (no spread): a few hundred ms over half a million rows.
            values.push(m.installId);
            if (insert.run(values).changes === 1) {
              counts.inserted++;
              return;
            }
            const have = existing.get(id) as { change_seq: number; source_install: string | null };
            if (have.source_install === null && have.change_seq >= seq) {
              // The oblast's own copy of a row every install ships (reference data made by the
              // migrations): the same row, nothing to do.
              counts.unchanged++;
            } else if (have.source_install !== m.installId || have.change_seq > seq) counts.keptNewer++;
            else if (have.change_seq === seq) counts.unchanged++;
            else {
              values.push(id);
              update.run(values);
              counts.updated++;
            }
          });
          if (!o.deferIndexes) aside.rebuild();
          else deferred.push(...aside.names);
          // The people's tallies and name index right after their rows, while those pages are
          // still in the cache (about 0.1 s of 6 at 100,000).
          if (table === 'applicants') finishPeople();
        } else if (e.kind === 'tombstones') {
          await lines.read(e, ([table, id, seq]) => {
            if (
              typeof table !== 'string' ||
              !known.has(table) ||
              typeof id !== 'string' ||
              typeof seq !== 'number'
            )
              throw new AppError('PACKAGE_UNREADABLE', { params: { detail: 'tombstone' } });
            counts.deleted += db
              .prepare(`DELETE FROM "${table}" WHERE id = ? AND source_install = ? AND change_seq < ?`)
              .run(id, m.installId, seq).changes;
          });
        } else {
          // The audit chain: the link at the head received before must be the same one, and each
          // link must continue the one before it.
          let prev: string | null = null;
          let sawHead = district.audit_seq === 0;
          await lines.read(e, ([seq, prevHash, hash]) => {
            if (typeof seq !== 'number' || typeof prevHash !== 'string' || typeof hash !== 'string')
              throw new AppError('PACKAGE_UNREADABLE', { params: { detail: 'audit link' } });
            if (prev !== null && prevHash !== prev) flagged ??= `audit chain broken at ${seq}`;
            if (seq === district.audit_seq) {
              sawHead = true;
              if (hash !== district.audit_hash)
                flagged ??= `audit entry ${seq} differs from the one received before`;
            }
            prev = hash;
          });
          if (!sawHead && m.audit.seq >= district.audit_seq)
            flagged ??= `the audit chain does not reach back to entry ${district.audit_seq}`;
          // An older package (imported again) ends before the head held: nothing more to compare.
          if (prev !== null && prev !== m.audit.hash) flagged ??= 'the audit head does not match its chain';
        }
      }
      finishPeople();
      const sha256 = await packageSha256(o.source);
      const at = o.now.toISOString();
      db.prepare(
        `UPDATE exchange_districts SET seq_to = max(seq_to, ?), audit_seq = max(audit_seq, ?),
                audit_hash = CASE WHEN ? >= audit_seq THEN ? ELSE audit_hash END,
                last_package_at = ?, last_package_file = ?,
                flagged_at = coalesce(flagged_at, ?), flag_reason = coalesce(flag_reason, ?)
          WHERE install_id = ?`,
      ).run(
        m.seqTo,
        m.audit.seq,
        m.audit.seq,
        m.audit.hash,
        at,
        o.fileName,
        flagged ? at : null,
        flagged,
        m.installId,
      );
      db.prepare(
        `INSERT INTO exchange_imports (id, install_id, file_name, sha256, seq_from, seq_to, inserted, updated,
           unchanged, kept_newer, deleted, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        randomUUID(),
        m.installId,
        o.fileName,
        sha256,
        m.seqFrom,
        m.seqTo,
        counts.inserted,
        counts.updated,
        counts.unchanged,
        counts.keptNewer,
        counts.deleted,
        at,
      );
      recordDeferredIndexes(db, deferred, at);
      // ANALYZE of the tables that grew by a tenth or more (the whole oblast took 0.8 s at a
      // million). Within a run the statistics are sampled once at its end, with the indexes built.
      if (!o.deferIndexes && counts.inserted + counts.updated >= LARGE_WRITE_ROWS)
        refreshPlannerStats(db, restated);
      // A single large import leaves the copy of its write-ahead log into the database file
      // (0.4 s of 6 at 100,000 people) to the reading worker, after the commit. A run of several
      // packages keeps it here: the next package's writes would keep the log from being reset.
      const handOver = lines.via === 'worker' && !o.deferIndexes;
      const autoCheckpoint = db.pragma('wal_autocheckpoint', { simple: true }) as number;
      if (handOver) db.pragma('wal_autocheckpoint = 0');
      try {
        db.exec('COMMIT');
      } finally {
        if (handOver) db.pragma(`wal_autocheckpoint = ${autoCheckpoint}`);
      }
      lines.finish(handOver ? o.dbPath : null);
      const seqTo = Math.max(district.seq_to, m.seqTo);
      const receiptBody = JSON.stringify({
        kind: 'qamqor-receipt',
        installId: m.installId,
        seqTo,
        auditSeq: m.audit.seq,
        auditHash: m.audit.hash,
        packageSha256: sha256,
        importedAt: at,
      });
      const content = JSON.stringify({
        receipt: receiptBody,
        signature: sign(null, Buffer.from(receiptBody, 'utf8'), o.signingKey).toString('base64'),
      });
      const receiptName = `qamqor-receipt-${m.districtKato}-${seqTo}.json`;
      let receiptPath: string | null = null;
      if (o.receiptDir) {
        receiptPath = join(o.receiptDir, receiptName);
        writeFileSync(receiptPath, content);
      }
      return {
        fileName: o.fileName,
        installId: m.installId,
        districtKato: m.districtKato,
        seqFrom: m.seqFrom,
        seqTo: m.seqTo,
        ...counts,
        flagged,
        reader: lines.via,
        receipt: { fileName: receiptName, content },
        receiptPath,
      };
    } catch (err) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw err;
    }
  } finally {
    // Stops the worker (a refusal, or still waiting to read); a no-op once handed its checkpoint.
    await starting?.then(
      (r) => r.close(),
      () => {},
    );
    pkg?.close();
    if (db.inTransaction) db.exec('ROLLBACK');
    db.pragma('foreign_keys = ON');
    if (cacheBefore !== null) db.pragma(`cache_size = ${cacheBefore}`);
    if (!o.connection) closeSqlite(db, { optimize: false });
  }
}
