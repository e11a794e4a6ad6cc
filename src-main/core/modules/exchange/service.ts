import { createPublicKey, randomUUID, verify } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Output, ParsedInput } from '../../api/contract';
import { localToday } from '../../clock';
import { buildDeferredIndexes } from '../../db/deferred-indexes';
import { isConsolidation, relaxUniqueIndexes } from '../../db/schema-check';
import { dayDiff } from '../../domain/calendar';
import { AppError } from '../../errors';
import { requireActor, type ServiceContext } from '../../shared/context';
import { exchangePolicy, readSetting, writeSetting } from '../settings/policies';
import { districtKeyFile, oblastKeyFile, receiptSchema, signedReceipt } from './format';
import { importPackage } from './importer';
import { exchangeKey, fingerprint, publicKeyKind, publicPem, signingKey } from './keys';
import { exportedTables } from './tables';
import { writePackage } from './writer';

// The exchange's use cases behind every door: status, export (the next package, or a full one),
// acknowledgement (receipt or "delivered"), the minimisation setting, keys and trust, import at
// the oblast, and the consolidated views.

export const APP_VERSION = '0.1.0';

type ExportRow = {
  id: string;
  file_name: string;
  seq_from: number;
  seq_to: number;
  rows: number;
  full: number;
  encrypted: number;
  created_at: string;
  acknowledged_at: string | null;
  audit_seq: number;
};

const exportView = (r: ExportRow) => ({
  id: r.id,
  fileName: r.file_name,
  seqFrom: r.seq_from,
  seqTo: r.seq_to,
  rows: r.rows,
  full: !!r.full,
  encrypted: !!r.encrypted,
  createdAt: r.created_at,
  acknowledgedAt: r.acknowledged_at,
});

export function installId(ctx: Pick<ServiceContext, 'db'>): string {
  const id = readSetting(ctx.db, 'install.id');
  if (!id) throw new Error('install id missing (migration 0027)');
  return id;
}

export const modeOf = (ctx: Pick<ServiceContext, 'sqlite'>) =>
  isConsolidation(ctx.sqlite) ? ('consolidation' as const) : ('district' as const);

const districtKato = (ctx: Pick<ServiceContext, 'db'>) =>
  readSetting(ctx.db, 'office.districtKato') ?? '000000000';

/** The export folder: the setting, or `exports` beside the database. */
export function exportFolder(ctx: Pick<ServiceContext, 'db' | 'host'>): string {
  return exchangePolicy(ctx.db).folder || join(dirname(ctx.host.path), 'exports');
}

function lastAcknowledged(ctx: ServiceContext): ExportRow | undefined {
  return ctx.sqlite
    .prepare('SELECT * FROM exchange_exports WHERE acknowledged_at IS NOT NULL ORDER BY seq_to DESC LIMIT 1')
    .get() as ExportRow | undefined;
}

export function status(ctx: ServiceContext): Output<'exchange.status'> {
  const policy = exchangePolicy(ctx.db);
  const exports = ctx.sqlite
    .prepare('SELECT * FROM exchange_exports ORDER BY created_at DESC LIMIT 20')
    .all() as ExportRow[];
  const now =
    (ctx.sqlite.prepare("SELECT value FROM sequences WHERE name = 'change'").pluck().get() as number) ?? 0;
  const acked = lastAcknowledged(ctx)?.seq_to ?? 0;
  const last = exports[0];
  return {
    mode: modeOf(ctx),
    installId: installId(ctx),
    districtKato: districtKato(ctx),
    fingerprint: fingerprint(publicPem(signingKey(ctx.host.path))),
    oblastFingerprint: readSetting(ctx.db, 'exchange.oblast')?.fingerprint ?? null,
    policy,
    folder: exportFolder(ctx),
    exports: exports.map(exportView),
    pending: Math.max(0, now - acked),
    daysSinceExport: last ? dayDiff(last.created_at.slice(0, 10), localToday(ctx.clock)) : null,
    tables: exportedTables(ctx.sqlite, { excludeTables: [], excludeFields: [] }).map((t) => ({
      name: t.name,
      columns: t.columns,
    })),
  };
}

