import { z } from 'zod';

// The package's format, version 1: a zip (stored, not deflated) holding
//   manifest.json            what the package is (below), signed by
//   manifest.sig             the district's Ed25519 signature over manifest.json's bytes
//   data/<table>.ndjson.gz   the table's changed rows, one JSON array per line (columns in the
//                            manifest), gzip; with encryption, then AES-256-GCM (…gz.enc)
//   tombstones.ndjson.gz     rows deleted since: [table, id, change number]
//   audit.ndjson.gz          the audit chain's links since the last acknowledged package:
//                            [seq, prev_hash, hash] (no contents), so the oblast can see the
//                            chain continues the one it holds
// Every entry's SHA-256 (of the bytes as stored) is in the manifest, which the signature covers.

export const FORMAT = 'qamqor-package';
export const FORMAT_VERSION = 1;
export const PACKAGE_EXTENSION = '.qamqor';
export const ENCRYPTION_ALG = 'x25519-hkdf-sha256-aes-256-gcm';

/** The only entry names a package may hold. */
export const ENTRY_NAME =
  /^(manifest\.json|manifest\.sig|tombstones\.ndjson\.gz(\.enc)?|audit\.ndjson\.gz(\.enc)?|data\/[a-z][a-z0-9_]{0,62}\.ndjson\.gz(\.enc)?)$/;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const b64 = z
  .string()
  .regex(/^[A-Za-z0-9+/]+={0,2}$/)
  .max(200);

export const entrySchema = z.object({
  name: z.string().regex(ENTRY_NAME),
  kind: z.enum(['table', 'tombstones', 'audit']),
  table: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,62}$/)
    .nullable(),
  columns: z.array(z.string().regex(/^[a-z][a-z0-9_]{0,62}$/)).max(200),
  rows: z.number().int().min(0),
  /** Bytes as stored in the zip, and their SHA-256. */
  bytes: z.number().int().min(0),
  sha256: hex64,
  /** Bytes of the NDJSON before gzip (a ceiling while inflating: no zip bomb). */
  plainBytes: z.number().int().min(0),
  iv: b64.optional(),
  tag: b64.optional(),
});

export const manifestSchema = z.object({
  format: z.literal(FORMAT),
  formatVersion: z.number().int(),
  installId: z.string().regex(/^[0-9a-f]{32}$/),
  districtKato: z.string().regex(/^\d{9}$/),
  appVersion: z.string().max(40),
  schemaVersion: z.number().int().min(1),
  createdAt: z.string().max(40),
  full: z.boolean(),
  /** Rows with change numbers after seqFrom and up to seqTo. */
  seqFrom: z.number().int().min(0),
  seqTo: z.number().int().min(0),
  audit: z.object({
    fromSeq: z.number().int().min(0),
    seq: z.number().int().min(0),
    hash: z.string().max(128),
  }),
  minimisation: z.object({
    excludeTables: z.array(z.string().max(63)).max(200),
    excludeFields: z.array(z.string().max(63)).max(200),
  }),
  encryption: z
    .object({
      alg: z.literal(ENCRYPTION_ALG),
      recipient: z.string().max(64),
      ephemeralKey: z.string().max(400),
      salt: b64,
    })
    .nullable(),
  signer: z.string().max(64),
  entries: z.array(entrySchema).max(300),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestEntry = z.infer<typeof entrySchema>;

/** `qamqor-196000000-1201-3400-20261129T101500Z.qamqor` */
export function packageFileName(kato: string, seqFrom: number, seqTo: number, at: Date): string {
  const utc = at
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  return `qamqor-${kato}-${seqFrom + 1}-${seqTo}-${utc}${PACKAGE_EXTENSION}`;
}

/** The district's key file, for the oblast to register (`qamqor trust`). */
export const districtKeyFile = z.object({
  kind: z.literal('qamqor-district-key'),
  installId: z.string().regex(/^[0-9a-f]{32}$/),
  districtKato: z.string().regex(/^\d{9}$/),
  signingKey: z.string().max(400),
});

/** The oblast's key file, for a district to set (`qamqor trust` there). */
export const oblastKeyFile = z.object({
  kind: z.literal('qamqor-oblast-key'),
  encryptionKey: z.string().max(400),
  signingKey: z.string().max(400),
});

/** The oblast's receipt of a package, signed with its signing key. */
export const receiptSchema = z.object({
  kind: z.literal('qamqor-receipt'),
  installId: z.string().regex(/^[0-9a-f]{32}$/),
  seqTo: z.number().int().min(0),
  auditSeq: z.number().int().min(0),
  auditHash: z.string().max(128),
  packageSha256: hex64,
  importedAt: z.string().max(40),
});
export const signedReceipt = z.object({ receipt: z.string().max(4000), signature: b64.max(200) });
