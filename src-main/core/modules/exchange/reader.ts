import {
  createDecipheriv,
  createHash,
  createPrivateKey,
  createPublicKey,
  diffieHellman,
  verify,
} from 'node:crypto';
import type { Readable } from 'node:stream';
import { Transform, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, type ZlibOptions } from 'node:zlib';
import yauzl from 'yauzl';
import { AppError } from '../../errors';
import {
  ENTRY_NAME,
  FORMAT,
  FORMAT_VERSION,
  type Manifest,
  type ManifestEntry,
  manifestSchema,
} from './format';
import { fingerprint } from './keys';
import { packageKey } from './writer';

// Opens a package and proves it before anything is written: a zip whose entries are exactly the
// allowed names, each once, stored (not deflated), within size limits; a manifest that parses and
// whose signature verifies against the district's registered key. The entries are then read one
// by one through the hash check, the decryption and gunzip, with the inflated size held to what
// the signed manifest declares (no zip bomb), line by line to the caller.

const MANIFEST_MAX = 2 * 1024 * 1024;
/** A ceiling on any entry, whatever the manifest says. */
const ENTRY_MAX = 8 * 1024 * 1024 * 1024;
/** No row is longer than this (a line without end would otherwise grow without bound). */
const LINE_MAX = 16 * 1024 * 1024;
const INFLATE_CHUNK = 256 * 1024;
const STAGE_BUFFER = 4 * 1024 * 1024;

const unreadable = (detail: string) => new AppError('PACKAGE_UNREADABLE', { params: { detail } });

/** A package's zip and its entries by name: what reading an entry's lines needs. */
export interface PackageEntries {
  entries: Map<string, yauzl.Entry>;
  zip: yauzl.ZipFile;
  close(): void;
}

export interface OpenPackage extends PackageEntries {
  manifest: Manifest;
  manifestBytes: Buffer;
  signature: Buffer;
}

function openZip(source: string | Buffer): Promise<yauzl.ZipFile> {
  const opts = { lazyEntries: true, autoClose: false, strictFileNames: true, validateEntrySizes: true };
  return new Promise((resolve, reject) => {
    const done = (err: Error | null, zip?: yauzl.ZipFile) =>
      err || !zip ? reject(unreadable(err?.message.slice(0, 120) ?? 'zip')) : resolve(zip);
    if (typeof source === 'string') yauzl.open(source, opts, done);
    else yauzl.fromBuffer(source, opts, done);
  });
}

function listEntries(zip: yauzl.ZipFile): Promise<Map<string, yauzl.Entry>> {
  return new Promise((resolve, reject) => {
    const out = new Map<string, yauzl.Entry>();
    zip.on('entry', (e: yauzl.Entry) => {
      if (!ENTRY_NAME.test(e.fileName))
        return reject(unreadable(`unexpected entry ${e.fileName.slice(0, 80)}`));
      if (out.has(e.fileName)) return reject(unreadable(`entry ${e.fileName} twice`));
      if (e.compressionMethod !== 0) return reject(unreadable(`entry ${e.fileName} is compressed`));
      if (e.uncompressedSize > ENTRY_MAX) return reject(unreadable(`entry ${e.fileName} too large`));
      if (out.size >= 300) return reject(unreadable('too many entries'));
      out.set(e.fileName, e);
      zip.readEntry();
    });
    zip.on('end', () => resolve(out));
    zip.on('error', (err: Error) => reject(unreadable(err.message.slice(0, 120))));
    zip.readEntry();
  });
}

