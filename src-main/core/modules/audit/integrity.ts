import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { type AuditAnchor, anchorFile, chainHead, checkAnchors, readAnchors } from '../../db/audit-anchors';
import type { Sqlite } from '../../db/open';
import { verifySchema } from '../../db/schema-check';
import { type ChainBreak, verifyAuditChain, verifyAuditChainInSlices } from '../../shared/audit-log';
import { knownBackupFolders, listBackups } from '../backups/store';

// Is the audit trail as the app wrote it? The answer combines four checks, each catching what
// the others cannot (docs/architecture.md, "What tampering is detected"):
// - the schema: the append-only guards are there and no trigger was added;
// - the hash chain: no entry edited, removed from the middle or inserted;
// - the MAC under the audit key kept outside the file: no chain recomputed, no entry forged;
// - the anchors (the chain's head written beside the database and beside every backup): no
//   tail cut off, no log wiped or recomputed before the last backup.
// Run at start in the background (shown to administrators and auditors), on the audit screen's
// request, and by `qamqor doctor`.

export type IntegrityProblemKind =
  | 'schema'
  | 'chain'
  | 'mac'
  | 'anchor'
  | 'anchorForged'
  | 'anchorUnreadable';

export interface IntegrityProblem {
  kind: IntegrityProblemKind;
  /** The entry concerned, the object ("extra trigger x"), the anchor's time, or a count. */
  seq?: number;
  detail?: string;
  /** The same in plain English, for doctor and logs (the screens translate kind + fields). */
  text: string;
}

export interface IntegrityReport {
  ok: boolean;
  problems: IntegrityProblem[];
  checkedAt: string;
}

export interface IntegrityInputs {
  dbPath: string;
  migrationsFolder: string;
  key: Buffer | null;
  now: Date;
}

function anchorsOf(dbPath: string): { anchors: AuditAnchor[]; unreadable: number } {
  const beside = readAnchors(anchorFile(dbPath));
  const anchors = [...beside.anchors];
  let unreadable = beside.unreadable;
  for (const folder of knownBackupFolders(dbPath)) {
    let files: string[] = [];
    try {
      files = readdirSync(folder).filter((f) => f.endsWith('.anchor.json'));
    } catch {
      continue; // no such folder yet
    }
    for (const file of files) {
      const found = readAnchors(join(folder, file));
      anchors.push(...found.anchors);
      unreadable += found.unreadable;
    }
    // Each backup is itself an anchor: its own log ends at the head it was taken with.
    for (const backup of listBackups(folder).filter((b) => b.status === 'ok')) {
      const head = backupHead(join(folder, backup.file));
      if (head) anchors.push({ ...head, at: backup.at, why: `backup-file:${backup.file}` });
    }
  }
  return { anchors, unreadable };
}

/** The last audit entry a backup file holds (read-only; nothing of the file's SQL runs). */
function backupHead(file: string): { seq: number; hash: string } | null {
  let copy: Database.Database | undefined;
  try {
    copy = new Database(file, { readonly: true, fileMustExist: true });
    const has = copy.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = 'audit_log'").get();
    return has ? chainHead(copy) : null;
  } catch {
    return null; // a damaged or foreign file is the backups screen's business, not an anchor
  } finally {
    copy?.close();
  }
}

function describeBreak(b: ChainBreak): IntegrityProblem {
  return b.kind === 'hash'
    ? {
        kind: 'chain',
        seq: b.brokenAt,
        text: `audit chain broken at entry ${b.brokenAt}: edited, removed or inserted`,
      }
    : {
        kind: 'mac',
        seq: b.brokenAt,
        text: `audit MAC does not match at entry ${b.brokenAt}: written or recomputed without the audit key`,
      };
}

function report(sqlite: Sqlite, inputs: IntegrityInputs, chain: ChainBreak | null): IntegrityReport {
  const problems: IntegrityProblem[] = [];
  const schema = verifySchema(sqlite, inputs.migrationsFolder);
  if (!schema.ok)
    problems.push(
      ...schema.problems.map((p) => ({ kind: 'schema' as const, detail: p, text: `schema: ${p}` })),
    );
  if (chain) problems.push(describeBreak(chain));
  const { anchors, unreadable } = anchorsOf(inputs.dbPath);
  if (unreadable)
    problems.push({
      kind: 'anchorUnreadable',
      detail: String(unreadable),
      text: `${unreadable} anchor record(s) cannot be read`,
    });
  const { mismatched: bad, forged } = checkAnchors(sqlite, anchors, inputs.key);
  if (forged.length)
    problems.push({
      kind: 'anchorForged',
      detail: String(forged.length),
      text: `${forged.length} anchor record(s) are unsigned restore markers or carry a MAC that does not match the audit key`,
    });
  // One line per entry named, whatever number of anchors (the file and the backups) name it.
  const seen = new Set<number>();
  for (const a of bad.sort((x, y) => x.seq - y.seq)) {
    if (seen.has(a.seq)) continue;
    seen.add(a.seq);
    problems.push({
      kind: 'anchor',
      seq: a.seq,
      detail: a.at,
      text: `anchor of ${a.at} (${a.why}) names entry ${a.seq}, which the log no longer holds as it was`,
    });
  }
  return { ok: problems.length === 0, problems, checkedAt: inputs.now.toISOString() };
}

/** The whole check at once (doctor, the audit screen's "check now"). */
export function checkIntegrity(sqlite: Sqlite, inputs: IntegrityInputs): IntegrityReport {
  return report(sqlite, inputs, verifyAuditChain(drizzle(sqlite), inputs.key));
}

/** The same check walking the log in slices, so a long log does not hold up the app at start. */
export async function checkIntegrityInBackground(
  sqlite: Sqlite,
  inputs: IntegrityInputs,
): Promise<IntegrityReport> {
  const chain = await verifyAuditChainInSlices(drizzle(sqlite), inputs.key);
  return report(sqlite, inputs, chain);
}

// The latest report per open database host: made in the background at start, read by the home
// screen, renewed when the audit screen asks.
const latest = new WeakMap<object, IntegrityReport>();

export function rememberIntegrity(host: object, r: IntegrityReport): void {
  latest.set(host, r);
}

export function latestIntegrity(host: object): IntegrityReport | undefined {
  return latest.get(host);
}
