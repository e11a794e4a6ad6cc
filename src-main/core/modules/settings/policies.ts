import { eq, inArray } from 'drizzle-orm';
import { isoNow } from '../../clock';
import type { Db } from '../../db/database';
import { settings } from '../../db/schema/system';
import type { ServiceContext } from '../../shared/context';

// Office-wide settings, one JSON value per key. Office facts are strings; the security and
// backup policies are objects whose missing fields fall back to the defaults below, so a
// database from an older version (or a fresh one) always yields a complete policy.

export interface SecurityPolicy {
  /** Failed passwords in a row before the account locks. */
  lockoutAttempts: number;
  lockoutMinutes: number;
  /** Idle minutes before the screen locks and asks for the password again. */
  idleLockMinutes: number;
  /** Hours without any request after which a session ends and a new login is needed. */
  sessionHours: number;
}

export interface BackupPolicy {
  /** null: the "backups" folder beside the database. */
  folder: string | null;
  intervalHours: number;
  /** Newest copies kept from today. */
  keepRecent: number;
  /** One copy a day is kept for this many days. */
  keepDaily: number;
  /** Hard cap on the number of kept copies. */
  keepMax: number;
}

export const SECURITY_DEFAULTS: SecurityPolicy = {
  lockoutAttempts: 5,
  lockoutMinutes: 15,
  idleLockMinutes: 15,
  sessionHours: 8,
};

export const BACKUP_DEFAULTS: BackupPolicy = {
  folder: null,
  intervalHours: 4,
  keepRecent: 3,
  keepDaily: 14,
  keepMax: 30,
};

/**
 * How far ahead the home screen's alerts look, in days. Offices plan differently (a district
 * with one caseworker wants more notice), so these are settings, not constants.
 */
export interface AlertHorizons {
  /** Re-examination of disability due within. */
  reexamDays: number;
  /** Individual programme ending within. */
  iprDays: number;
  /** Portal order deadline within. */
  portalDays: number;
}

/**
 * Rules where the law is unsettled and the office (on its lawyer's advice) decides; each is
 * shown with its basis in Settings.
 */
export interface LegalRules {
  /**
   * SC art. 163 p.2 names "persons with group I disability with difficulty moving"; whether a
   * child of 7–18 with group I qualifies is not settled. Off: adults only.
   */
  assistantForChildrenGroupI: boolean;
  /**
   * docs/domain.md: only certified specialists do social work; an office may let a caseworker go
   * ahead with a stated reason (audited) while certificates are being renewed. Off by default.
   */
  allowUncertifiedWithReason: boolean;
  /**
   * SC art. 167: a supplier removed by the complaints commission may re-register no earlier than
   * one year after the removal. Months, so an office can follow a change of the rule.
   */
  supplierBanMonths: number;
  /**
   * The complaints commission's review term (docs/domain.md §9): the Social Code says 10 working
   * days ('code', the default), the ministry said 5 ('ministry'). Read at intake and kept on the
   * complaint, so a later change does not move deadlines already running.
   */
  complaintReviewReading: 'code' | 'ministry';
}

/**
 * Working days the akimat has for a decision after an application (SC art. 141; docs/domain.md; the public
 * service standards, being revised in 2026): home-based services 14, stationary 17, an individual
 * assistant 10.
 */
export interface DeadlinePolicy {
  homeDays: number;
  stationaryDays: number;
  assistantDays: number;
}

export const DEADLINE_DEFAULTS: DeadlinePolicy = { homeDays: 14, stationaryDays: 17, assistantDays: 10 };

/**
 * Days before a specialist's certificate or qualification category ends when the home screen
 * starts counting it: a notice, a warning and an urgent band (docs/domain.md §7). The widest band
 * is also what the register calls "expiring".
 */
export interface CertificateHorizons {
  urgentDays: number;
  warnDays: number;
  noticeDays: number;
}

export const CERT_ALERT_DEFAULTS: CertificateHorizons = { urgentDays: 7, warnDays: 30, noticeDays: 90 };

export const ALERT_DEFAULTS: AlertHorizons = { reexamDays: 30, iprDays: 30, portalDays: 14 };
export const LEGAL_RULES_DEFAULTS: LegalRules = {
  assistantForChildrenGroupI: false,
  allowUncertifiedWithReason: false,
  supplierBanMonths: 12,
  complaintReviewReading: 'code',
};

/**
 * The office as documents name it, in both languages: akimat documents are bilingual, so the
 * Kazakh screen and PDF must not carry the Russian name. The head's name and position are for
 * signature blocks. Installs made before this existed had one name (`office.name`); migration
 * 0015 carried it into both languages until an administrator edits them.
 */
export interface OfficeIdentity {
  nameKk: string;
  nameRu: string;
  akimatKk: string;
  akimatRu: string;
  headName: string;
  headPositionKk: string;
  headPositionRu: string;
}