async function exportInto(ctx: ServiceContext, full: boolean, outDir: string) {
  const actor = requireActor(ctx);
  if (modeOf(ctx) === 'consolidation') throw new AppError('EXCHANGE_CONSOLIDATION');
  mkdirSync(outDir, { recursive: true });
  const base = full ? undefined : lastAcknowledged(ctx);
  const oblast = readSetting(ctx.db, 'exchange.oblast');
  const written = await writePackage({
    dbPath: ctx.host.path,
    outDir,
    signingKey: signingKey(ctx.host.path),
    signer: fingerprint(publicPem(signingKey(ctx.host.path))),
    recipient: oblast ? { key: oblast.encryptionKey, fingerprint: oblast.fingerprint } : null,
    installId: installId(ctx),
    districtKato: districtKato(ctx),
    appVersion: APP_VERSION,
    seqFrom: base?.seq_to ?? 0,
    full: full || !base,
    auditFrom: base?.audit_seq ?? 0,
    policy: exchangePolicy(ctx.db),
    now: ctx.clock.now(),
  });
  const m = written.manifest;
  const row: ExportRow = {
    id: randomUUID(),
    file_name: written.fileName,
    seq_from: m.seqFrom,
    seq_to: m.seqTo,
    rows: written.rows,
    full: m.full ? 1 : 0,
    encrypted: m.encryption ? 1 : 0,
    created_at: ctx.clock.now().toISOString(),
    acknowledged_at: null,
    audit_seq: m.audit.seq,
  };
  ctx.sqlite
    .prepare(
      `INSERT INTO exchange_exports (id, file_name, seq_from, seq_to, full, encrypted, rows, sha256, audit_seq,
         audit_hash, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(
      row.id,
      row.file_name,
      row.seq_from,
      row.seq_to,
      row.full,
      row.encrypted,
      row.rows,
      written.sha256,
      m.audit.seq,
      m.audit.hash,
      row.created_at,
      actor.userId,
    );
  ctx.audit({
    entity: 'exchange_export',
    entityId: row.id,
    action: 'export',
    changes: {
      fileName: [null, row.file_name],
      seqFrom: [null, row.seq_from],
      seqTo: [null, row.seq_to],
      rows: [null, row.rows],
      encrypted: [null, !!row.encrypted],
    },
  });
  return { ...exportView(row), path: written.path, warning: m.encryption ? null : ('unencrypted' as const) };
}

export const exportPackage = (ctx: ServiceContext, input: ParsedInput<'exchange.export'>) =>
  exportInto(ctx, input.full, exportFolder(ctx));

export const exportTo = (ctx: ServiceContext, input: ParsedInput<'exchange.exportTo'>) =>
  exportInto(ctx, input.full, resolve(input.outDir));

function acknowledge(ctx: ServiceContext, seqTo: number): number {
  const actor = requireActor(ctx);
  return ctx.sqlite
    .prepare(
      'UPDATE exchange_exports SET acknowledged_at = ?, acknowledged_by = ? WHERE acknowledged_at IS NULL AND seq_to <= ?',
    )
    .run(ctx.clock.now().toISOString(), actor.userId, seqTo).changes;
}

export function markDelivered(ctx: ServiceContext, input: ParsedInput<'exchange.markDelivered'>) {
  const row = ctx.sqlite.prepare('SELECT * FROM exchange_exports WHERE id = ?').get(input.id) as
    | ExportRow
    | undefined;
  if (!row) throw new AppError('NOT_FOUND');
  acknowledge(ctx, row.seq_to);
  ctx.audit({
    entity: 'exchange_export',
    entityId: row.id,
    action: 'delivered',
    changes: { seqTo: [null, row.seq_to] },
  });
  return exportView(
    ctx.sqlite.prepare('SELECT * FROM exchange_exports WHERE id = ?').get(input.id) as ExportRow,
  );
}

export function importReceipt(ctx: ServiceContext, input: ParsedInput<'exchange.importReceipt'>) {
  const oblast = readSetting(ctx.db, 'exchange.oblast');
  const bad = (detail: string) => new AppError('RECEIPT_INVALID', { params: { detail } });
  if (!oblast) throw bad('no oblast key');
  let outer: { receipt: string; signature: string };
  try {
    outer = signedReceipt.parse(JSON.parse(input.content));
  } catch {
    throw bad('not a receipt');
  }
  const ok = verify(
    null,
    Buffer.from(outer.receipt, 'utf8'),
    createPublicKey(oblast.signingKey),
    Buffer.from(outer.signature, 'base64'),
  );
  if (!ok) throw bad('signature');
  const r = receiptSchema.parse(JSON.parse(outer.receipt));
  if (r.installId !== installId(ctx)) throw bad('another install');
  const acknowledged = acknowledge(ctx, r.seqTo);
  ctx.audit({
    entity: 'exchange_export',
    entityId: String(r.seqTo),
    action: 'receipt',
    changes: { seqTo: [null, r.seqTo], acknowledged: [null, acknowledged] },
  });
  return { acknowledged, seqTo: r.seqTo };
}

export function setPolicy(ctx: ServiceContext, input: ParsedInput<'exchange.setPolicy'>) {
  writeSetting(ctx, 'exchange', { ...input, folder: input.folder || null });
  return exchangePolicy(ctx.db);
}

export function trust(ctx: ServiceContext, input: ParsedInput<'exchange.trust'>): Output<'exchange.trust'> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(input.content);
  } catch {
    throw new AppError('EXCHANGE_KEY_FILE');
  }
  const district = districtKeyFile.safeParse(parsed);
  if (district.success) {
    const d = district.data;
    if (publicKeyKind(d.signingKey) !== 'ed25519') throw new AppError('EXCHANGE_KEY_FILE');
    if (modeOf(ctx) !== 'consolidation') {
      // Only a database without a registry of its own becomes the oblast's consolidation database.
      const own = ctx.sqlite
        .prepare('SELECT count(*) FROM applicants WHERE source_install IS NULL')
        .pluck()
        .get() as number;
      if (own > 0) throw new AppError('EXCHANGE_NOT_CONSOLIDATION');
      relaxUniqueIndexes(ctx.sqlite);
      writeSetting(ctx, 'exchange.mode', 'consolidation');
    }
    const fp = fingerprint(d.signingKey);
    ctx.sqlite
      .prepare(
        `INSERT INTO exchange_districts (install_id, district_kato, signing_key, fingerprint, registered_at)
         VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (install_id) DO UPDATE SET district_kato = excluded.district_kato,
           signing_key = excluded.signing_key, fingerprint = excluded.fingerprint`,
      )
      .run(d.installId, d.districtKato, d.signingKey, fp, ctx.clock.now().toISOString());
    ctx.audit({
      entity: 'exchange_district',
      entityId: d.installId,
      action: 'trust',
      changes: { districtKato: [null, d.districtKato], fingerprint: [null, fp] },
    });
    return { registered: 'district', fingerprint: fp, districtKato: d.districtKato };
  }
  const oblast = oblastKeyFile.safeParse(parsed);
  if (!oblast.success) throw new AppError('EXCHANGE_KEY_FILE');
  const o = oblast.data;
  if (publicKeyKind(o.encryptionKey) !== 'x25519' || publicKeyKind(o.signingKey) !== 'ed25519')
    throw new AppError('EXCHANGE_KEY_FILE');
  if (modeOf(ctx) === 'consolidation') throw new AppError('EXCHANGE_CONSOLIDATION');
  const fp = fingerprint(o.encryptionKey);
  writeSetting(ctx, 'exchange.oblast', {
    encryptionKey: o.encryptionKey,
    signingKey: o.signingKey,
    fingerprint: fp,
  });
  return { registered: 'oblast', fingerprint: fp, districtKato: null };
}

export function keys(ctx: ServiceContext): Output<'exchange.keys'> {
  const sk = signingKey(ctx.host.path);
  const id = installId(ctx);
  const kato = districtKato(ctx);
  const consolidation = modeOf(ctx) === 'consolidation';
  return {
    districtKey: consolidation
      ? null
      : {
          fileName: `qamqor-district-${kato}-${id.slice(0, 8)}.key.json`,
          content: JSON.stringify(
            { kind: 'qamqor-district-key', installId: id, districtKato: kato, signingKey: publicPem(sk) },
            null,
            1,
          ),
        },
    oblastKey: consolidation
      ? {
          fileName: `qamqor-oblast-${id.slice(0, 8)}.key.json`,
          content: JSON.stringify(
            {
              kind: 'qamqor-oblast-key',
              encryptionKey: publicPem(exchangeKey(ctx.host.path)),
              signingKey: publicPem(sk),
            },
            null,
            1,
          ),
        }
      : null,
  };
}

async function importFrom(
  ctx: ServiceContext,
  source: string | Buffer,
  fileName: string,
  receiptDir: string | null,
  deferIndexes = false,
) {
  if (modeOf(ctx) !== 'consolidation') throw new AppError('EXCHANGE_NOT_CONSOLIDATION');
  const report = await importPackage({
    dbPath: ctx.host.path,
    source,
    fileName,
    exchangeKeyPem: exchangeKey(ctx.host.path).export({ type: 'pkcs8', format: 'pem' }) as string,
    signingKey: signingKey(ctx.host.path),
    receiptDir,
    now: ctx.clock.now(),
    deferIndexes,
  });
  ctx.audit({
    entity: 'exchange_import',
    entityId: report.installId,
    action: 'import',
    changes: {
      fileName: [null, report.fileName],
      seqTo: [null, report.seqTo],
      inserted: [null, report.inserted],
      updated: [null, report.updated],
      keptNewer: [null, report.keptNewer],
    },
  });
  return report;
}

export const importUpload = (ctx: ServiceContext, input: ParsedInput<'exchange.import'>) =>
  importFrom(ctx, Buffer.from(input.base64, 'base64'), input.fileName.replace(/^.*[\\/]/, ''), null);

export const importFile = (ctx: ServiceContext, input: ParsedInput<'exchange.importFile'>) =>
  importFrom(
    ctx,
    resolve(input.path),
    input.path.replace(/^.*[\\/]/, ''),
    input.receiptDir ?? dirname(resolve(input.path)),
    input.deferIndexes,
  );

export async function finishImport(ctx: ServiceContext): Promise<Output<'exchange.finishImport'>> {
  if (modeOf(ctx) !== 'consolidation') throw new AppError('EXCHANGE_NOT_CONSOLIDATION');
  const done = buildDeferredIndexes(ctx.host.path, ctx.host.opts.migrationsFolder);
  ctx.audit({
    entity: 'exchange_import',
    entityId: '',
    action: 'build_indexes',
    changes: { built: [null, done.built.length] },
  });
  return done;
}

export function consolidated(
  ctx: ServiceContext,
  input: ParsedInput<'exchange.consolidated'>,
): Output<'exchange.consolidated'> {
  const today = localToday(ctx.clock);
  const districts = ctx.sqlite
    .prepare(
      `SELECT d.install_id AS installId, d.district_kato AS districtKato, d.fingerprint,
              d.last_package_at AS lastPackageAt, d.seq_to AS seqTo, d.flagged_at AS flaggedAt,
              d.flag_reason AS flagReason,
              (SELECT count(*) FROM applicants a WHERE a.source_install = d.install_id) AS people
         FROM exchange_districts d ORDER BY d.district_kato`,
    )
    .all() as Omit<Output<'exchange.consolidated'>['districts'][number], 'daysSince'>[];
  const casesByStatus = ctx.sqlite
    .prepare(
      `SELECT source_install AS installId, status, count(*) AS n FROM cases
        WHERE source_install IS NOT NULL GROUP BY source_install, status ORDER BY source_install, status`,
    )
    .all() as Output<'exchange.consolidated'>['casesByStatus'];
  // People registered in more than one district (the same IIN from two installs).
  const dupWhere = `iin IS NOT NULL AND source_install IS NOT NULL`;
  const total = ctx.sqlite
    .prepare(
      `SELECT count(*) FROM (SELECT iin FROM applicants WHERE ${dupWhere} GROUP BY iin
         HAVING count(DISTINCT source_install) > 1)`,
    )
    .pluck()
    .get() as number;
  const rows = (
    ctx.sqlite
      .prepare(
        `SELECT a.iin, min(a.last_name || ' ' || a.first_name) AS name,
                group_concat(DISTINCT d.district_kato) AS districts,
                (SELECT count(*) FROM cases c JOIN applicants b ON b.id = c.applicant_id
                  WHERE b.iin = a.iin AND c.status NOT IN ('refused', 'terminated', 'withdrawn')) AS activeCases
           FROM applicants a JOIN exchange_districts d ON d.install_id = a.source_install
          WHERE a.${dupWhere.replace(' AND source_install', ' AND a.source_install')}
          GROUP BY a.iin HAVING count(DISTINCT a.source_install) > 1
          ORDER BY a.iin LIMIT 50 OFFSET ?`,
      )
      .all((input.page - 1) * 50) as { iin: string; name: string; districts: string; activeCases: number }[]
  ).map((r) => ({ ...r, districts: r.districts.split(',').sort() }));
  return {
    districts: districts.map((d) => ({
      ...d,
      daysSince: d.lastPackageAt ? dayDiff(d.lastPackageAt.slice(0, 10), today) : null,
    })),
    casesByStatus,
    duplicates: { total, rows },
  };
}

/**
 * Days since the last export (or since the office was set up, before the first one), once past
 * the office's reminder; null when not due, or at an oblast (which exports nothing).
 */
export function exportOverdue(ctx: ServiceContext): number | null {
  if (modeOf(ctx) === 'consolidation') return null;
  const last =
    (ctx.sqlite.prepare('SELECT max(created_at) FROM exchange_exports').pluck().get() as string | null) ??
    readSetting(ctx.db, 'office.initializedAt');
  if (!last) return null;
  const days = dayDiff(last.slice(0, 10), localToday(ctx.clock));
  return days >= exchangePolicy(ctx.db).alertDays ? days : null;
}
