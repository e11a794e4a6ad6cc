import { z } from 'zod';
import { def, REGISTRY_READERS, REGISTRY_WRITERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { LOCALES } from '../../api/roles';
import { RELATIONS } from '../applicants/domain';
import { caseView } from '../cases/contract';
import { SSU_TYPES } from '../cases/domain';
import { serviceLine, ssuFormCode } from '../references/contract';
import {
  ACCESSIBILITY,
  ACT_CONCLUSIONS,
  DECISION_KINDS,
  DECISION_STATES,
  EVENT_KINDS,
  HEATING_KINDS,
  HOUSING_TYPES,
  INSIDE_OUTSIDE,
  MAC_CONCLUSIONS,
  MOBILITY,
  MONITORING_RESULTS,
  NEED_CRITERIA,
  REFUSAL_REASONS,
  SANITARY_STATES,
  SELF_CARE,
  SERVICE_VOLUMES,
  TERMINATION_REASONS,
} from './domain';

// The case after the application: the act, the decision (maker-checker), provider choice,
// referral, work plan and the service's events; the case's timeline and the head's queue.

/** Who approves the akimat's decisions: the department head (never the one who drafted it). */
export const DECISION_APPROVERS = ['head'] as const;

const pastDate = f.isoDate;
/** A chosen row's id; an empty select is "required". */
const picked = z.string({ error: 'required' }).uuid({ error: 'required' });
const uniqueTypes = z
  .array(z.enum(SSU_TYPES))
  .max(SSU_TYPES.length)
  .refine((g) => new Set(g).size === g.length, { error: 'invalid' });

const householdLine = z.object({
  fullName: f.shortText(150),
  relation: z.enum(RELATIONS, { error: 'required' }),
  birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
  occupation: f.optionalText(150),
});

const criterion = z.object({
  met: z.boolean({ error: 'required' }),
  note: f.optionalText(500, { multiline: true }),
});

export const actInput = z
  .object({
    caseId: uuid,
    visitOn: pastDate,
    housingType: z.enum(HOUSING_TYPES, { error: 'required' }),
    floor: z.number().int().min(0).max(60).nullable().optional(),
    hasLift: z.boolean().nullable().optional(),
    heating: z.enum(HEATING_KINDS, { error: 'required' }),
    water: z.enum(INSIDE_OUTSIDE, { error: 'required' }),
    toilet: z.enum(INSIDE_OUTSIDE, { error: 'required' }),
    sanitary: z.enum(SANITARY_STATES, { error: 'required' }),
    accessibility: z.enum(ACCESSIBILITY, { error: 'required' }),
    plot: f.optionalText(300),
    household: z.array(householdLine).max(30).default([]),
    incomeMonthly: z.number().int().min(0).max(100_000_000).nullable().optional(),
    incomeNote: f.optionalText(500, { multiline: true }),
    mobility: z.enum(MOBILITY, { error: 'required' }),
    selfCare: z.enum(SELF_CARE, { error: 'required' }),
    complaints: f.optionalText(1000, { multiline: true }),
    servicesNeeded: uniqueTypes.min(1, { error: 'servicesNeededRequired' }),
    conclusion: z.enum(ACT_CONCLUSIONS, { error: 'required' }),
    conclusionNote: f.optionalText(1000, { multiline: true }),
    criteria: z.object(
      Object.fromEntries(NEED_CRITERIA.map((c) => [c, criterion])) as Record<
        (typeof NEED_CRITERIA)[number],
        typeof criterion
      >,
    ),
    macConclusion: z.enum(MAC_CONCLUSIONS, { error: 'required' }),
    macNote: f.optionalText(500, { multiline: true }),
    specialist1Id: picked,
    specialist2Id: picked,
    /** Where the office allows it: why an uncertified specialist signs anyway (audited). */
    overrideReason: f.optionalText(500, { multiline: true }),
  })
  .refine((v) => v.specialist1Id !== v.specialist2Id, {
    path: ['specialist2Id'],
    error: 'sameSpecialist',
    when: ({ issues }) => !issues.some((i) => String(i.path?.[0]).startsWith('specialist')),
  });

export const actView = z.object({
  id: z.string(),
  caseId: z.string(),
  number: z.string(),
  visitOn: z.string(),
  housingType: z.enum(HOUSING_TYPES),
  floor: z.number().int().nullable(),
  hasLift: z.boolean().nullable(),
  heating: z.enum(HEATING_KINDS),
  water: z.enum(INSIDE_OUTSIDE),
  toilet: z.enum(INSIDE_OUTSIDE),
  sanitary: z.enum(SANITARY_STATES),
  accessibility: z.enum(ACCESSIBILITY),
  plot: z.string().nullable(),
  household: z.array(
    z.object({
      fullName: z.string(),
      relation: z.enum(RELATIONS),
      birthYear: z.number().int().nullable().optional(),
      occupation: z.string().nullable().optional(),
    }),
  ),
  incomeMonthly: z.number().int().nullable(),
  incomeNote: z.string().nullable(),
  mobility: z.enum(MOBILITY),
  selfCare: z.enum(SELF_CARE),
  complaints: z.string().nullable(),
  servicesNeeded: z.array(z.enum(SSU_TYPES)),
  conclusion: z.enum(ACT_CONCLUSIONS),
  conclusionNote: z.string().nullable(),
  criteria: z.record(z.string(), z.object({ met: z.boolean(), note: z.string().nullable().optional() })),
  macConclusion: z.enum(MAC_CONCLUSIONS),
  macNote: z.string().nullable(),
  specialist1: z.object({ id: z.string(), name: z.string() }),
  specialist2: z.object({ id: z.string(), name: z.string() }),
  createdAt: z.string(),
  createdByName: z.string(),
});

export const decisionInput = z
  .object({
    caseId: uuid,
    /** A draft being revised (pending or returned); absent: a new draft. */
    id: uuid.optional(),
    kind: z.enum(DECISION_KINDS, { error: 'required' }),
    ssuTypes: uniqueTypes.default([]),
    form: ssuFormCode.nullable().optional(),
    volume: z.enum(SERVICE_VOLUMES).nullable().optional(),
    services: z.array(serviceLine).max(60).default([]),
    startOn: f.optionalIsoDate,
    endOn: f.optionalIsoDate,
    refusalReason: z.enum(REFUSAL_REASONS).nullable().optional(),
    explanation: f.optionalText(2000, { multiline: true }),
    /** The approved decision this one corrects. */
    supersedesId: uuid.nullable().optional(),
  })
  .superRefine((v, ctx) => {
    const need = (cond: unknown, path: string, message = 'required') => {
      if (!cond) ctx.addIssue({ code: 'custom', path: [path], message });
    };
    if (v.kind === 'approve') {
      need(v.ssuTypes.length > 0, 'ssuTypes', 'ssuTypesRequired');
      need(v.form, 'form');
      need(v.volume, 'volume');
      need(v.services.length > 0, 'services', 'servicesRequired');
      need(v.startOn, 'startOn');
      need(v.endOn, 'endOn');
      if (v.startOn && v.endOn && v.endOn < v.startOn)
        ctx.addIssue({ code: 'custom', path: ['endOn'], message: 'rangeOrder' });
      const codes = v.services.map((s) => s.code);
      codes.forEach((c, i) => {
        if (codes.indexOf(c) !== i)
          ctx.addIssue({ code: 'custom', path: ['services', i, 'code'], message: 'serviceTwice' });
      });
    } else if (v.kind === 'refuse') {
      need(v.refusalReason, 'refusalReason');
      need(v.explanation, 'explanation');
    }
  });

export const decisionView = z.object({
  id: z.string(),
  caseId: z.string(),
  number: z.string().nullable(),
  kind: z.enum(DECISION_KINDS),
  state: z.enum(DECISION_STATES),
  ssuTypes: z.array(z.enum(SSU_TYPES)),
  form: z.string().nullable(),
  volume: z.enum(SERVICE_VOLUMES).nullable(),
  services: z.array(serviceLine),
  startOn: z.string().nullable(),
  endOn: z.string().nullable(),
  refusalReason: z.enum(REFUSAL_REASONS).nullable(),
  explanation: z.string().nullable(),
  supersedesId: z.string().nullable(),
  /** Approved, and a later approved decision corrects it. */
  superseded: z.boolean(),
  draftedBy: z.string(),
  draftedByName: z.string(),
  revisedBy: z.string().nullable(),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  returnComment: z.string().nullable(),
  decidedOn: z.string().nullable(),
  createdAt: z.string(),
});

export const eventView = z.object({
  id: z.string(),
  kind: z.enum(EVENT_KINDS),
  on: z.string(),
  providerId: z.string().nullable(),
  providerName: z.string().nullable(),
  result: z.enum(MONITORING_RESULTS).nullable(),
  planCorrected: z.boolean().nullable(),
  reason: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
});

export const referralView = z.object({
  id: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  form: z.string().nullable(),
  decisionId: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
});

export const planView = z.object({
  id: z.string(),
  number: z.string(),
  referralId: z.string(),
  responsible: z.object({ id: z.string(), name: z.string() }),
  fromOn: z.string(),
  toOn: z.string(),
  items: z.array(serviceLine),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdByName: z.string(),
});

/** The next steps the case allows now (the timeline's buttons). */
export const CASE_ACTIONS = [
  'act',
  'draftDecision',
  'reviseDecision',
  'reviewDecision',
  'correctDecision',
  'chooseProvider',
  'issueReferral',
  'plan',
  'start',
  'monitor',
  'suspend',
  'resume',
  'terminate',
] as const;

export const timelineView = z.object({
  case: caseView,
  person: z.object({
    id: z.string(),
    lastName: z.string(),
    firstName: z.string(),
    patronymic: z.string().nullable(),
    iin: z.string().nullable(),
    birthDate: z.string(),
    address: z.string(),
    /** The registry's household today: the act's household list starts from it. */
    household: z.array(
      z.object({
        fullName: z.string(),
        relation: z.enum(RELATIONS),
        birthYear: z.number().int().nullable(),
        occupation: z.string().nullable(),
      }),
    ),
  }),
  acts: z.array(actView),
  decisions: z.array(decisionView),
  referrals: z.array(referralView),
  plans: z.array(planView),
  events: z.array(eventView),
  actions: z.array(z.enum(CASE_ACTIONS)),
});

const caseDate = { caseId: uuid, on: pastDate };
/** Where the office allows it: why an uncertified specialist serves anyway (audited). */
const overrideReason = f.optionalText(500, { multiline: true });

export const approvalRow = z.object({
  decision: decisionView,
  caseNumber: z.string(),
  appliedOn: z.string(),
  dueOn: z.string().nullable(),
  workingDaysLeft: z.number().int().nullable(),
  applicantId: z.string(),
  personName: z.string(),
  /** The signed-in head drafted or revised it: they may not approve it. */
  ownDraft: z.boolean(),
});

export const DOCUMENT_KINDS = ['act', 'decision', 'referral', 'plan'] as const;

export const caseworkContract = {
  /** The case's timeline: every record, oldest first, and the steps it allows now. */
  'casework.timeline': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({ caseId: uuid }),
    output: timelineView,
  }),
  /** Records the act of examination of living conditions, signed by two different specialists. */
  'casework.saveAct': def({ kind: 'write', access: REGISTRY_WRITERS, input: actInput, output: actView }),
  /** Drafts the akimat's decision (or revises a draft); it goes to the head for approval. */
  'casework.draftDecision': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: decisionInput,
    output: decisionView,
  }),
  /** The head approves a draft: it gets its number and date and can never change again. */
  'casework.approveDecision': def({
    kind: 'write',
    access: DECISION_APPROVERS,
    input: z.object({ id: uuid }),
    output: decisionView,
  }),
  /** The head returns a draft to the caseworker with a comment. */
  'casework.returnDecision': def({
    kind: 'write',
    access: DECISION_APPROVERS,
    input: z.object({ id: uuid, comment: f.shortText(1000, { multiline: true }) }),
    output: decisionView,
  }),
  /** Drafts awaiting approval, the oldest due first (the head's queue). */
  'casework.approvalQueue': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({}),
    output: z.array(approvalRow),
  }),
  /** The person chose a provider from the register. */
  'casework.chooseProvider': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ ...caseDate, providerId: picked }),
    output: eventView,
  }),
  /** Issues the numbered referral to the chosen provider. */
  'casework.issueReferral': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ caseId: uuid, issuedOn: pastDate }),
    output: referralView,
  }),
  /** The individual work plan (a new plan corrects the previous one). */
  'casework.savePlan': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z
      .object({
        caseId: uuid,
        responsibleId: picked,
        fromOn: f.isoDate,
        toOn: f.isoDate,
        items: z.array(serviceLine).min(1, { error: 'servicesRequired' }).max(60),
        note: f.optionalText(1000, { multiline: true }),
        /** Where the office allows it: why an uncertified specialist is responsible anyway (audited). */
        overrideReason: f.optionalText(500, { multiline: true }),
      })
      .refine((v) => v.toOn >= v.fromOn, {
        path: ['toOn'],
        error: 'rangeOrder',
        when: ({ issues }) => !issues.some((i) => i.path?.[0] === 'fromOn' || i.path?.[0] === 'toOn'),
      }),
    output: planView,
  }),
  'casework.startService': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ ...caseDate, overrideReason }),
    output: eventView,
  }),
  'casework.addMonitoring': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      ...caseDate,
      result: z.enum(MONITORING_RESULTS, { error: 'required' }),
      planCorrected: z.boolean().default(false),
      note: f.optionalText(1000, { multiline: true }),
    }),
    output: eventView,
  }),
  'casework.suspendService': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ ...caseDate, reason: f.shortText(500, { multiline: true }) }),
    output: eventView,
  }),
  'casework.resumeService': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ ...caseDate, note: f.optionalText(500, { multiline: true }), overrideReason }),
    output: eventView,
  }),
  'casework.terminateService': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      ...caseDate,
      reason: z.enum(TERMINATION_REASONS, { error: 'required' }),
      note: f.optionalText(1000, { multiline: true }),
    }),
    output: eventView,
  }),
  /** The office's caseworkers and heads (the register's "responsible" filter). */
  'casework.staff': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({}),
    output: z.array(z.object({ id: z.string(), fullName: z.string() })),
  }),
  /** A case document as an A4 PDF in kk, ru or en (printing is recorded). */
  'casework.documentPdf': def({
    kind: 'task',
    access: REGISTRY_READERS,
    input: z.object({ kind: z.enum(DOCUMENT_KINDS), id: uuid, locale: z.enum(LOCALES) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
} as const;
