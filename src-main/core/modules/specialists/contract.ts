import { z } from 'zod';
import { ADMIN, def, REGISTRY_READERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { LOCALES } from '../../api/roles';
import { auditEntryView } from '../audit/contract';
import { CASE_STATUSES } from '../cases/domain';
import { CERTIFICATION_STATES, EDUCATION_LEVELS, IMPORT_FIELDS, SPECIALIST_POSITIONS } from './domain';

// The register of specialists: who signs acts and is responsible for work plans.

export const specialistView = z.object({
  id: z.string(),
  iin: z.string(),
  lastName: z.string(),
  firstName: z.string(),
  patronymic: z.string().nullable(),
  position: z.enum(SPECIALIST_POSITIONS),
  providerId: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  employedFrom: z.string().nullable(),
  employedTo: z.string().nullable(),
  publishConsent: z.boolean(),
  /** The latest end among the live certificates (null: never certified). */
  certValidUntil: z.string().nullable(),
  categoryValidUntil: z.string().nullable(),
  /** The state today (the office's date), with the expiring horizon of the alerts. */
  certState: z.enum(CERTIFICATION_STATES),
});

export const specialistInput = z.object({
  /** Absent: a new specialist. */
  id: uuid.optional(),
  iin: f.iin,
  lastName: f.personName,
  firstName: f.personName,
  patronymic: f.optionalPersonName,
  position: z.enum(SPECIALIST_POSITIONS, { error: 'required' }),
  providerId: uuid.nullable().optional(),
  phone: f.phone,
  active: z.boolean().default(true),
  employedFrom: f.optionalPastDate,
  employedTo: f.optionalIsoDate,
  publishConsent: z.boolean().default(false),
});

const certificateView = z.object({
  id: z.string(),
  number: z.string(),
  issuer: z.string(),
  issuedOn: z.string(),
  validUntil: z.string(),
  scope: z.string().nullable(),
  removedAt: z.string().nullable(),
  removeReason: z.string().nullable(),
});

const categoryAssignmentView = z.object({
  id: z.string(),
  categoryCode: z.string(),
  orderNo: z.string(),
  assignedOn: z.string(),
  validUntil: z.string(),
  removedAt: z.string().nullable(),
  removeReason: z.string().nullable(),
});

const loadView = z.object({
  activeCases: z.number().int(),
  recipients: z.number().int(),
  hoursPerWeek: z.number(),
  visitsPerWeek: z.number(),
});

const importFile = z.object({
  fileName: f.shortText(200),
  /** The file's bytes; the web bridge's body limit caps it too. */
  base64: z.string().min(1, { error: 'required' }).max(8_000_000, { error: 'tooLong' }),
  /** Field → the file's header it is read from (null: not read). Absent: suggested from headers. */
  mapping: z.partialRecord(z.enum(IMPORT_FIELDS), z.string().max(200).nullable()).optional(),
});

export const qualificationCategoryInput = z.object({
  code: z
    .string({ error: 'required' })
    .trim()
    .regex(/^[a-z0-9_]{2,40}$/, { error: 'codeFormat' }),
  nameKk: f.shortText(200),
  nameRu: f.shortText(200),
  validityYears: z.number({ error: 'required' }).int().min(1).max(10),
  basis: f.shortText(300),
  effectiveFrom: f.isoDate,
  active: z.boolean().default(true),
});

export const certificateInput = z
  .object({
    specialistId: uuid,
    number: f.shortText(60),
    issuer: f.shortText(200),
    issuedOn: f.isoDate,
    validUntil: f.isoDate,
    scope: f.optionalText(300),
  })
  .refine((v) => v.validUntil >= v.issuedOn, {
    path: ['validUntil'],
    error: 'rangeOrder',
    when: ({ issues }) => !issues.some((i) => i.path?.[0] === 'issuedOn' || i.path?.[0] === 'validUntil'),
  });

export const educationInput = z.object({
  specialistId: uuid,
  level: z.enum(EDUCATION_LEVELS, { error: 'required' }),
  institution: f.shortText(200),
  speciality: f.shortText(200),
  diplomaNo: f.optionalText(60),
  diplomaOn: f.optionalPastDate,
});

export const trainingInput = z
  .object({
    specialistId: uuid,
    course: f.shortText(300),
    hours: z.number({ error: 'required' }).int().min(1).max(2000),
    fromOn: f.isoDate,
    toOn: f.isoDate,
    certificateNo: f.optionalText(60),
  })
  .refine((v) => v.toOn >= v.fromOn, {
    path: ['toOn'],
    error: 'rangeOrder',
    when: ({ issues }) => !issues.some((i) => i.path?.[0] === 'fromOn' || i.path?.[0] === 'toOn'),
  });

export const categoryInput = z.object({
  specialistId: uuid,
  categoryCode: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(40),
  orderNo: f.shortText(60),
  assignedOn: f.isoDate,
  /** Absent: the category's validity from the day assigned. */
  validUntil: f.optionalIsoDate,
});

export const specialistSearchInput = z.object({
  /** Name (folded: "айгул" finds "Айгүл") or an IIN prefix. */
  query: f.clean(z.string().max(100, { error: 'tooLong' })).default(''),
  position: z.enum(SPECIALIST_POSITIONS).optional(),
  /** A provider's id, or "department" for the department's own staff. */
  employer: z.string().max(40).optional(),
  state: z.enum(CERTIFICATION_STATES).optional(),
  /** Certificates ending within this many days from today (not yet ended). */
  expiringWithinDays: z.number().int().min(1).max(365).optional(),
  /** Qualification categories ending within this many days from today (not yet ended). */
  categoryExpiringWithinDays: z.number().int().min(1).max(365).optional(),
  activeOnly: z.boolean().default(true),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
  sortBy: z.enum(['name', 'certValidUntil', 'position']).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
});

export const specialistsContract = {
  /** Every specialist, active first, by name (the option lists of acts and plans). */
  'specialists.list': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({ activeOnly: z.boolean().default(false) }),
    output: z.array(specialistView),
  }),
  /** The register page: search as you type, filters, sorted and paged on the server. */
  'specialists.search': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: specialistSearchInput,
    output: z.object({ rows: z.array(specialistView), total: z.number().int() }),
  }),
  /** The list as searched and filtered, to an .xlsx (headers in the caller's language). */
  'specialists.export': def({
    kind: 'task',
    access: REGISTRY_READERS,
    input: specialistSearchInput.omit({ page: true, pageSize: true }),
    output: z.object({
      fileName: z.string(),
      base64: z.string(),
      rows: z.number().int(),
      capped: z.boolean(),
    }),
  }),
  /** One specialist with certificates, categories and active case load. */
  'specialists.card': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({ id: uuid }),
    output: z.object({
      specialist: specialistView,
      certificates: z.array(certificateView),
      categories: z.array(categoryAssignmentView),
      education: z.array(
        z.object({
          id: z.string(),
          level: z.enum(EDUCATION_LEVELS),
          institution: z.string(),
          speciality: z.string(),
          diplomaNo: z.string().nullable(),
          diplomaOn: z.string().nullable(),
        }),
      ),
      trainings: z.array(
        z.object({
          id: z.string(),
          course: z.string(),
          hours: z.number().int(),
          fromOn: z.string(),
          toOn: z.string(),
          certificateNo: z.string().nullable(),
        }),
      ),
      /** Active cases where the specialist is responsible for the plan in force. */
      activeCases: z.number().int(),
      /** The load of those cases: recipients, planned hours and visits a week. */
      load: loadView,
      /** Those cases: the person, the status and the plan's term. */
      cases: z.array(
        z.object({
          caseId: z.string(),
          number: z.string(),
          status: z.enum(CASE_STATUSES),
          person: z.string(),
          fromOn: z.string(),
          toOn: z.string(),
        }),
      ),
    }),
  }),
  'specialists.addCertificate': def({
    kind: 'write',
    access: ADMIN,
    input: certificateInput,
    output: z.object({ id: z.string() }),
  }),
  /** A certificate entered by mistake is removed with a reason (the row stays, marked). */
  'specialists.removeCertificate': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: uuid, reason: f.shortText(300) }),
    output: z.object({ id: z.string() }),
  }),
  'specialists.addEducation': def({
    kind: 'write',
    access: ADMIN,
    input: educationInput,
    output: z.object({ id: z.string() }),
  }),
  'specialists.addTraining': def({
    kind: 'write',
    access: ADMIN,
    input: trainingInput,
    output: z.object({ id: z.string() }),
  }),
  'specialists.addCategory': def({
    kind: 'write',
    access: ADMIN,
    input: categoryInput,
    output: z.object({ id: z.string() }),
  }),
  /** The qualification categories (reference data with validity and basis). */
  'specialists.categories': def({
    kind: 'read',
    access: 'authenticated',
    input: z.object({}),
    output: z.array(
      z.object({
        code: z.string(),
        nameKk: z.string(),
        nameRu: z.string(),
        validityYears: z.number().int(),
        basis: z.string(),
        effectiveFrom: z.string(),
        active: z.boolean(),
      }),
    ),
  }),
  'specialists.removeCategory': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({ id: uuid, reason: f.shortText(300) }),
    output: z.object({ id: z.string() }),
  }),
  /** Adds a qualification category to the reference table or edits one (its code stays). */
  'specialists.saveCategory': def({
    kind: 'write',
    access: ADMIN,
    input: qualificationCategoryInput,
    output: z.array(qualificationCategoryInput.extend({ active: z.boolean() })),
  }),
  /** The card's history tab: audit entries about the specialist and their records. */
  'specialists.history': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({
      id: uuid,
      page: z.number().int().min(1).max(100_000).default(1),
      pageSize: z.number().int().min(1).max(200).default(25),
      sortDir: z.enum(['asc', 'desc']).default('desc'),
    }),
    output: z.object({ rows: z.array(auditEntryView), total: z.number().int() }),
  }),
  /** Active specialists per position, recipients their plans cover and the ratio; the most loaded. */
  'specialists.caseLoad': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({
      position: z.enum(SPECIALIST_POSITIONS).optional(),
      limit: z.number().int().min(1).max(500).default(50),
    }),
    output: z.object({
      byPosition: z.array(
        z.object({
          position: z.enum(SPECIALIST_POSITIONS),
          specialists: z.number().int(),
          activeCases: z.number().int(),
          recipients: z.number().int(),
          hoursPerWeek: z.number(),
          recipientsPerSpecialist: z.number(),
        }),
      ),
      district: z.object({
        specialists: z.number().int(),
        recipients: z.number().int(),
        recipientsPerSpecialist: z.number(),
      }),
      top: z.array(
        loadView.extend({
          id: z.string(),
          lastName: z.string(),
          firstName: z.string(),
          patronymic: z.string().nullable(),
          position: z.enum(SPECIALIST_POSITIONS),
        }),
      ),
    }),
  }),
  /** The specialist's register card as a PDF in kk, ru or en. */
  'specialists.cardPdf': def({
    kind: 'task',
    access: REGISTRY_READERS,
    input: z.object({ id: uuid, locale: z.enum(LOCALES) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  /** The head's list of certificates and categories ending within N days (default: the widest band). */
  'specialists.expiryPdf': def({
    kind: 'task',
    access: REGISTRY_READERS,
    input: z.object({ days: z.number().int().min(1).max(365).optional(), locale: z.enum(LOCALES) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  /** The dry run of a register import: the mapping, every problem by row and column; writes nothing. */
  'specialists.importPreview': def({
    kind: 'read',
    access: ADMIN,
    input: importFile,
    output: z.object({
      headers: z.array(z.string()),
      mapping: z.record(z.string(), z.string().nullable()),
      rows: z.number().int(),
      ready: z.boolean(),
      specialists: z.number().int(),
      certificates: z.number().int(),
      problemCount: z.number().int(),
      problems: z.array(
        z.object({ row: z.number().int(), column: z.string(), field: z.string(), message: z.string() }),
      ),
      sample: z.array(
        z.object({
          row: z.number().int(),
          iin: z.string(),
          name: z.string(),
          position: z.enum(SPECIALIST_POSITIONS),
          certValidUntil: z.string().nullable(),
        }),
      ),
    }),
  }),
  /** Writes every row of the file in one transaction, or nothing when any row has a problem. */
  'specialists.import': def({
    kind: 'write',
    access: ADMIN,
    input: importFile,
    output: z.object({ specialists: z.number().int(), certificates: z.number().int() }),
  }),
  /** Adds a specialist or edits one (an IIN is registered once). */
  'specialists.save': def({
    kind: 'write',
    access: ADMIN,
    input: specialistInput,
    output: specialistView,
  }),
} as const;
