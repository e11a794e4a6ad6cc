import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

// The audit key: 32 random bytes made at the first start, kept beside the database file but
// never in it. Every audit entry carries an HMAC of its chain hash under this key, so someone
// who edits the log and recomputes the (public) hash chain with the sqlite3 CLI cannot make
// the MACs match without also taking the key. Where the OS can protect it better (Electron's
// safeStorage, tied to the Windows user), the desktop door passes its own source instead.

export type AuditKeySource = () => Buffer;

export const auditKeyFile = (dbPath: string) => `${dbPath}.audit-key`;

/** The key file beside the database: read it, or create it (owner-only) at the first start. */
export function fileAuditKey(dbPath: string): AuditKeySource {
  let key: Buffer | null = null;
  return () => {
    if (key) return key;
    const file = auditKeyFile(dbPath);
    try {
      key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
    } catch {
      const fresh = randomBytes(32);
      try {
        // 'wx': never overwrite a key another process has just written.
        const fd = openSync(file, 'wx', 0o600);
        try {
          writeSync(fd, fresh.toString('base64'));
        } finally {
          closeSync(fd);
        }
        key = fresh;
      } catch {
        key = Buffer.from(readFileSync(file, 'utf8').trim(), 'base64');
      }
    }
    if (key.length < 32) throw new Error('the audit key file is damaged');
    return key;
  };
}

/** The key file's key when there is one, without making it (doctor reads, never writes). */
export function existingAuditKey(dbPath: string): Buffer | null {
  try {
    const key = Buffer.from(readFileSync(auditKeyFile(dbPath), 'utf8').trim(), 'base64');
    return key.length >= 32 ? key : null;
  } catch {
    return null;
  }
}
