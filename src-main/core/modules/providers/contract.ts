import { z } from 'zod';
import { ADMIN, def, REGISTRY_READERS, uuid } from '../../api/define';
import * as f from '../../api/fields';
import { LOCALES, type Role } from '../../api/roles';
import { checkBin } from '../../domain/bin';
import { checkIin } from '../../domain/iin';
import { checkKato } from '../../domain/kato';
import { auditEntryView } from '../audit/contract';
import { CASE_STATUSES, SSU_TYPES } from '../cases/domain';
import { COST_ITEMS, PROVIDER_KINDS, TARIFF_CATEGORIES } from './domain';

// The register of providers: whom a person chooses and a referral names; their licences,
// capacity, contacts and bank details; the list of unreliable suppliers (SC art. 167).

/**
 * Who reads the register itself (no personal data): the registry's readers, the accountant who
 * checks the bills, and the complaints commission, whose complaints name a supplier.
 */
export const PROVIDER_READERS: readonly Role[] = [
  ...REGISTRY_READERS,
  'accountant',
  'commission_secretary',
  'commission_member',
];

export const providerView = z.object({
  id: z.string(),
  nameKk: z.string(),
  nameRu: z.string(),
  kind: z.enum(PROVIDER_KINDS),
  bin: z.string(),
  address: z.string().nullable(),
  phone: z.string().nullable(),
  active: z.boolean(),
  licenceNo: z.string().nullable(),
  licenceOn: z.string().nullable(),
  licenceUntil: z.string().nullable(),
  licenceForms: z.array(z.string()),
  licenceSsuTypes: z.array(z.enum(SSU_TYPES)),
  katoCode: z.string().nullable(),
  capacity: z.record(z.string(), z.number().int()),
  email: z.string().nullable(),
  contactPerson: z.string().nullable(),
  bankName: z.string().nullable(),
  iban: z.string().nullable(),
  activeFrom: z.string().nullable(),
  activeTo: z.string().nullable(),
  /** While on the list of unreliable suppliers: the day it may be chosen again. */
  unreliableUntil: z.string().nullable(),
});

const optionalKato = f.emptyAsNull.pipe(
  z
    .string()
    .trim()
    .superRefine((v, ctx) => {
      const problem = checkKato(v);
      if (problem)
        ctx.addIssue({ code: 'custom', message: problem === 'format' ? 'katoFormat' : 'katoOblast' });
    })
    .nullable()
    .optional(),
);

const optionalIban = f.emptyAsNull.pipe(
  z
    .string()
    .transform((v) => v.replace(/\s+/g, '').toUpperCase())
    .pipe(z.string().regex(/^KZ\d{2}[0-9A-Z]{16}$/, { error: 'ibanFormat' }))
    .nullable()
    .optional(),
);

export const providerInput = z
  .object({
    id: uuid.optional(),
    nameKk: f.shortText(200),
    nameRu: f.shortText(200),
    kind: z.enum(PROVIDER_KINDS, { error: 'required' }),
    // Twelve digits and the check digit are the same for a BIN and an IIN: checked here, so the
    // message shows even before the kind is chosen; the kind's own digits are checked below.
    bin: z
      .string({ error: 'required' })
      .trim()
      .min(1, { error: 'required' })
      .superRefine((v, ctx) => {
        const p = checkIin(v);
        if (p) ctx.addIssue({ code: 'custom', message: p === 'format' ? 'binFormat' : 'binChecksum' });
      }),
    address: f.optionalText(300),
    phone: f.phone,
    active: z.boolean().default(true),
    licenceNo: f.optionalText(60),
    licenceOn: f.optionalPastDate,
    licenceUntil: f.optionalIsoDate,
    licenceForms: z.array(z.string().max(40)).max(20).default([]),
    licenceSsuTypes: z.array(z.enum(SSU_TYPES)).max(8).default([]),
    katoCode: optionalKato,
    capacity: z.record(z.string().max(40), z.number().int().min(0).max(100_000)).default({}),
    email: f.emptyAsNull.pipe(z.email({ error: 'emailFormat' }).max(200).nullable().optional()),
    contactPerson: f.optionalText(150),
    bankName: f.optionalText(200),
    iban: optionalIban,
    activeFrom: f.optionalIsoDate,
    activeTo: f.optionalIsoDate,
  })
  // An organisation has a BIN (type and attribute digits checked); an individual entrepreneur
  // registers under their IIN (docs/domain.md).
  .superRefine((v, ctx) => {
    if (v.kind === 'individual_entrepreneur') {
      const p = checkIin(v.bin);
      if (p)
        ctx.addIssue({
          code: 'custom',
          path: ['bin'],
          message: p === 'format' ? 'binFormat' : 'iinChecksum',
        });
    } else {
      const p = checkBin(v.bin);
      const key = {
        format: 'binFormat',
        month: 'binMonth',
        type: 'binType',
        attribute: 'binAttribute',
        checksum: 'binChecksum',
      };
      if (p) ctx.addIssue({ code: 'custom', path: ['bin'], message: key[p] });
    }
    if (v.licenceOn && v.licenceUntil && v.licenceUntil < v.licenceOn)
      ctx.addIssue({ code: 'custom', path: ['licenceUntil'], message: 'rangeOrder' });
    if (v.activeFrom && v.activeTo && v.activeTo < v.activeFrom)
      ctx.addIssue({ code: 'custom', path: ['activeTo'], message: 'rangeOrder' });
    if (v.licenceNo && !v.licenceOn)
      ctx.addIssue({ code: 'custom', path: ['licenceOn'], message: 'required' });
  });

