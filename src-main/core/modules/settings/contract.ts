import { z } from 'zod';
import { ADMIN, def } from '../../api/define';
import * as f from '../../api/fields';

// Office-wide settings an administrator sets: the security policy and the backup policy.

export const securityPolicyInput = z.object({
  lockoutAttempts: z.number().int().min(3).max(20),
  lockoutMinutes: z
    .number()
    .int()
    .min(1)
    .max(24 * 60),
  idleLockMinutes: z.number().int().min(1).max(240),
  sessionHours: z.number().int().min(1).max(24),
});

export const backupPolicyInput = z.object({
  folder: z
    .string()
    .trim()
    .max(500, { error: 'tooLong' })
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional(),
  intervalHours: z.number().int().min(1).max(168),
  keepRecent: z.number().int().min(1).max(48),
  keepDaily: z.number().int().min(1).max(366),
  keepMax: z.number().int().min(3).max(1000),
});

export const alertHorizonsInput = z.object({
  reexamDays: z.number({ error: 'required' }).int().min(1).max(365),
  iprDays: z.number({ error: 'required' }).int().min(1).max(365),
  portalDays: z.number({ error: 'required' }).int().min(1).max(60),
});

/** Days before a certificate or category ends: urgent < warning < notice. */
export const certificateHorizonsInput = z
  .object({
    urgentDays: z.number({ error: 'required' }).int().min(1).max(365),
    warnDays: z.number({ error: 'required' }).int().min(1).max(365),
    noticeDays: z.number({ error: 'required' }).int().min(1).max(365),
  })
  .refine((v) => v.urgentDays < v.warnDays, { path: ['warnDays'], error: 'thresholdOrder' })
  .refine((v) => v.warnDays < v.noticeDays, { path: ['noticeDays'], error: 'thresholdOrder' });

/** Working days for the akimat's decision (SC art. 141; docs/domain.md). */
export const deadlinesInput = z.object({
  homeDays: z.number({ error: 'required' }).int().min(1).max(60),
  stationaryDays: z.number({ error: 'required' }).int().min(1).max(60),
  assistantDays: z.number({ error: 'required' }).int().min(1).max(60),
});

export const legalRulesInput = z.object({
  assistantForChildrenGroupI: z.boolean(),
  /** An uncertified specialist may sign or serve when a reason is given (audited). Off: refused. */
  allowUncertifiedWithReason: z.boolean().default(false),
  /** SC art. 167: months before a removed supplier may return (1 year). */
  supplierBanMonths: z.number().int().min(1).max(60).default(12),
  /** SC art. 167 vs the ministry's explanation: 10 or 5 working days to review a complaint. */
  complaintReviewReading: z.enum(['code', 'ministry']).default('code'),
});

/** The office's identity in kk and ru (documents are bilingual). */
export const officeInput = z.object({
  nameKk: f.shortText(200),
  nameRu: f.shortText(200),
  akimatKk: f.clean(z.string().max(200, { error: 'tooLong' })).default(''),
  akimatRu: f.clean(z.string().max(200, { error: 'tooLong' })).default(''),
  headName: f.clean(z.string().max(150, { error: 'tooLong' })).default(''),
  headPositionKk: f.clean(z.string().max(200, { error: 'tooLong' })).default(''),
  headPositionRu: f.clean(z.string().max(200, { error: 'tooLong' })).default(''),
});

export const settingsView = z.object({
  office: officeInput,
  security: securityPolicyInput,
  alerts: alertHorizonsInput,
  certAlerts: certificateHorizonsInput,
  rules: legalRulesInput,
  deadlines: deadlinesInput,
  backup: backupPolicyInput.extend({ folder: z.string().nullable() }),
  defaultBackupFolder: z.string(),
});

export const settingsContract = {
  'settings.get': def({
    kind: 'read',
    access: ADMIN,
    input: z.object({}),
    output: settingsView,
  }),
  'settings.setSecurity': def({
    kind: 'write',
    access: ADMIN,
    input: securityPolicyInput,
    output: settingsView,
  }),
  'settings.setBackup': def({
    kind: 'write',
    access: ADMIN,
    input: backupPolicyInput,
    output: settingsView,
  }),
  /** The office's names, its akimat's and its head's, in kk and ru. */
  'settings.setOffice': def({
    kind: 'write',
    access: ADMIN,
    input: officeInput,
    output: settingsView,
  }),
  /** Working days for decisions; open cases' due dates follow in the same transaction. */
  'settings.setDeadlines': def({
    kind: 'write',
    access: ADMIN,
    input: deadlinesInput,
    output: settingsView,
  }),
  /** How far ahead the home screen's alerts look. */
  'settings.setAlerts': def({
    kind: 'write',
    access: ADMIN,
    input: alertHorizonsInput,
    output: settingsView,
  }),
  /** When the home screen starts counting certificates and categories that end. */
  'settings.setCertAlerts': def({
    kind: 'write',
    access: ADMIN,
    input: certificateHorizonsInput,
    output: settingsView,
  }),
  /** The office's decisions where the law is unsettled (each shown with its basis). */
  'settings.setRules': def({
    kind: 'write',
    access: ADMIN,
    input: legalRulesInput,
    output: settingsView,
  }),
} as const;
