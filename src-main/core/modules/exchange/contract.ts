import { z } from 'zod';
import { ADMIN, def, uuid } from '../../api/define';
import type { Role } from '../../api/roles';

// The periodic export upward and the oblast's consolidation (docs/architecture.md "Exchange").
// A district's administrator exports, sets the oblast's key and acknowledges; an oblast's
// administrator registers districts' keys and imports; the head and the auditor read the
// consolidated views.

const CONSOLIDATED_READERS: readonly Role[] = ['admin', 'head', 'auditor'];

export const exportView = z.object({
  id: z.string(),
  fileName: z.string(),
  seqFrom: z.number().int(),
  seqTo: z.number().int(),
  rows: z.number().int(),
  full: z.boolean(),
  encrypted: z.boolean(),
  createdAt: z.string(),
  acknowledgedAt: z.string().nullable(),
});

export const policyInput = z.object({
  folder: z.string().trim().max(1000).nullable(),
  alertDays: z.number({ error: 'required' }).int().min(1).max(365),
  excludeTables: z.array(z.string().regex(/^[a-z_]{1,63}$/)).max(100),
  excludeFields: z.array(z.string().regex(/^[a-z_]{1,63}$/)).max(100),
});

export const importReport = z.object({
  fileName: z.string(),
  installId: z.string(),
  districtKato: z.string(),
  seqFrom: z.number().int(),
  seqTo: z.number().int(),
  inserted: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  keptNewer: z.number().int(),
  deleted: z.number().int(),
  flagged: z.string().nullable(),
  receipt: z.object({ fileName: z.string(), content: z.string() }),
  receiptPath: z.string().nullable(),
});

const upload = z.object({
  fileName: z.string().min(1).max(300),
  /** The file, base64 (the browser console's upload). */
  base64: z.string().max(520_000_000),
});

export const exchangeContract = {
  'exchange.status': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({}),
    output: z.object({
      mode: z.enum(['district', 'consolidation']),
      installId: z.string(),
      districtKato: z.string(),
      /** This install's signing key, as the oblast registers it. */
      fingerprint: z.string(),
      oblastFingerprint: z.string().nullable(),
      policy: policyInput,
      folder: z.string(),
      exports: z.array(exportView),
      /** Changes not yet in an acknowledged package. */
      pending: z.number().int(),
      daysSinceExport: z.number().int().nullable(),
      /** Tables a package carries (for the minimisation setting). */
      tables: z.array(z.object({ name: z.string(), columns: z.array(z.string()) })),
    }),
  }),
  /** One package: the changes since the last acknowledged one (or all), into the export folder. */
  'exchange.export': def({
    kind: 'task',
    access: ADMIN,
    input: z.object({ full: z.boolean().default(false) }),
    output: exportView.extend({ path: z.string(), warning: z.enum(['unencrypted']).nullable() }),
  }),
  /** `qamqor export --out DIR`: the same into a folder named on the command line. */
  'exchange.exportTo': def({
    kind: 'task',
    access: ADMIN,
    doors: ['cli'],
    input: z.object({ full: z.boolean().default(false), outDir: z.string().min(1).max(1000) }),
    output: exportView.extend({ path: z.string(), warning: z.enum(['unencrypted']).nullable() }),
  }),
  /** Without a receipt (no way back from the oblast): the administrator confirms delivery. */
  'exchange.markDelivered': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: uuid }),
    output: exportView,
  }),
  /** The oblast's signed receipt: its package and every earlier one are acknowledged. */
  'exchange.importReceipt': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ content: z.string().min(1).max(10_000) }),
    output: z.object({ acknowledged: z.number().int(), seqTo: z.number().int() }),
  }),
  'exchange.setPolicy': def({
    kind: 'write',
    access: ADMIN,
    input: policyInput,
    output: policyInput,
  }),
  /**
   * A key file: at an oblast, a district's signing key to trust (a new or empty database becomes
   * the consolidation database); at a district, the oblast's keys.
   */
  'exchange.trust': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ content: z.string().min(1).max(10_000) }),
    output: z.object({
      registered: z.enum(['district', 'oblast']),
      fingerprint: z.string(),
      districtKato: z.string().nullable(),
    }),
  }),
  /** This install's public key file(s): the district's signing key; at an oblast also its own. */
  'exchange.keys': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({}),
    output: z.object({
      districtKey: z.object({ fileName: z.string(), content: z.string() }).nullable(),
      oblastKey: z.object({ fileName: z.string(), content: z.string() }).nullable(),
    }),
  }),
  /** The browser console: one uploaded package into the consolidation database. */
  'exchange.import': def({
    kind: 'task',
    access: ADMIN,
    input: upload,
    output: importReport,
  }),
  /** `qamqor import`: a package file, its receipt written beside it (or into receiptDir). */
  'exchange.importFile': def({
    kind: 'task',
    access: ADMIN,
    doors: ['cli'],
    input: z.object({
      path: z.string().min(1).max(1000),
      receiptDir: z.string().max(1000).nullable().default(null),
      /** One package of several: large tables' indexes wait for `exchange.finishImport`. */
      deferIndexes: z.boolean().default(false),
    }),
    output: importReport,
  }),
  /** The end of a `qamqor import` of several packages: the indexes they set aside, built once. */
  'exchange.finishImport': def({
    kind: 'task',
    access: ADMIN,
    doors: ['cli'],
    input: z.object({}),
    output: z.object({ built: z.array(z.string()), tables: z.array(z.string()), ms: z.number().int() }),
  }),
  /** The oblast's views: districts and their last packages, people and cases per district, people in two. */
  'exchange.consolidated': def({
    kind: 'read',
    access: CONSOLIDATED_READERS,
    input: z.object({ page: z.number().int().min(1).max(100_000).default(1) }),
    output: z.object({
      districts: z.array(
        z.object({
          installId: z.string(),
          districtKato: z.string(),
          fingerprint: z.string(),
          lastPackageAt: z.string().nullable(),
          daysSince: z.number().int().nullable(),
          seqTo: z.number().int(),
          people: z.number().int(),
          flaggedAt: z.string().nullable(),
          flagReason: z.string().nullable(),
        }),
      ),
      casesByStatus: z.array(z.object({ installId: z.string(), status: z.string(), n: z.number().int() })),
      duplicates: z.object({
        total: z.number().int(),
        rows: z.array(
          z.object({
            iin: z.string(),
            name: z.string(),
            districts: z.array(z.string()),
            activeCases: z.number().int(),
          }),
        ),
      }),
    }),
  }),
} as const;