export const unreliableView = z.object({
  id: z.string(),
  providerId: z.string(),
  providerName: z.string(),
  reason: z.string(),
  decisionNo: z.string(),
  decisionOn: z.string(),
  removedOn: z.string(),
  returnOn: z.string(),
});

export const unreliableInput = z.object({
  providerId: uuid,
  reason: f.shortText(500, { multiline: true }),
  decisionNo: f.shortText(60),
  decisionOn: f.isoDate,
  removedOn: f.isoDate,
});

export const providerSearchInput = z.object({
  query: f.clean(z.string().max(100, { error: 'tooLong' })).default(''),
  kind: z.enum(PROVIDER_KINDS).optional(),
  /** A form of provision the licence covers. */
  form: z.string().max(40).optional(),
  /** A district: the KATO code's first four digits. */
  district: z
    .string()
    .regex(/^\d{4}$/)
    .optional(),
  licenceEndingWithinDays: z.number().int().min(1).max(365).optional(),
  unreliable: z.boolean().optional(),
  activeOnly: z.boolean().default(false),
  page: z.number().int().min(1).max(100_000).default(1),
  pageSize: z.number().int().min(1).max(200).default(25),
  sortBy: z.enum(['name', 'licenceUntil']).default('name'),
  sortDir: z.enum(['asc', 'desc']).default('asc'),
});

const tiyn = z.number({ error: 'required' }).int().min(0).max(10_000_000_000);

export const tariffInput = z
  .object({
    year: z.number({ error: 'required' }).int().min(2020).max(2100),
    form: z.string({ error: 'required' }).min(1, { error: 'required' }).max(40),
    category: z.enum(TARIFF_CATEGORIES, { error: 'required' }),
    /** Tiyn per recipient per month. */
    amount: tiyn.refine((n) => n > 0, { error: 'required' }),
    costItems: z.partialRecord(z.enum(COST_ITEMS), tiyn).default({}),
    decreeNo: f.shortText(60),
    decreeOn: f.isoDate,
    effectiveFrom: f.isoDate,
  })
  .superRefine((v, ctx) => {
    const sum = COST_ITEMS.reduce((s, k) => s + (v.costItems[k] ?? 0), 0);
    if (sum !== v.amount) ctx.addIssue({ code: 'custom', path: ['costItems'], message: 'costItemsSum' });
    if (v.effectiveFrom && Number(v.effectiveFrom.slice(0, 4)) !== v.year)
      ctx.addIssue({ code: 'custom', path: ['effectiveFrom'], message: 'effectiveYear' });
  });

export const tariffView = z.object({
  id: z.string(),
  year: z.number().int(),
  form: z.string(),
  category: z.enum(TARIFF_CATEGORIES),
  amount: z.number().int(),
  costItems: z.partialRecord(z.enum(COST_ITEMS), z.number().int()),
  decreeNo: z.string(),
  decreeOn: z.string(),
  effectiveFrom: z.string(),
  /** The day a later decree took over (null: still in force). */
  supersededOn: z.string().nullable(),
});

const month = z.string({ error: 'required' }).regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'monthFormat' });

export const billLineView = z.object({
  caseId: z.string(),
  caseNumber: z.string(),
  person: z.string(),
  iin: z.string().nullable(),
  category: z.enum(TARIFF_CATEGORIES),
  form: z.string(),
  days: z.number().int(),
  monthDays: z.number().int(),
  /** The tariff on the first day served (a mid-month decree is pro-rated day by day). */
  tariff: z.number().int().nullable(),
  amount: z.number().int(),
  /** No tariff covers some of the days served: the bill cannot be confirmed. */
  missingTariff: z.boolean(),
});

