import { z } from 'zod';
import { ADMIN, def, REGISTRY_WRITERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { LOCALES, type Role } from '../../api/roles';
import {
  ALLOWANCE_END_REASONS,
  CAREGIVER_RELATIONS,
  CAREGIVER_ROLES,
  CAREGIVER_STATUSES,
  CHECK_RESULTS,
  CONTRACT_END_REASONS,
  ELIGIBILITY_CHECKS,
  EVIDENCE_KINDS,
  PAY_COMPONENTS,
} from './domain';

// Family members as paid caregivers: registration with the legal checks, the care allowance they
// exclude, contracts, timesheets, the monthly pay and the accountant's payment register.

/** Who reads pay: the registry's readers and the accountant. */
const PAY_READERS: readonly Role[] = ['admin', 'caseworker', 'head', 'auditor', 'accountant'];
/** Who closes a month's payroll: the accountant (and the administrator). */
const PAY_CLOSERS: readonly Role[] = ['admin', 'accountant'];
const HEADS: readonly Role[] = ['admin', 'head'];

const month = z.string({ error: 'required' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'monthFormat' });
/** Tenge and tiyn as entered: a whole number of tiyn. */
const tiyn = z.number({ error: 'required' }).int().min(1).max(100_000_000);

export const eligibilityView = z.object({
  state: z.enum(['eligible', 'awaiting_documents', 'refused']),
  failed: z.array(z.string()),
  missing: z.array(z.enum(ELIGIBILITY_CHECKS)),
});

export const checkView = z.object({
  id: z.string(),
  check: z.enum(ELIGIBILITY_CHECKS),
  result: z.enum(CHECK_RESULTS),
  evidenceKind: z.enum(EVIDENCE_KINDS),
  evidenceNo: z.string(),
  evidenceOn: z.string(),
  validUntil: z.string().nullable(),
  note: z.string().nullable(),
  checkedBy: z.string(),
  checkedAt: z.string(),
});

export const contractView = z.object({
  id: z.string(),
  number: z.string(),
  signedOn: z.string(),
  fromOn: z.string(),
  toOn: z.string(),
  hourlyRate: z.number().int(),
  hoursPerDay: z.number().int(),
  iban: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.enum(CONTRACT_END_REASONS).nullable(),
});

export const registrationView = z.object({
  id: z.string(),
  caredForId: z.string(),
  caredForName: z.string(),
  caregiverId: z.string(),
  caregiverName: z.string(),
  caregiverIin: z.string().nullable(),
  relation: z.enum(CAREGIVER_RELATIONS),
  role: z.enum(CAREGIVER_ROLES),
  hoursPerDay: z.number().int(),
  basis: z.string(),
  registeredOn: z.string(),
  status: z.enum(CAREGIVER_STATUSES),
  endedOn: z.string().nullable(),
  endReason: z.enum(CONTRACT_END_REASONS).nullable(),
  /** The contract in force (or the last one). */
  contract: contractView.nullable(),
});

export const allowanceView = z.object({
  id: z.string(),
  caredForId: z.string(),
  recipientName: z.string(),
  recipientIin: z.string().nullable(),
  fromOn: z.string(),
  endedOn: z.string().nullable(),
  endReason: z.enum(ALLOWANCE_END_REASONS).nullable(),
});

export const registerInput = z.object({
  caredForId: uuid,
  caregiverId: uuid,
  relation: z.enum(CAREGIVER_RELATIONS, { error: 'required' }),
  role: z.enum(CAREGIVER_ROLES, { error: 'required' }),
  hoursPerDay: z.number({ error: 'required' }).int().min(1).max(12),
  basis: f.shortText(300),
  registeredOn: f.isoDate,
});

export const checkInput = z.object({
  registrationId: uuid,
  check: z.enum(ELIGIBILITY_CHECKS, { error: 'required' }),
  result: z.enum(CHECK_RESULTS, { error: 'required' }),
  evidenceKind: z.enum(EVIDENCE_KINDS, { error: 'required' }),
  evidenceNo: f.shortText(80),
  evidenceOn: f.isoDate,
  validUntil: f.optionalIsoDate,
  note: f.optionalText(500, { multiline: true }),
});

/** A Kazakh IBAN: KZ, two check digits, three bank digits, thirteen characters. */
const iban = z
  .string({ error: 'required' })
  .transform((v) => v.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^KZ\d{2}[0-9A-Z]{16}$/, { error: 'ibanFormat' }));

export const contractInput = z
  .object({
    registrationId: uuid,
    number: f.shortText(40),
    signedOn: f.isoDate,
    fromOn: f.isoDate,
    toOn: f.isoDate,
    hoursPerDay: z.number({ error: 'required' }).int().min(1).max(12),
    iban,
  })
  .refine((v) => v.toOn >= v.fromOn, {
    path: ['toOn'],
    error: 'rangeOrder',
    when: ({ issues }) => !issues.some((i) => i.path?.[0] === 'fromOn' || i.path?.[0] === 'toOn'),
  });

