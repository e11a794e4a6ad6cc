import { z } from 'zod';
import { AUDIT_READERS, def } from '../../api/define';
import * as f from '../../api/fields';

// The audit log as auditors read it: filtered, paged, exported.

const optionalDay = f.isoDate.optional();

export const auditFilters = z
  .object({
    actorId: z.string().max(100).optional(),
    entity: z.string().max(40).optional(),
    action: z.string().max(40).optional(),
    subjectId: z.string().max(100).optional(),
    /** A person's IIN: entries about that person. */
    personIin: f.iin.optional(),
    from: optionalDay,
    to: optionalDay,
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { error: 'rangeOrder', path: ['to'] });

export const auditEntryView = z.object({
  seq: z.number().int(),
  at: z.string(),
  actorLogin: z.string(),
  actorName: z.string().nullable(),
  door: z.string(),
  procedure: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  action: z.string(),
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])).nullable(),
  subjectId: z.string().nullable(),
  subjectName: z.string().nullable(),
});

export const auditContract = {
  'audit.list': def({
    kind: 'read',
    access: AUDIT_READERS,
    input: auditFilters.and(
      z.object({
        page: z.number().int().min(1).max(1_000_000).default(1),
        pageSize: z.number().int().min(1).max(200).default(50),
        sortDir: z.enum(['asc', 'desc']).default('desc'),
      }),
    ),
    output: z.object({
      rows: z.array(auditEntryView),
      total: z.number().int(),
      actors: z.array(z.object({ id: z.string(), login: z.string(), fullName: z.string() })),
    }),
  }),
  'audit.export': def({
    kind: 'task',
    access: AUDIT_READERS,
    input: auditFilters,
    output: z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int() }),
  }),
  /**
   * Is the trail as the app wrote it: schema guards, hash chain, MACs under the audit key and
   * the anchors beside the database and the backups. The last report (made in the background at
   * start) unless `recheck` asks for a new one.
   */
  'audit.integrity': def({
    kind: 'read',
    access: AUDIT_READERS,
    input: z.object({ recheck: z.boolean().default(false) }),
    output: z.object({
      ok: z.boolean(),
      problems: z.array(
        z.object({
          kind: z.enum(['schema', 'chain', 'mac', 'anchor', 'anchorForged', 'anchorUnreadable']),
          seq: z.number().int().optional(),
          detail: z.string().optional(),
          text: z.string(),
        }),
      ),
      checkedAt: z.string(),
    }),
  }),
} as const;
