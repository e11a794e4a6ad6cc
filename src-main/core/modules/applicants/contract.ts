import { z } from 'zod';
import { def, REGISTRY_READERS, REGISTRY_WRITERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { LOCALES } from '../../api/roles';
import { auditEntryView } from '../audit/contract';
import { caseView } from '../cases/contract';
import { disabilityView, iprView } from '../disability/contract';
import { DISABILITY_CATEGORIES } from '../disability/domain';
import {
  CITIZENSHIPS,
  CONSENT_FORMS,
  DOC_TYPES,
  INCOME_KINDS,
  LEGAL_CAPACITIES,
  MARITAL_STATUSES,
  RELATIONS,
  REPRESENTATIVE_KINDS,
  SEXES,
} from './domain';

// The registry of people: the person, the household, representatives, incomes, the card and
// its printable summary, the searchable list and its spreadsheet, duplicates.

export const applicantView = z.object({
  id: z.string(),
  iin: z.string().nullable(),
  iinMissingReason: z.string().nullable(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  birthDate: z.string(),
  sex: z.enum(SEXES),
  katoCode: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  citizenship: z.enum(CITIZENSHIPS),
  docType: z.string().nullable(),
  docNumber: z.string().nullable(),
  docDate: z.string().nullable(),
  docIssuer: z.string().nullable(),
  maritalStatus: z.string().nullable(),
  legalCapacity: z.enum(LEGAL_CAPACITIES),
  capacityCourtDecision: z.string().nullable(),
  capacityCourtDate: z.string().nullable(),
  deathDate: z.string().nullable(),
  consentDate: z.string().nullable(),
  consentForm: z.string().nullable(),
  consentRef: z.string().nullable(),
  createdAt: z.string(),
});

const applicantFields = z.object({
  iin: f.optionalIin,
  /** Why there is no IIN (e.g. homeless, without documents); required when the IIN is empty. */
  iinMissingReason: f.optionalText(300),
  lastName: f.personName,
  firstName: f.personName,
  patronymic: f.optionalPersonName,
  birthDate: f.birthDate,
  sex: z.enum(SEXES, { error: 'required' }),
  katoCode: f.katoCode,
  address: f.shortText(300),
  phone: f.phone,
  citizenship: z.enum(CITIZENSHIPS).default('citizen'),
  docType: z.enum(DOC_TYPES).nullable().optional(),
  docNumber: f.optionalText(40),
  docDate: f.optionalPastDate,
  docIssuer: f.optionalText(200),
  maritalStatus: z.enum(MARITAL_STATUSES).nullable().optional(),
  legalCapacity: z.enum(LEGAL_CAPACITIES).default('capable'),
  capacityCourtDecision: f.optionalText(100),
  capacityCourtDate: f.optionalPastDate,
  deathDate: f.optionalPastDate,
  consentDate: f.optionalPastDate,
  consentForm: z.enum(CONSENT_FORMS).nullable().optional(),
  consentRef: f.optionalText(200),
});

type ApplicantFields = z.output<typeof applicantFields>;

/** Rules across fields of a person; each names the field it is about. */
function personRules(v: ApplicantFields, ctx: z.RefinementCtx): void {
  if (!v.iin && !v.iinMissingReason) ctx.addIssue({ code: 'custom', path: ['iin'], message: 'iinOrReason' });
  if (v.legalCapacity !== 'capable') {
    if (!v.capacityCourtDecision)
      ctx.addIssue({ code: 'custom', path: ['capacityCourtDecision'], message: 'required' });
    if (!v.capacityCourtDate)
      ctx.addIssue({ code: 'custom', path: ['capacityCourtDate'], message: 'required' });
  }
  if (v.deathDate && v.deathDate < v.birthDate) {
    ctx.addIssue({ code: 'custom', path: ['deathDate'], message: 'beforeBirth' });
  }
  if (v.consentDate && !v.consentForm)
    ctx.addIssue({ code: 'custom', path: ['consentForm'], message: 'required' });
}

export const applicantInput = applicantFields
  .extend({
    /** Why a person is registered although similar people exist (audited). */
    duplicateReason: f.optionalText(500, { multiline: true }),
  })
  .superRefine(personRules);

export const applicantUpdateInput = applicantFields
  .extend({ id: z.string().uuid() })
  .superRefine(personRules);

export const duplicateCandidate = applicantView.pick({
  id: true,
  iin: true,
  lastName: true,
  firstName: true,
  patronymic: true,
  birthDate: true,
  katoCode: true,
  address: true,
});

export const householdMemberView = z.object({
  id: z.string(),
  fullName: z.string(),
  relation: z.enum(RELATIONS),
  birthYear: z.number().int().nullable(),
  occupation: z.string().nullable(),
});

export const representativeView = z.object({
  id: z.string(),
  kind: z.enum(REPRESENTATIVE_KINDS),
  representativeId: z.string().nullable(),
  fullName: z.string(),
  iin: z.string().nullable(),
  phone: z.string().nullable(),
  basisDocument: z.string(),
  basisDate: z.string().nullable(),
  validUntil: z.string().nullable(),
});

export const incomeView = z.object({
  id: z.string(),
  kind: z.enum(INCOME_KINDS),
  amount: z.number().int(),
  periodFrom: z.string(),
  periodTo: z.string().nullable(),
  note: z.string().nullable(),
});

export const personCardView = z.object({
  person: applicantView,
  household: z.array(householdMemberView),
  representatives: z.array(representativeView),
  /** People this person represents (a mother's card lists her child). */
  represents: z.array(z.object({ id: z.string(), kind: z.enum(REPRESENTATIVE_KINDS), fullName: z.string() })),
  incomes: z.array(incomeView),
  /** Newest first; the current record is the one with replacedAt null. */
  disability: z.array(disabilityView),
  iprs: z.array(iprView),
  /** Newest application first. */
  cases: z.array(caseView),
});

/** 'relevance' ("best match"): people whose surname starts with the first word typed first. */
export const APPLICANT_SORTS = ['relevance', 'name', 'birthDate', 'iin', 'createdAt'] as const;

export const applicantListInput = z.object({
  query: f.clean(z.string().max(100, { error: 'tooLong' })).default(''),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
  sortBy: z.enum(APPLICANT_SORTS).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
  sex: z.enum(SEXES).optional(),
  /** 2 to 9 leading digits of a KATO code: an oblast, a district or a settlement. */
  katoPrefix: z
    .string()
    .regex(/^\d{2,9}$/, { error: 'katoFormat' })
    .optional(),
  /** Current disability record of this category (and group). */
  disabilityCategory: z.enum(DISABILITY_CATEGORIES).optional(),
  disabilityGroup: z.number().int().min(1).max(3).optional(),
  /** Re-examination (end of the disability term) from today to today + N days. */
  reexamWithinDays: z.number().int().min(0).max(3650).optional(),
  /** A current programme that ends from today to today + N days. */
  iprExpiringWithinDays: z.number().int().min(0).max(3650).optional(),
  /** A measure sent to the portal whose order deadline is at most N days away (or passed). */
  portalDeadlineWithinDays: z.number().int().min(0).max(3650).optional(),
  /** Programme measures not yet delivered (recommended, sent or ordered). */
  iprPending: z.boolean().optional(),
  /** No consent to personal-data processing on file. */
  consentMissing: z.boolean().optional(),
  /** A case that is neither refused, terminated nor withdrawn. */
  activeCase: z.boolean().optional(),
  ageFrom: z.number().int().min(0).max(120).optional(),
  ageTo: z.number().int().min(0).max(120).optional(),
});

export const applicantsContract = {
  'applicants.list': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: applicantListInput,
    output: z.object({
      rows: z.array(applicantView),
      total: z.number().int(),
      /** A name search stopped counting at `total`: there are more matches. */
      totalCapped: z.boolean(),
    }),
  }),
  /** The list as it is filtered and ordered, to a spreadsheet (at most REGISTRY_EXPORT_LIMIT rows). */
  'applicants.export': def({
    kind: 'task',
    access: REGISTRY_WRITERS,
    input: applicantListInput.omit({ page: true, pageSize: true }),
    output: z.object({
      fileName: z.string(),
      base64: z.string(),
      rows: z.number().int(),
      /** More people matched than a file holds: the first REGISTRY_EXPORT_LIMIT were written. */
      capped: z.boolean(),
    }),
  }),
  'applicants.get': def({
    kind: 'read',
    auditRead: true,
    access: REGISTRY_READERS,
    input: z.object({ id: z.string().uuid() }),
    output: applicantView,
  }),
  'applicants.history': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({
      id: z.string().uuid(),
      page: z.number().int().min(1).max(100_000).default(1),
      pageSize: z.number().int().min(1).max(200).default(25),
      sortDir: z.enum(['asc', 'desc']).default('desc'),
    }),
    output: z.object({ rows: z.array(auditEntryView), total: z.number().int() }),
  }),
  'applicants.card': def({
    kind: 'read',
    auditRead: true,
    access: REGISTRY_READERS,
    input: z.object({ id: uuid }),
    output: personCardView,
  }),
  /** People who may be registered twice: same Latin name key and birth date. */
  'applicants.duplicateReport': def({
    kind: 'read',
    access: REGISTRY_WRITERS,
    input: z.object({ limit: z.number().int().min(1).max(500).default(100) }),
    output: z.object({ groups: z.array(z.array(duplicateCandidate)), totalGroups: z.number().int() }),
  }),
  /** The card as an A4 PDF in kk, ru or en (printing personal data is recorded). */
  'applicants.summaryPdf': def({
    kind: 'task',
    access: REGISTRY_READERS,
    input: z.object({ id: uuid, locale: z.enum(LOCALES) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  'household.add': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      applicantId: uuid,
      fullName: f.shortText(150),
      relation: z.enum(RELATIONS, { error: 'required' }),
      birthYear: z.number().int().min(1900).max(2100).nullable().optional(),
      occupation: f.optionalText(150),
    }),
    output: householdMemberView,
  }),
  'household.remove': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ id: uuid }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'representatives.add': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      applicantId: uuid,
      kind: z.enum(REPRESENTATIVE_KINDS, { error: 'required' }),
      /** A person already in the registry; their name and IIN are then taken from the card. */
      representativeId: uuid.nullable().optional(),
      fullName: f.optionalText(150),
      iin: f.optionalIin,
      phone: f.phone,
      basisDocument: f.shortText(200),
      basisDate: f.optionalPastDate,
      validUntil: f.optionalIsoDate,
    }),
    output: representativeView,
  }),
  'representatives.remove': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ id: uuid }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'incomes.add': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z
      .object({
        applicantId: uuid,
        kind: z.enum(INCOME_KINDS, { error: 'required' }),
        amount: z.number().int().min(0).max(100_000_000),
        periodFrom: f.isoDate,
        periodTo: f.optionalIsoDate,
        note: f.optionalText(300),
      })
      .refine((v) => !v.periodTo || v.periodTo >= v.periodFrom, { error: 'rangeOrder', path: ['periodTo'] }),
    output: incomeView,
  }),
  'incomes.remove': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({ id: uuid }),
    output: z.object({ ok: z.literal(true) }),
  }),
  'applicants.create': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: applicantInput,
    output: applicantView,
  }),
  'applicants.update': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: applicantUpdateInput,
    output: applicantView,
  }),
  /** Before registering: the same IIN (blocks) and people with a similar name and the same birth date. */
  'applicants.checkDuplicates': def({
    kind: 'read',
    access: REGISTRY_WRITERS,
    input: z.object({
      iin: f.optionalIin,
      lastName: f.clean(z.string().max(80)).default(''),
      firstName: f.clean(z.string().max(80)).default(''),
      birthDate: f.optionalIsoDate,
      excludeId: z.string().uuid().optional(),
    }),
    output: z.object({ sameIin: duplicateCandidate.nullable(), similar: z.array(duplicateCandidate) }),
  }),
} as const;
