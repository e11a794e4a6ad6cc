import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
} from 'node:crypto';
import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

// The install's keys, kept beside the database file but never in it (like the audit key), readable
// by the OS user alone: an Ed25519 key that signs every package this install exports, and, at an
// oblast's consolidation database, an X25519 key the districts encrypt their packages to. Only
// node:crypto; no primitive written here.

export const signingKeyFile = (dbPath: string) => `${dbPath}.signing-key`;
export const exchangeKeyFile = (dbPath: string) => `${dbPath}.exchange-key`;

/** Reads the private key file, or makes one (owner-only, never overwriting a racing writer's). */
function keyFile(file: string, kind: 'ed25519' | 'x25519'): KeyObject {
  try {
    return createPrivateKey(readFileSync(file, 'utf8'));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new Error(`the key file ${file} is damaged`);
  }
  const pair = kind === 'ed25519' ? generateKeyPairSync('ed25519') : generateKeyPairSync('x25519');
  const pem = pair.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
  try {
    const fd = openSync(file, 'wx', 0o600);
    try {
      writeSync(fd, pem);
    } finally {
      closeSync(fd);
    }
    return pair.privateKey;
  } catch {
    return createPrivateKey(readFileSync(file, 'utf8'));
  }
}

export const signingKey = (dbPath: string) => keyFile(signingKeyFile(dbPath), 'ed25519');
export const exchangeKey = (dbPath: string) => keyFile(exchangeKeyFile(dbPath), 'x25519');

/** A public key as PEM (SPKI), as written to files and stored for the other side. */
export const publicPem = (key: KeyObject) =>
  createPublicKey(key).export({ type: 'spki', format: 'pem' }) as string;

/** SHA-256 of the public key's DER, in groups of four hex digits: what people compare by phone. */
export function fingerprint(publicKeyPem: string): string {
  const der = createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' });
  const hex = createHash('sha256').update(der).digest('hex');
  return (hex.slice(0, 32).match(/.{4}/g) ?? []).join(' ');
}

/** The kind of a public key file's key ('ed25519' a district's signing key, 'x25519' an oblast's). */
export function publicKeyKind(pem: string): 'ed25519' | 'x25519' | null {
  try {
    const t = createPublicKey(pem).asymmetricKeyType;
    return t === 'ed25519' || t === 'x25519' ? t : null;
  } catch {
    return null;
  }
}