export const providersContract = {
  'providers.list': def({
    kind: 'read',
    access: PROVIDER_READERS,
    input: z.object({ activeOnly: z.boolean().default(false) }),
    output: z.array(providerView),
  }),
  /** The register page: search as you type (names, BIN), filters, sorted and paged on the server. */
  'providers.search': def({
    kind: 'read',
    access: PROVIDER_READERS,
    input: providerSearchInput,
    output: z.object({ rows: z.array(providerView), total: z.number().int() }),
  }),
  /** Adds a provider or edits one (a BIN is registered once). */
  'providers.save': def({
    kind: 'write',
    access: ADMIN,
    input: providerInput,
    output: providerView,
  }),
  /** A provider's card: the record, its entries on the unreliable list, its open cases. */
  'providers.card': def({
    kind: 'read',
    access: PROVIDER_READERS,
    input: z.object({ id: uuid }),
    output: z.object({
      provider: providerView,
      unreliable: z.array(unreliableView),
      /** Open cases where the person chose this provider (in service or about to be). */
      openCases: z.number().int(),
    }),
  }),
  /** The card's history tab: audit entries about the provider and its list entries. */
  'providers.history': def({
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
  'providers.tariffs': def({
    kind: 'read',
    access: 'authenticated',
    input: z.object({ year: z.number().int().optional() }),
    output: z.array(tariffView),
  }),
  /** A decree's tariff; a later decree for the same year, form and category supersedes it. */
  'providers.saveTariff': def({
    kind: 'write',
    access: ADMIN,
    input: tariffInput,
    output: tariffView,
  }),
  /** The month's per-capita bill of a provider: frozen once confirmed, else computed now. */
  'providers.bill': def({
    kind: 'read',
    access: ['admin', 'caseworker', 'head', 'auditor', 'accountant'],
    input: z.object({ providerId: uuid, month }),
    output: z.object({
      month: z.string(),
      confirmed: z.boolean(),
      lines: z.array(billLineView),
      total: z.number().int(),
      actAmount: z.number().int().nullable(),
      /** The provider's act minus our bill (null until the act is entered). */
      difference: z.number().int().nullable(),
    }),
  }),
  /** Confirms the month's bill with the provider's act figure; the month is then locked. */
  'providers.confirmBill': def({
    kind: 'write',
    access: ['admin', 'head', 'accountant'],
    input: z.object({ providerId: uuid, month, actAmount: tiyn }),
    output: z.object({ total: z.number().int(), difference: z.number().int() }),
  }),
  /** The bill and the provider's act compared, as PDF for signing or .xlsx (numbers as numbers). */
  'providers.billDocument': def({
    kind: 'task',
    access: ['admin', 'caseworker', 'head', 'auditor', 'accountant'],
    input: z.object({ providerId: uuid, month, format: z.enum(['pdf', 'xlsx']), locale: z.enum(LOCALES) }),
    output: z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int() }),
  }),
  /** The card's Recipients tab: open cases with this provider, and places used per form. */
  'providers.recipients': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({ id: uuid }),
    output: z.object({
      rows: z.array(
        z.object({
          caseId: z.string(),
          caseNumber: z.string(),
          person: z.string(),
          form: z.string().nullable(),
          status: z.enum(CASE_STATUSES),
          since: z.string().nullable(),
        }),
      ),
      /** Per form the licence covers or a case uses: recipients in service and the places. */
      byForm: z.array(
        z.object({ form: z.string(), inService: z.number().int(), places: z.number().int().nullable() }),
      ),
    }),
  }),
  /** The card's Specialists tab: the register's specialists this provider employs. */
  'providers.specialists': def({
    kind: 'read',
    access: REGISTRY_READERS,
    input: z.object({ id: uuid }),
    output: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        position: z.string(),
        active: z.boolean(),
        certValidUntil: z.string().nullable(),
      }),
    ),
  }),
  /** The list of unreliable suppliers (all entries, or one provider's). */
  'providers.unreliable': def({
    kind: 'read',
    access: PROVIDER_READERS,
    input: z.object({ providerId: uuid.optional() }),
    output: z.array(unreliableView),
  }),
  /** Enters a supplier removed by the commission; it may return after the ban (a setting). */
  'providers.markUnreliable': def({
    kind: 'write',
    access: ['admin', 'head', 'commission_secretary'],
    input: unreliableInput,
    output: unreliableView,
  }),
} as const;
