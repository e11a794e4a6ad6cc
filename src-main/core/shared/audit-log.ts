import { createHash, createHmac, timingSafeEqual } from 'node:crypto';
import { desc, gt } from 'drizzle-orm';
import type { Door } from '../api/roles';
import type { Db } from '../db/database';
import { auditLog } from '../db/schema/audit';
import { insertRows } from './insert-rows';

export interface AuditRecord {
  at: string;
  actorId: string | null;
  actorLogin: string;
  door: Door;
  procedure: string;
  entity: string | null;
  entityId: string | null;
  action: string;
  changes: string | null;
  subjectId: string | null;
}

export const GENESIS_HASH = '0'.repeat(64);

/** The hash that links one entry to the previous one; any edit to either breaks the chain. */
export function auditHash(prevHash: string, r: AuditRecord): string {
  const fields: unknown[] = [
    prevHash,
    r.at,
    r.actorId,
    r.actorLogin,
    r.door,
    r.procedure,
    r.entity,
    r.entityId,
    r.action,
    r.changes,
  ];
  // The subject column came later: entries without one hash exactly as they always did, so
  // chains written by earlier versions still verify.
  if (r.subjectId !== null) fields.push(r.subjectId);
  const canonical = JSON.stringify(fields);
  return createHash('sha256').update(canonical).digest('hex');
}

/** The entry's MAC: HMAC-SHA-256 of its chain hash under the install's audit key. */
export function auditMac(key: Buffer, hash: string): string {
  return createHmac('sha256', key).update(hash).digest('hex');
}

/** Appends one entry; must run inside the write's transaction so both land or neither does. */
export function appendAudit(db: Db, record: AuditRecord, key?: Buffer | null): void {
  appendAuditEntries(db, [record], key);
}

/**
 * Appends entries in order: the chain's last hash is read once and each entry links to the one
 * before it, then they are inserted a batch per statement (an import of thousands of rows would
 * otherwise read and prepare once per entry).
 */
export function appendAuditEntries(db: Db, records: readonly AuditRecord[], key?: Buffer | null): void {
  if (records.length === 0) return;
  const last = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = records.map((record) => {
    const hash = auditHash(prevHash, record);
    const row = { ...record, prevHash, hash, mac: key ? auditMac(key, hash) : null };
    prevHash = hash;
    return row;
  });
  // One prepared statement for all of them (an import writes a hundred thousand entries).
  insertRows(db.$client, auditLog, rows);
}

export interface ChainBreak {
  brokenAt: number;
  /** 'hash': the entry's content or link does not match; 'mac': its MAC does not (or is missing). */
  kind: 'hash' | 'mac';
}

type AuditRow = typeof auditLog.$inferSelect;

/**
 * Walks the log in order and says where it first stops holding: an entry whose content or link
 * does not match its hash, or (with the key) whose MAC does not match. Once an entry has a MAC
 * every later one must have a valid one: removing MACs from the end is as visible as forging.
 * Fed row by row, so a long log can be checked in slices without blocking the process.
 */
export function chainVerifier(key?: Buffer | null) {
  let prev = GENESIS_HASH;
  let macsBegun = false;
  return (row: AuditRow): ChainBreak | null => {
    const { seq, prevHash, hash, mac, ...rest } = row;
    if (prevHash !== prev || auditHash(prev, rest as AuditRecord) !== hash)
      return { brokenAt: seq, kind: 'hash' };
    if (key) {
      if (mac) {
        macsBegun = true;
        const want = Buffer.from(auditMac(key, hash), 'hex');
        const got = Buffer.from(mac, 'hex');
        if (got.length !== want.length || !timingSafeEqual(got, want)) return { brokenAt: seq, kind: 'mac' };
      } else if (macsBegun) {
        return { brokenAt: seq, kind: 'mac' };
      }
    }
    prev = hash;
    return null;
  };
}

/** First entry where the chain (and, with the key, the MAC) does not hold, or null. */
export function verifyAuditChain(db: Db, key?: Buffer | null): ChainBreak | null {
  const feed = chainVerifier(key);
  for (const row of db.select().from(auditLog).orderBy(auditLog.seq).all()) {
    const broken = feed(row);
    if (broken) return broken;
  }
  return null;
}

/** The same walk in slices of `slice` entries, yielding between them (the startup check). */
export async function verifyAuditChainInSlices(
  db: Db,
  key: Buffer | null,
  slice = 5000,
): Promise<ChainBreak | null> {
  const feed = chainVerifier(key);
  let after = 0;
  for (;;) {
    const rows = db
      .select()
      .from(auditLog)
      .where(gt(auditLog.seq, after))
      .orderBy(auditLog.seq)
      .limit(slice)
      .all();
    for (const row of rows) {
      const broken = feed(row);
      if (broken) return broken;
    }
    if (rows.length < slice) return null;
    after = rows[rows.length - 1]!.seq;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