interface SettingValues {
  /** The first name the office was given (Russian until 0015); kept for old readers. */
  'office.name': string;
  office: OfficeIdentity;
  'office.districtKato': string;
  'office.initializedAt': string;
  security: SecurityPolicy;
  backup: BackupPolicy;
  alerts: AlertHorizons;
  certAlerts: CertificateHorizons;
  rules: LegalRules;
  deadlines: DeadlinePolicy;
  /** The install's id (migration 0027): what the oblast knows this install's packages by. */
  'install.id': string;
  /** 'consolidation': an oblast's database of many districts (imports packages, exports none). */
  'exchange.mode': 'district' | 'consolidation';
  exchange: ExchangePolicy;
  /** At a district: the oblast's public keys (packages are encrypted to one, receipts signed by the other). */
  'exchange.oblast': { encryptionKey: string; signingKey: string; fingerprint: string };
}

/** The periodic export upward (docs/domain.md): where packages go, when to remind, what stays home. */
export interface ExchangePolicy {
  /** The folder packages are written to (e.g. a removable drive); null: `exports` beside the database. */
  folder: string | null;
  /** Days after the last export when the home screen raises its alert. */
  alertDays: number;
  /** Exported tables that do not go upward at all. */
  excludeTables: string[];
  /** Columns that do not go upward in any table (free-text notes by default). */
  excludeFields: string[];
}

export const EXCHANGE_DEFAULTS: ExchangePolicy = {
  folder: null,
  alertDays: 7,
  excludeTables: [],
  excludeFields: ['note', 'check_note', 'reimbursement_note', 'delay_reason'],
};

export function exchangePolicy(db: Db): ExchangePolicy {
  return { ...EXCHANGE_DEFAULTS, ...(readSetting(db, 'exchange') ?? {}) };
}

export type SettingKey = keyof SettingValues;

export function readSettings<K extends SettingKey>(
  db: Db,
  keys: readonly K[],
): Partial<Pick<SettingValues, K>> {
  const rows = db
    .select()
    .from(settings)
    .where(inArray(settings.key, [...keys]))
    .all();
  return Object.fromEntries(rows.map((r) => [r.key, JSON.parse(r.value)])) as Partial<Pick<SettingValues, K>>;
}

export function readSetting<K extends SettingKey>(db: Db, key: K): SettingValues[K] | null {
  const row = db.select().from(settings).where(eq(settings.key, key)).get();
  return row ? (JSON.parse(row.value) as SettingValues[K]) : null;
}

export function securityPolicy(db: Db): SecurityPolicy {
  return { ...SECURITY_DEFAULTS, ...(readSetting(db, 'security') ?? {}) };
}

export function backupPolicy(db: Db): BackupPolicy {
  return { ...BACKUP_DEFAULTS, ...(readSetting(db, 'backup') ?? {}) };
}

export function officeIdentity(db: Db): OfficeIdentity {
  const stored = readSetting(db, 'office');
  if (stored) return stored;
  const name = readSetting(db, 'office.name') ?? '';
  return {
    nameKk: name,
    nameRu: name,
    akimatKk: '',
    akimatRu: '',
    headName: '',
    headPositionKk: '',
    headPositionRu: '',
  };
}

/** The office's name in a document's or screen's language (Kazakh, or Russian for ru and en). */
export function officeName(db: Db, locale: string): string {
  const office = officeIdentity(db);
  return locale === 'kk' ? office.nameKk || office.nameRu : office.nameRu || office.nameKk;
}

export function alertHorizons(db: Db): AlertHorizons {
  return { ...ALERT_DEFAULTS, ...(readSetting(db, 'alerts') ?? {}) };
}

export function certificateHorizons(db: Db): CertificateHorizons {
  return { ...CERT_ALERT_DEFAULTS, ...(readSetting(db, 'certAlerts') ?? {}) };
}

export function deadlinePolicy(db: Db): DeadlinePolicy {
  return { ...DEADLINE_DEFAULTS, ...(readSetting(db, 'deadlines') ?? {}) };
}

export function legalRules(db: Db): LegalRules {
  return { ...LEGAL_RULES_DEFAULTS, ...(readSetting(db, 'rules') ?? {}) };
}

/** Writes one setting and audits it field by field (an object value) or as a whole (a string). */
export function writeSetting<K extends SettingKey>(
  ctx: ServiceContext,
  key: K,
  value: SettingValues[K],
): void {
  const at = isoNow(ctx.clock);
  const by = ctx.actor?.userId ?? `${ctx.door}:system`;
  const old = readSetting(ctx.db, key);
  const json = JSON.stringify(value);
  ctx.db
    .insert(settings)
    .values({ key, value: json, updatedAt: at, updatedBy: by })
    .onConflictDoUpdate({ target: settings.key, set: { value: json, updatedAt: at, updatedBy: by } })
    .run();
  const changes: Record<string, [unknown, unknown]> = {};
  if (typeof value === 'object' && value !== null) {
    const before = (old ?? {}) as Record<string, unknown>;
    for (const [field, next] of Object.entries(value)) {
      if (before[field] !== next) changes[field] = [before[field] ?? null, next];
    }
    if (Object.keys(changes).length === 0) return;
  } else {
    changes.value = [old, value];
  }
  ctx.audit({ entity: 'setting', entityId: key, action: old === null ? 'create' : 'update', changes });
}