export const allowanceInput = z.object({
  caredForId: uuid,
  recipientName: f.shortText(150),
  recipientIin: f.optionalIin,
  fromOn: f.isoDate,
});

export const rateInput = z.object({
  role: z.enum(CAREGIVER_ROLES, { error: 'required' }),
  effectiveFrom: f.isoDate,
  hourlyRate: tiyn,
  basis: f.shortText(300),
});

const figuresShape = {
  mrp: tiyn,
  mzp: tiyn,
  subsistence: tiyn,
  opvRate: z.number().int().min(0).max(10_000),
  opvCapMzp: z.number().int().min(1).max(1000),
  opvrRate: z.number().int().min(0).max(10_000),
  soRate: z.number().int().min(0).max(10_000),
  soMinMzp: z.number().int().min(0).max(1000),
  soMaxMzp: z.number().int().min(1).max(1000),
  vosmsRate: z.number().int().min(0).max(10_000),
  vosmsCapMzp: z.number().int().min(1).max(1000),
  oosmsRate: z.number().int().min(0).max(10_000),
  oosmsCapMzp: z.number().int().min(1).max(1000),
  ipnRate: z.number().int().min(0).max(10_000),
  ipnThresholdMrp: z.number().int().min(1).max(1_000_000),
  ipnHighRate: z.number().int().min(0).max(10_000),
  ipnDeductionMrp: z.number().int().min(0).max(1000),
};
export const payFiguresInput = z.object({
  year: z.number({ error: 'required' }).int().min(2020).max(2100),
  ...figuresShape,
  basis: f.shortText(1000),
});

const applicabilityView = z.record(z.enum(CAREGIVER_ROLES), z.record(z.enum(PAY_COMPONENTS), z.boolean()));

export const payLineView = z.object({
  contractId: z.string(),
  registrationId: z.string(),
  caregiverName: z.string(),
  caregiverIin: z.string().nullable(),
  iban: z.string(),
  role: z.enum(CAREGIVER_ROLES),
  hours: z.number().int(),
  hourlyRate: z.number().int(),
  gross: z.number().int(),
  opv: z.number().int(),
  vosms: z.number().int(),
  ipn: z.number().int(),
  net: z.number().int(),
  opvr: z.number().int(),
  so: z.number().int(),
  oosms: z.number().int(),
});

const totalsView = payLineView.pick({
  hours: true,
  gross: true,
  opv: true,
  vosms: true,
  ipn: true,
  net: true,
  opvr: true,
  so: true,
  oosms: true,
});

export const caregiverListInput = z.object({
  query: f.clean(z.string().max(100, { error: 'tooLong' })).default(''),
  role: z.enum(CAREGIVER_ROLES).optional(),
  status: z.enum(CAREGIVER_STATUSES).optional(),
  contractEndingWithinDays: z.number().int().min(1).max(365).optional(),
  /** Registrations whose person cared for no longer qualifies (the home screen's alert). */
  affected: z.boolean().optional(),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
  sortBy: z.enum(['name', 'registeredOn', 'contractTo']).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
});

