import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

// The exchange's own bookkeeping, never exported: the packages this install made (and whether the
// oblast acknowledged them), the districts an oblast trusts and what it took from each, and the
// rows deleted since (tombstones, exported like any change).

/** A package this install exported: its change range, and the acknowledgement when it came. */
export const exchangeExports = sqliteTable('exchange_exports', {
  id: text('id').primaryKey(),
  fileName: text('file_name').notNull(),
  seqFrom: integer('seq_from').notNull(),
  seqTo: integer('seq_to').notNull(),
  full: integer('full', { mode: 'boolean' }).notNull(),
  encrypted: integer('encrypted', { mode: 'boolean' }).notNull(),
  rows: integer('rows').notNull(),
  sha256: text('sha256').notNull(),
  auditSeq: integer('audit_seq').notNull(),
  auditHash: text('audit_hash').notNull(),
  createdAt: text('created_at').notNull(),
  createdBy: text('created_by').notNull(),
  /** The oblast's receipt imported back, or an administrator's "mark as delivered". */
  acknowledgedAt: text('acknowledged_at'),
  acknowledgedBy: text('acknowledged_by'),
});

/** At an oblast: a district install whose signing key is trusted, and what it has sent so far. */
export const exchangeDistricts = sqliteTable('exchange_districts', {
  installId: text('install_id').primaryKey(),
  districtKato: text('district_kato').notNull(),
  signingKey: text('signing_key').notNull(),
  fingerprint: text('fingerprint').notNull(),
  registeredAt: text('registered_at').notNull(),
  /** The highest change number imported (packages must continue from here without a gap). */
  seqTo: integer('seq_to').notNull().default(0),
  auditSeq: integer('audit_seq').notNull().default(0),
  auditHash: text('audit_hash'),
  lastPackageAt: text('last_package_at'),
  lastPackageFile: text('last_package_file'),
  /** Set when a package's audit chain does not extend the one received before. */
  flaggedAt: text('flagged_at'),
  flagReason: text('flag_reason'),
});

/** At an oblast: each package imported (or re-imported), with what it did. */
export const exchangeImports = sqliteTable(
  'exchange_imports',
  {
    id: text('id').primaryKey(),
    installId: text('install_id').notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    seqFrom: integer('seq_from').notNull(),
    seqTo: integer('seq_to').notNull(),
    inserted: integer('inserted').notNull(),
    updated: integer('updated').notNull(),
    unchanged: integer('unchanged').notNull(),
    keptNewer: integer('kept_newer').notNull(),
    deleted: integer('deleted').notNull(),
    importedAt: text('imported_at').notNull(),
  },
  (t) => [index('exchange_imports_install_idx').on(t.installId, t.importedAt)],
);

/** A row deleted from an exported table (written by triggers), so the next package carries it. */
export const tombstones = sqliteTable(
  'tombstones',
  {
    seq: integer('seq').primaryKey({ autoIncrement: true }),
    tableName: text('table_name').notNull(),
    rowId: text('row_id').notNull(),
    changeSeq: integer('change_seq').notNull(),
    deletedAt: text('deleted_at').notNull(),
  },
  (t) => [index('tombstones_seq_idx').on(t.changeSeq)],
);
