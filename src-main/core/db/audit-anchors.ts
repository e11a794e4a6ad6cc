import { createHmac, timingSafeEqual } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Sqlite } from './open';

// The audit chain's head (its last sequence number and hash), written outside the database
// file: appended to an anchor file beside the database and written beside each backup, every
// time a backup is made (at start, on schedule, on quit, by hand). Whoever rewrites the log in
// the file (deletes its tail, wipes it, recomputes the chain after an edit) must also find and
// rewrite every anchor made after the entries they touched, or the check names the mismatch.
//
// A restore legitimately goes back to an older state: the anchor file then gets a restore
// marker (the restored head), and anchors written before it for entries past that head belong
// to the abandoned history. Lines carry an HMAC under the audit key, so a marker (or an anchor)
// cannot be forged without the key.

export interface AuditAnchor {
  seq: number;
  hash: string;
  /** When the anchor was written (ISO). */
  at: string;
  /** What wrote it: 'backup:start', 'backup:manual', 'restore', … */
  why: string;
  /** A restore marker: the database went back to this head. */
  restore?: boolean;
  mac?: string;
}

export const anchorFile = (dbPath: string) => `${dbPath}.audit-anchors`;
export const backupAnchorFile = (backupPath: string) => `${backupPath}.anchor.json`;

const macOf = (key: Buffer, a: AuditAnchor) =>
  createHmac('sha256', key)
    .update(`${a.seq}|${a.hash}|${a.at}|${a.why}|${a.restore ? 1 : 0}`)
    .digest('hex');

/** The chain's head in this database, or null when the log is empty (a new install). */
export function chainHead(sqlite: Sqlite): { seq: number; hash: string } | null {
  const row = sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  return row ?? null;
}

function line(anchor: AuditAnchor, key: Buffer | null): string {
  const a: AuditAnchor = { seq: anchor.seq, hash: anchor.hash, at: anchor.at, why: anchor.why };
  if (anchor.restore) a.restore = true;
  if (key) a.mac = macOf(key, a);
  return `${JSON.stringify(a)}\n`;
}

/** Records the head beside the database and (when given) beside a backup just written. */
export function writeAnchor(
  dbPath: string,
  anchor: AuditAnchor,
  key: Buffer | null,
  backupPath?: string,
): void {
  const text = line(anchor, key);
  appendFileSync(anchorFile(dbPath), text, { mode: 0o600 });
  if (backupPath) writeFileSync(backupAnchorFile(backupPath), text, { mode: 0o600 });
}

/** Every anchor a file holds; a line that does not parse is itself reported as a problem. */
export function readAnchors(file: string): { anchors: AuditAnchor[]; unreadable: number } {
  if (!existsSync(file)) return { anchors: [], unreadable: 0 };
  const anchors: AuditAnchor[] = [];
  let unreadable = 0;
  for (const text of readFileSync(file, 'utf8').split('\n')) {
    if (!text.trim()) continue;
    try {
      const a = JSON.parse(text) as AuditAnchor;
      if (Number.isInteger(a.seq) && /^[0-9a-f]{64}$/.test(a.hash) && typeof a.at === 'string')
        anchors.push(a);
      else unreadable++;
    } catch {
      unreadable++;
    }
  }
  return { anchors, unreadable };
}

export interface AnchorFindings {
  /** Anchors the log disagrees with: the entry is gone, or its hash differs. */
  mismatched: AuditAnchor[];
  /** Lines whose MAC does not verify under the key (forged or edited anchor records). */
  forged: AuditAnchor[];
}

/**
 * Compares the log with every anchor, after setting aside the anchors of histories a (genuine,
 * MAC-verified) restore abandoned: written before the restore, for an entry past its head.
 */
export function checkAnchors(
  sqlite: Sqlite,
  anchors: readonly AuditAnchor[],
  key: Buffer | null,
): AnchorFindings {
  // A restore marker sets anchors aside, so with the key it must carry a valid MAC. A plain
  // anchor can only add to what is checked, so an unsigned one (a backup's own head, written
  // before keys existed) counts; a signed one whose MAC fails is reported. Without the key
  // (doctor where the key file is not readable) lines are taken at their word.
  const verified = (a: AuditAnchor) => {
    if (!key) return true;
    if (!a.mac) return !a.restore;
    const want = Buffer.from(macOf(key, a), 'hex');
    const got = Buffer.from(a.mac, 'hex');
    return got.length === want.length && timingSafeEqual(got, want);
  };
  const forged = anchors.filter((a) => !verified(a));
  const trusted = anchors.filter((a) => !forged.includes(a));
  const restores = trusted.filter((a) => a.restore);
  // Written no later than the restore (the pre-restore copy's anchor shares its instant).
  const live = trusted.filter((a) => a.restore || !restores.some((r) => r.at >= a.at && a.seq > r.seq));
  const at = sqlite.prepare('SELECT hash FROM audit_log WHERE seq = ?').pluck();
  const mismatched = live.filter((a) => at.get(a.seq) !== a.hash);
  return { mismatched, forged };
}