export const caregiversContract = {
  'caregivers.list': def({
    kind: 'read',
    access: PAY_READERS,
    input: caregiverListInput,
    output: z.object({
      rows: z.array(registrationView.omit({ contract: true }).extend({ contractTo: z.string().nullable() })),
      total: z.number().int(),
    }),
  }),
  /** The person cared for's Caregivers tab: registrations, the care allowance, what blocks what. */
  'caregivers.forPerson': def({
    kind: 'read',
    access: PAY_READERS,
    input: z.object({ applicantId: uuid }),
    output: z.object({
      registrations: z.array(registrationView.extend({ eligibility: eligibilityView })),
      allowances: z.array(allowanceView),
      /** Null when the person qualifies for an individual assistant; else the rule's key. */
      assistantRefusal: z.string().nullable(),
    }),
  }),
  'caregivers.card': def({
    kind: 'read',
    access: PAY_READERS,
    auditRead: true,
    input: z.object({ id: uuid }),
    output: z.object({
      registration: registrationView,
      eligibility: eligibilityView,
      /** Every check recorded, newest first (the latest of each is the one that counts). */
      checks: z.array(checkView),
      contracts: z.array(contractView),
      timesheets: z.array(
        z.object({
          id: z.string(),
          contractId: z.string(),
          month: z.string(),
          totalHours: z.number().int(),
          adjustedHours: z.number().int(),
          state: z.enum(['draft', 'confirmed']),
        }),
      ),
      pay: z.array(payLineView.extend({ month: z.string() })),
    }),
  }),
  /** Registers the caregiver; the legal checks then move it from awaiting documents. */
  'caregivers.register': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: registerInput,
    output: z.object({ id: z.string(), status: z.enum(CAREGIVER_STATUSES) }),
  }),
  'caregivers.recordCheck': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: checkInput,
    output: z.object({ id: z.string(), status: z.enum(CAREGIVER_STATUSES), eligibility: eligibilityView }),
  }),
  'caregivers.signContract': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: contractInput,
    output: contractView,
  }),
  'caregivers.endContract': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      contractId: uuid,
      endedOn: f.isoDate,
      reason: z.enum(CONTRACT_END_REASONS, { error: 'required' }),
    }),
    output: contractView,
  }),
  'caregivers.registerAllowance': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: allowanceInput,
    output: allowanceView,
  }),
  'caregivers.endAllowance': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      id: uuid,
      endedOn: f.isoDate,
      reason: z.enum(ALLOWANCE_END_REASONS, { error: 'required' }),
    }),
    output: allowanceView,
  }),
  /** A month's grid: each day with its hours and whether the calendar marks it a day off. */
  'caregivers.timesheet': def({
    kind: 'read',
    access: PAY_READERS,
    input: z.object({ contractId: uuid, month }),
    output: z.object({
      id: z.string().nullable(),
      month: z.string(),
      days: z.array(
        z.object({ date: z.string(), hours: z.number().int(), dayOff: z.boolean(), inContract: z.boolean() }),
      ),
      cap: z.number().int(),
      state: z.enum(['new', 'draft', 'confirmed']),
      totalHours: z.number().int(),
      adjustments: z.array(
        z.object({
          id: z.string(),
          hours: z.number().int(),
          reason: z.string(),
          at: z.string(),
          by: z.string(),
        }),
      ),
    }),
  }),
  'caregivers.saveTimesheet': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      contractId: uuid,
      month,
      days: z
        .array(z.number({ error: 'required' }).int().min(0).max(24))
        .min(28)
        .max(31),
    }),
    output: z.object({ id: z.string(), totalHours: z.number().int() }),
  }),
  /** A head confirms the month: from then on only an adjustment changes its hours. */
  'caregivers.confirmTimesheet': def({
    kind: 'write',
    access: HEADS,
    input: z.object({ id: uuid }),
    output: z.object({ id: z.string(), state: z.literal('confirmed') }),
  }),
  'caregivers.adjustTimesheet': def({
    kind: 'write',
    access: REGISTRY_WRITERS,
    input: z.object({
      timesheetId: uuid,
      hours: z
        .number({ error: 'required' })
        .int()
        .min(-744)
        .max(744)
        .refine((n) => n !== 0, { error: 'nonZero' }),
      reason: f.shortText(300),
    }),
    output: z.object({ id: z.string() }),
  }),
  /** The month's pay: frozen lines once paid, else computed now from the confirmed timesheets. */
  'caregivers.payroll': def({
    kind: 'read',
    access: PAY_READERS,
    input: z.object({ month }),
    output: z.object({
      month: z.string(),
      paid: z.boolean(),
      paidOn: z.string().nullable(),
      lines: z.array(payLineView),
      totals: totalsView,
      /** Contracts with hours this month whose timesheet is not confirmed yet. */
      unconfirmed: z.number().int(),
      figuresYear: z.number().int().nullable(),
    }),
  }),
  /** Pays the month: its lines are written and locked; the month is closed. */
  'caregivers.closePayroll': def({
    kind: 'write',
    access: PAY_CLOSERS,
    input: z.object({ month, paidOn: f.isoDate }),
    output: z.object({
      month: z.string(),
      lines: z.number().int(),
      gross: z.number().int(),
      net: z.number().int(),
    }),
  }),
  /** The payment register for the accountant, as .xlsx (totals as formulas) or PDF. */
  'caregivers.paymentRegister': def({
    kind: 'task',
    access: PAY_READERS,
    input: z.object({ month, format: z.enum(['xlsx', 'pdf']), locale: z.enum(LOCALES) }),
    output: z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int() }),
  }),
  /** The registration card with the contract as a PDF in kk, ru or en (audited under the person). */
  'caregivers.cardPdf': def({
    kind: 'task',
    access: PAY_READERS,
    input: z.object({ id: uuid, locale: z.enum(LOCALES) }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
  }),
  'caregivers.rates': def({
    kind: 'read',
    access: 'authenticated',
    input: z.object({}),
    output: z.array(rateInput.extend({ id: z.string() })),
  }),
  'caregivers.saveRate': def({
    kind: 'write',
    access: ADMIN,
    input: rateInput,
    output: z.object({ id: z.string() }),
  }),
  'caregivers.payFigures': def({
    kind: 'read',
    access: PAY_READERS,
    input: z.object({}),
    output: z.object({
      years: z.array(payFiguresInput),
      applicability: applicabilityView,
    }),
  }),
  'caregivers.savePayFigures': def({
    kind: 'write',
    access: ADMIN,
    input: payFiguresInput,
    output: z.object({ year: z.number().int() }),
  }),
  'caregivers.setApplicability': def({
    kind: 'write',
    access: ADMIN,
    input: z.object({
      role: z.enum(CAREGIVER_ROLES),
      component: z.enum(PAY_COMPONENTS),
      applies: z.boolean(),
    }),
    output: applicabilityView,
  }),
} as const;
