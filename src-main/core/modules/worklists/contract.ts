import { z } from 'zod';
import { def, REGISTRY_READERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { APPLICANT_SORTS, applicantListInput } from '../applicants/contract';

// Saved work lists (a user's named registry filters) and the home screen's alert counts.

export const worklistFilters = applicantListInput
  .omit({ page: true, pageSize: true, query: true, sortBy: true, sortDir: true })
  .extend({
    query: f.clean(z.string().max(100, { error: 'tooLong' })).optional(),
    sortBy: z.enum(APPLICANT_SORTS).optional(),
    sortDir: z.enum(['asc', 'desc']).optional(),
  });
export type WorklistFilters = z.infer<typeof worklistFilters>;

export const worklistView = z.object({
  id: z.string(),
  name: z.string(),
  filters: worklistFilters,
  updatedAt: z.string(),
});
export type WorklistView = z.infer<typeof worklistView>;

export const worklistsContract = {
  /** Counts for the home screen's alerts; each alert opens the list with the same filter. */
  'alerts.summary': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({}),
    output: z.object({
      reexamDue: z.number().int(),
      iprExpiring: z.number().int(),
      portalDeadline: z.number().int(),
      consentMissing: z.number().int(),
      /** Decisions due within 3 working days, and overdue (open cases awaiting a decision). */
      decisionsDueSoon: z.number().int(),
      decisionsOverdue: z.number().int(),
      decisionsToApprove: z.number().int(),
      certificatesExpiring: z.number().int(),
      certificatesExpiredActive: z.number().int(),
      days: z.object({ reexam: z.number().int(), ipr: z.number().int(), portal: z.number().int() }),
    }),
  }),
  /** The signed-in user's saved work lists, by name. */
  'worklists.list': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({}),
    output: z.array(worklistView),
  }),
  /** Saves the list under its name; the same name (any case) replaces that list's filters. */
  'worklists.save': def({
    kind: 'write',
    access: REGISTRY_READERS,
    input: z.object({ name: f.shortText(80), filters: worklistFilters }),
    output: worklistView,
  }),
  'worklists.remove': def({
    kind: 'write',
    access: REGISTRY_READERS,
    input: z.object({ id: uuid }),
    output: z.object({ id: z.string() }),
  }),
} as const;