function entryStream(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Readable> {
  return new Promise((resolve, reject) => {
    zip.openReadStream(entry, (err, stream) =>
      err || !stream ? reject(unreadable(err?.message.slice(0, 120) ?? 'entry')) : resolve(stream),
    );
  });
}

async function readSmall(zip: yauzl.ZipFile, entry: yauzl.Entry, max: number): Promise<Buffer> {
  if (entry.uncompressedSize > max) throw unreadable(`${entry.fileName} too large`);
  const chunks: Buffer[] = [];
  let size = 0;
  const stream = await entryStream(zip, entry);
  for await (const c of stream) {
    size += (c as Buffer).length;
    if (size > max) throw unreadable(`${entry.fileName} too large`);
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Opens a package's zip for reading entries checked against a manifest already verified (the
 * worker that reads a large package: package-reader.ts). The entries are listed under the same
 * rules as `openPackage`'s.
 */
export async function openEntries(source: string | Buffer): Promise<PackageEntries> {
  const zip = await openZip(source);
  try {
    return { entries: await listEntries(zip), zip, close: () => zip.close() };
  } catch (err) {
    zip.close();
    throw err;
  }
}

/** Opens and checks a package's structure and manifest; the signature is checked by `verifySigner`. */
export async function openPackage(source: string | Buffer): Promise<OpenPackage> {
  const zip = await openZip(source);
  try {
    const entries = await listEntries(zip);
    const m = entries.get('manifest.json');
    const s = entries.get('manifest.sig');
    if (!m || !s) throw unreadable('no manifest');
    const manifestBytes = await readSmall(zip, m, MANIFEST_MAX);
    const signature = Buffer.from((await readSmall(zip, s, 1024)).toString('utf8').trim(), 'base64');
    let parsed: unknown;
    try {
      parsed = JSON.parse(manifestBytes.toString('utf8'));
    } catch {
      throw unreadable('manifest is not JSON');
    }
    const r = manifestSchema.safeParse(parsed);
    if (!r.success) throw unreadable(`manifest: ${r.error.issues[0]?.path.join('.') ?? ''}`);
    const manifest = r.data;
    if (manifest.format !== FORMAT || manifest.formatVersion > FORMAT_VERSION)
      throw new AppError('PACKAGE_NEWER', {
        params: { version: `format ${manifest.formatVersion}`, ours: `format ${FORMAT_VERSION}` },
      });
    // Every entry the manifest names is there, and nothing else but the manifest and signature.
    const named = new Set(manifest.entries.map((e) => e.name));
    if (named.size !== manifest.entries.length) throw unreadable('manifest names an entry twice');
    for (const e of manifest.entries) {
      const z = entries.get(e.name);
      if (!z) throw unreadable(`missing ${e.name}`);
    }
    for (const name of entries.keys())
      if (!named.has(name) && name !== 'manifest.json' && name !== 'manifest.sig')
        throw unreadable(`unexpected entry ${name}`);
    return { manifest, manifestBytes, signature, entries, zip, close: () => zip.close() };
  } catch (err) {
    zip.close();
    throw err;
  }
}

/** The signature over the manifest's exact bytes, by the district's registered Ed25519 key. */
export function verifySigner(p: OpenPackage, signingKeyPem: string): void {
  let ok = false;
  try {
    ok = verify(null, p.manifestBytes, createPublicKey(signingKeyPem), p.signature);
  } catch {
    ok = false;
  }
  if (!ok) throw new AppError('PACKAGE_SIGNATURE');
}

/** The AES key of an encrypted package, from the oblast's X25519 private key (PEM or object). */
export function decryptionKey(p: OpenPackage, privateKeyPem: string): Buffer | null {
  const enc = p.manifest.encryption;
  if (!enc) return null;
  const ours = fingerprint(
    createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'pem' }) as string,
  );
  if (enc.recipient !== ours)
    throw new AppError('PACKAGE_WRONG_KEY', { params: { recipient: enc.recipient, ours } });
  const shared = diffieHellman({
    privateKey: createPrivateKey(privateKeyPem),
    publicKey: createPublicKey(enc.ephemeralKey),
  });
  return packageKey(shared, Buffer.from(enc.salt, 'base64'));
}

/**
 * Streams one entry's lines to `onLine` (each a parsed JSON array of the entry's width), after
 * checking the stored bytes' hash and size against the manifest, the GCM tag, and the inflated
 * size against the declared one. Throws PACKAGE_TAMPERED or PACKAGE_UNREADABLE; the caller's
 * transaction then rolls back.
 */
