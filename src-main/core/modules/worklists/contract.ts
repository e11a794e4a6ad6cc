import { z } from 'zod';
import { def, REGISTRY_READERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { APPLICANT_SORTS, applicantListInput } from '../applicants/contract';
import { specialistSearchInput } from '../specialists/contract';
import { CERTIFICATION_STATES, SPECIALIST_POSITIONS } from '../specialists/domain';

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

/** A saved search of the register of specialists: any of its filters, its sort. */
// Written out rather than derived: the search's defaults (active only, ascending) must not be
// stored into a list that did not choose them.
const days = z.number().int().min(1).max(365).optional();
export const specialistListFilters = z.object({
  query: f.clean(z.string().max(100, { error: 'tooLong' })).optional(),
  position: z.enum(SPECIALIST_POSITIONS).optional(),
  employer: z.string().max(40).optional(),
  state: z.enum(CERTIFICATION_STATES).optional(),
  expiringWithinDays: days,
  categoryExpiringWithinDays: days,
  activeOnly: z.boolean().optional(),
  sortBy: specialistSearchInput.shape.sortBy.unwrap().optional(),
  sortDir: z.enum(['asc', 'desc']).optional(),
});
export type SpecialistListFilters = z.infer<typeof specialistListFilters>;

export const specialistListView = worklistView.extend({ filters: specialistListFilters });
export type SpecialistListView = z.infer<typeof specialistListView>;

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
      /** Active specialists whose certificate ends within each band (urgent, warning, notice). */
      certificateBands: z.array(z.object({ days: z.number().int(), n: z.number().int() })),
      /** The same for qualification categories. */
      categoryBands: z.array(z.object({ days: z.number().int(), n: z.number().int() })),
      certificatesExpiredActive: z.number().int(),
      caregiversAwaiting: z.number().int(),
      caregiverChecksExpiring: z.number().int(),
      caregiversAffected: z.number().int(),
      casesWithUnreliableProvider: z.number().int(),
      /** Days since the last package went upward, once past the office's setting (null: not due). */
      exportOverdueDays: z.number().int().nullable(),
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
  /** The signed-in user's saved searches of the register of specialists. */
  'worklists.specialistLists': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({}),
    output: z.array(specialistListView),
  }),
  'worklists.saveSpecialistList': def({
    kind: 'write',
    access: REGISTRY_READERS,
    input: z.object({ name: f.shortText(80), filters: specialistListFilters }),
    output: specialistListView,
  }),
  /** Removes one of the user's lists (of either register). */
  'worklists.remove': def({
    kind: 'write',
    access: REGISTRY_READERS,
    input: z.object({ id: uuid }),
    output: z.object({ id: z.string() }),
  }),
} as const;
