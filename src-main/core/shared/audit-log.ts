import { createHash } from 'node:crypto';
import { desc } from 'drizzle-orm';
import type { Door } from '../api/roles';
import type { Db } from '../db/database';
import { auditLog } from '../db/schema/audit';

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

/** Appends one entry; must run inside the write's transaction so both land or neither does. */
export function appendAudit(db: Db, record: AuditRecord): void {
  const last = db.select({ hash: auditLog.hash }).from(auditLog).orderBy(desc(auditLog.seq)).limit(1).get();
  const prevHash = last?.hash ?? GENESIS_HASH;
  db.insert(auditLog)
    .values({ ...record, prevHash, hash: auditHash(prevHash, record) })
    .run();
}

/** First entry whose stored hashes do not match its content, or null when the chain holds. */
export function verifyAuditChain(db: Db): { brokenAt: number } | null {
  let prev = GENESIS_HASH;
  for (const row of db.select().from(auditLog).orderBy(auditLog.seq).all()) {
    const { seq, prevHash, hash, ...rest } = row;
    if (prevHash !== prev || auditHash(prev, rest as AuditRecord) !== hash) return { brokenAt: seq };
    prev = hash;
  }
  return null;
}
