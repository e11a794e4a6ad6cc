import { z } from 'zod';
import { def, REGISTRY_WRITERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { localToday } from '../../clock';
import { ssuFormCode } from '../references/contract';
import {
  DISABILITY_CATEGORIES,
  DISABILITY_CAUSES,
  DISABILITY_TERMS,
  GENERAL_CAPACITY_LOSS,
  IPR_MEASURE_KINDS,
  IPR_MEASURE_STATUSES,
  IPR_PARTS,
  PROFESSIONAL_CAPACITY_LOSS,
} from './domain';

// Disability records (the MSE's decisions) and individual rehabilitation programmes (IPR)
// with their measures.

export const disabilityView = z.object({
  id: z.string(),
  category: z.enum(DISABILITY_CATEGORIES),
  groupNo: z.number().int().nullable(),
  cause: z.enum(DISABILITY_CAUSES),
  term: z.enum(DISABILITY_TERMS),
  establishedOn: z.string(),
  validUntil: z.string().nullable(),
  mseDecisionNo: z.string(),
  workCapacityLossPct: z.number().int().nullable(),
  generalCapacityLossPct: z.number().int().nullable(),
  profCapacityLossPct: z.number().int().nullable(),
  movementDifficulty: z.boolean(),
  replacedAt: z.string().nullable(),
});

export const iprMeasureView = z.object({
  id: z.string(),
  kind: z.enum(IPR_MEASURE_KINDS),
  classifierCode: z.string().nullable(),
  quantity: z.number().int(),
  replacementMonths: z.number().int().nullable(),
  hoursPerDay: z.number().int().nullable(),
  hoursPerYear: z.number().int().nullable(),
  ssuForm: z.string().nullable(),
  status: z.enum(IPR_MEASURE_STATUSES),
  sentOn: z.string().nullable(),
  notifiedOn: z.string().nullable(),
  orderDeadline: z.string().nullable(),
  note: z.string().nullable(),
});

export const iprView = z.object({
  id: z.string(),
  number: z.string(),
  issuedOn: z.string(),
  validUntil: z.string().nullable(),
  parts: z.array(z.enum(IPR_PARTS)),
  replacedAt: z.string().nullable(),
  measures: z.array(iprMeasureView),
});

export const disabilityInput = z.object({
  applicantId: uuid,
  category: z.enum(DISABILITY_CATEGORIES, { error: 'required' }),
  groupNo: z.number().int().min(1).max(3).nullable().optional(),
  cause: z.enum(DISABILITY_CAUSES, { error: 'required' }),
  term: z.enum(DISABILITY_TERMS, { error: 'required' }),
  establishedOn: f.isoDate.refine((v) => v <= localToday(), { error: 'dateFuture' }),
  mseDecisionNo: f.shortText(60),
  /** Degree of loss of general work capacity, 30–100 % (SC art. 155 p.7). */
  generalCapacityLossPct: z
    .number()
    .int()
    .min(GENERAL_CAPACITY_LOSS.min, { error: 'generalLoss' })
    .max(GENERAL_CAPACITY_LOSS.max, { error: 'generalLoss' })
    .nullable()
    .optional(),
  /** Degree of loss of professional work capacity, 5–100 % (SC art. 155 p.7). */
  profCapacityLossPct: z
    .number()
    .int()
    .min(PROFESSIONAL_CAPACITY_LOSS.min, { error: 'profLoss' })
    .max(PROFESSIONAL_CAPACITY_LOSS.max, { error: 'profLoss' })
    .nullable()
    .optional(),
  /** The expertise found difficulty moving (with group I: the basis of an individual assistant). */
  movementDifficulty: z.boolean().default(false),
});

export const iprMeasureInput = z.object({
  kind: z.enum(IPR_MEASURE_KINDS, { error: 'required' }),
  classifierCode: f.optionalText(40),
  quantity: z.number().int().min(1).max(1000).default(1),
  replacementMonths: z.number().int().min(1).max(600).nullable().optional(),
  hoursPerDay: z.number().int().min(1).nullable().optional(),
  hoursPerYear: z.number().int().min(1).nullable().optional(),
  ssuForm: ssuFormCode.nullable().optional(),
  note: f.optionalText(500),
});

export const disabilityContract = {
  /** A new disability record; the current one (if any) is kept in history as replaced. */
  'disability.add': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: disabilityInput,
    output: disabilityView,
  }),
  'ipr.create': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      applicantId: uuid,
      number: f.shortText(60),
      issuedOn: f.isoDate.refine((v) => v <= localToday(), { error: 'dateFuture' }),
      parts: z.array(z.enum(IPR_PARTS)).min(1, { error: 'required' }),
      measures: z.array(iprMeasureInput).max(100).default([]),
    }),
    output: iprView,
  }),
  'ipr.addMeasure': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: iprMeasureInput.extend({ iprId: uuid }),
    output: iprMeasureView,
  }),
  'ipr.setMeasureStatus': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      id: uuid,
      status: z.enum(IPR_MEASURE_STATUSES),
      /** The day it went to the portal (for sent_to_portal); today when absent. */
      on: f.optionalPastDate,
      /** The day the person was notified, when known already (the 2 months count from it). */
      notifiedOn: f.optionalPastDate,
    }),
    output: iprMeasureView,
  }),
  /** Records the day the person was notified of a measure on the portal: its deadline follows. */
  'ipr.setMeasureNotified': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ id: uuid, notifiedOn: f.isoDate }),
    output: iprMeasureView,
  }),
} as const;