export async function readEntryLines(
  p: Pick<PackageEntries, 'entries' | 'zip'>,
  e: ManifestEntry,
  key: Buffer | null,
  onLine: (values: unknown[], line: number) => void,
): Promise<void> {
  const z = p.entries.get(e.name);
  if (!z) throw unreadable(`missing ${e.name}`);
  if (z.uncompressedSize !== e.bytes) throw new AppError('PACKAGE_TAMPERED', { params: { entry: e.name } });
  const hash = createHash('sha256');
  const tap = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      done(null, chunk);
    },
  });
  const encrypted = e.name.endsWith('.enc');
  if (encrypted !== !!key || (encrypted && (!e.iv || !e.tag))) throw unreadable(`${e.name}: encryption`);
  const stages: (Transform | Readable)[] = [await entryStream(p.zip, z), tap];
  if (key && e.iv && e.tag) {
    const d = createDecipheriv('aes-256-gcm', key, Buffer.from(e.iv, 'base64'));
    d.setAuthTag(Buffer.from(e.tag, 'base64'));
    stages.push(d);
  }
  // Inflating runs on the thread pool: with room for a few MiB of output it works ahead while
  // the caller writes rows, instead of the two taking turns 16 KiB at a time.
  stages.push(createGunzip({ chunkSize: INFLATE_CHUNK, highWaterMark: STAGE_BUFFER } as ZlibOptions));
  let inflated = 0;
  // Bytes after the last line end seen, waiting for the rest of their line. Lines are cut at the
  // newline byte and only whole lines are decoded (a newline never occurs inside a character's
  // UTF-8 bytes), in one call per chunk: a StringDecoder took twice as long on Cyrillic text.
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 0;
  const width = e.columns.length;
  const take = (text: string) => {
    line++;
    if (text === '') return;
    let values: unknown;
    try {
      values = JSON.parse(text);
    } catch {
      throw unreadable(`${e.name} line ${line}`);
    }
    if (!Array.isArray(values) || values.length !== width) throw unreadable(`${e.name} line ${line}`);
    for (const v of values)
      if (v !== null && typeof v !== 'string' && typeof v !== 'number')
        throw unreadable(`${e.name} line ${line}`);
    onLine(values, line);
  };
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      inflated += chunk.length;
      if (inflated > e.plainBytes) return done(unreadable(`${e.name} inflates past its size`));
      try {
        const end = chunk.lastIndexOf(10);
        if (end < 0) {
          pending.push(chunk);
          pendingBytes += chunk.length;
        } else {
          const whole = pending.length
            ? Buffer.concat([...pending, chunk.subarray(0, end)])
            : chunk.subarray(0, end);
          pending = end + 1 < chunk.length ? [chunk.subarray(end + 1)] : [];
          pendingBytes = chunk.length - end - 1;
          for (const l of whole.toString('utf8').split('\n')) take(l);
        }
        if (pendingBytes > LINE_MAX) throw unreadable(`${e.name} line ${line + 1} too long`);
        done();
      } catch (err) {
        done(err as Error);
      }
    },
    final(done) {
      try {
        if (pendingBytes) take(Buffer.concat(pending).toString('utf8'));
        done();
      } catch (err) {
        done(err as Error);
      }
    },
  });
  let digest: string | null = null;
  const hashed = () => {
    digest ??= hash.digest('hex');
    return digest;
  };
  try {
    await pipeline([...stages, sink] as unknown as [Readable, Writable]);
  } catch (err) {
    if (err instanceof AppError) throw err;
    // A GCM tag or gzip failure over bytes whose hash differs: altered on the way.
    if (hashed() !== e.sha256) throw new AppError('PACKAGE_TAMPERED', { params: { entry: e.name } });
    throw unreadable(`${e.name}: ${(err as Error).message.slice(0, 80)}`);
  }
  if (hashed() !== e.sha256) throw new AppError('PACKAGE_TAMPERED', { params: { entry: e.name } });
  if (inflated !== e.plainBytes) throw unreadable(`${e.name} size`);
}

/** Every entry's stored bytes against the signed manifest's hash and size, before anything is read. */
export async function verifyEntries(p: OpenPackage): Promise<void> {
  for (const e of p.manifest.entries) {
    const z = p.entries.get(e.name);
    if (!z || z.uncompressedSize !== e.bytes)
      throw new AppError('PACKAGE_TAMPERED', { params: { entry: e.name } });
    const hash = createHash('sha256');
    await pipeline(await entryStream(p.zip, z), hash);
    if (hash.digest('hex') !== e.sha256)
      throw new AppError('PACKAGE_TAMPERED', { params: { entry: e.name } });
  }
}
