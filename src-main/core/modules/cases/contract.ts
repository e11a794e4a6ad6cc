import { z } from 'zod';
import { def, REGISTRY_READERS, REGISTRY_WRITERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { localToday } from '../../clock';
import { ssuFormCode } from '../references/contract';
import {
  CASE_APPLICANT_KINDS,
  CASE_CHANNELS,
  CASE_GROUNDS,
  CASE_ROUTES,
  CASE_STATUSES,
  SSU_TYPES,
} from './domain';

// The case: from the application to the assigned special social services.

export const caseView = z.object({
  id: z.string(),
  number: z.string(),
  applicantId: z.string(),
  appliedOn: z.string(),
  channel: z.enum(CASE_CHANNELS),
  appliedBy: z.enum(CASE_APPLICANT_KINDS),
  applicantName: z.string().nullable(),
  onBehalfReason: z.string().nullable(),
  proactiveConsentOn: z.string().nullable(),
  grounds: z.array(z.enum(CASE_GROUNDS)),
  ssuTypes: z.array(z.enum(SSU_TYPES)),
  requestedForm: z.string().nullable(),
  note: z.string().nullable(),
  status: z.enum(CASE_STATUSES),
  statusChangedAt: z.string(),
  closedOn: z.string().nullable(),
  closeReason: z.string().nullable(),
  createdAt: z.string(),
  /** How the case proceeds by its grounds (art. 141 p.1). */
  route: z.enum(CASE_ROUTES),
  /** The day the decision is due (working days after the application), while it is awaited. */
  dueOn: z.string().nullable(),
  /** Working days left until dueOn (negative: overdue by that many), as of the office's today. */
  workingDaysLeft: z.number().int().nullable(),
  /** The provider the person chose (derived from the case's records). */
  providerId: z.string().nullable(),
  /** The form granted, else the form asked for. */
  serviceForm: z.string().nullable(),
  /** The caseworker responsible for the case. */
  responsibleId: z.string().nullable(),
});

export const caseRegisterInput = z
  .object({
    applicantId: uuid,
    // Refused here too (not only by the service), so the form names it beside the field.
    appliedOn: f.isoDate.refine((v) => v <= localToday(), { error: 'dateFuture' }),
    channel: z.enum(CASE_CHANNELS, { error: 'required' }),
    appliedBy: z.enum(CASE_APPLICANT_KINDS, { error: 'required' }),
    /** Required when someone applied on the person's behalf. */
    applicantName: f.optionalText(200),
    /** Why the person does not apply personally (art. 139); required when someone applied for them. */
    onBehalfReason: f.optionalText(500, { multiline: true }),
    /** Proactive channel: the day the person consented to the notification (art. 139 p.1). */
    proactiveConsentOn: f.optionalPastDate,
    grounds: z
      .array(z.enum(CASE_GROUNDS))
      .min(1, { error: 'groundsRequired' })
      .max(CASE_GROUNDS.length)
      .refine((g) => new Set(g).size === g.length, { error: 'invalid' }),
    ssuTypes: z
      .array(z.enum(SSU_TYPES))
      .max(SSU_TYPES.length)
      .refine((g) => new Set(g).size === g.length, { error: 'invalid' })
      .default([]),
    requestedForm: ssuFormCode.nullable().optional(),
    note: f.optionalText(1000, { multiline: true }),
  })
  // Checked even while other fields are wrong (`when`), so the form shows every problem at once.
  .refine((v) => v.appliedBy === 'self' || !!v.applicantName, {
    path: ['applicantName'],
    error: 'onBehalfName',
    when: ({ issues }) => !issues.some((i) => i.path?.[0] === 'appliedBy' || i.path?.[0] === 'applicantName'),
  })
  .refine((v) => v.appliedBy === 'self' || !!v.onBehalfReason, {
    path: ['onBehalfReason'],
    error: 'onBehalfReason',
    when: ({ issues }) =>
      !issues.some((i) => i.path?.[0] === 'appliedBy' || i.path?.[0] === 'onBehalfReason'),
  })
  .refine((v) => v.channel !== 'proactive' || !!v.proactiveConsentOn, {
    path: ['proactiveConsentOn'],
    error: 'proactiveConsent',
    when: ({ issues }) =>
      !issues.some((i) => i.path?.[0] === 'channel' || i.path?.[0] === 'proactiveConsentOn'),
  })
  .refine((v) => v.channel !== 'proactive' || !v.proactiveConsentOn || v.proactiveConsentOn === v.appliedOn, {
    path: ['appliedOn'],
    error: 'proactiveDate',
    when: ({ issues }) =>
      !issues.some((i) => ['channel', 'proactiveConsentOn', 'appliedOn'].includes(String(i.path?.[0]))),
  });

export const CASE_LIST_STATUSES = ['active', 'closed', ...CASE_STATUSES] as const;

export const caseListInput = z.object({
  /** A case number ("2026-00"), an IIN prefix, or the person's name (as the registry searches it). */
  query: f.clean(z.string().max(100, { error: 'tooLong' })).default(''),
  /** "active" (not closed), "closed" (refused, terminated, withdrawn) or one status. */
  status: z.enum(CASE_LIST_STATUSES).optional(),
  /** Decisions due within 3 working days, or overdue. */
  due: z.enum(['soon', 'overdue']).optional(),
  /** Cases asking for (or granted) this SSU type. */
  ssuType: z.enum(SSU_TYPES).optional(),
  /** The form granted (or asked for while undecided). */
  form: ssuFormCode.optional(),
  providerId: uuid.optional(),
  /** The caseworker responsible. */
  responsibleId: uuid.optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
  sortBy: z.enum(['appliedOn', 'number', 'dueOn']).default('appliedOn'),
  sortDir: z.enum(['asc', 'desc']).default('desc'),
});

export const caseListRow = caseView.extend({
  person: z.object({
    lastName: z.string(),
    firstName: z.string(),
    patronymic: z.string().nullable(),
    iin: z.string().nullable(),
    birthDate: z.string(),
  }),
});

export const casesContract = {
  /** The register of applications across the district, newest first. */
  'cases.list': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: caseListInput,
    output: z.object({ rows: z.array(caseListRow), total: z.number().int() }),
  }),
  /** Registers an application: opens a case for the person (status "registered"). */
  'cases.register': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: caseRegisterInput,
    /** warnings: message keys the office should double-check (a minor applying as "self"). */
    output: caseView.extend({ warnings: z.array(z.string()) }),
  }),
  /** The application is withdrawn before the service starts; the case closes with the reason. */
  'cases.withdraw': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      id: uuid,
      on: f.isoDate.refine((v) => v <= localToday(), { error: 'dateFuture' }),
      reason: f.shortText(500),
    }),
    output: caseView,
  }),
} as const;
