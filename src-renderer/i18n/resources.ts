import { ENUM_LABELS } from '../../src-main/core/api/enum-labels';
import shellEn from '../app/i18n/en.json';
import shellKk from '../app/i18n/kk.json';
import shellRu from '../app/i18n/ru.json';
import applicantsEn from '../features/applicants/i18n/en.json';
import applicantsKk from '../features/applicants/i18n/kk.json';
import applicantsRu from '../features/applicants/i18n/ru.json';
import auditEn from '../features/audit/i18n/en.json';
import auditKk from '../features/audit/i18n/kk.json';
import auditRu from '../features/audit/i18n/ru.json';
import authEn from '../features/auth/i18n/en.json';
import authKk from '../features/auth/i18n/kk.json';
import authRu from '../features/auth/i18n/ru.json';
import backupsEn from '../features/backups/i18n/en.json';
import backupsKk from '../features/backups/i18n/kk.json';
import backupsRu from '../features/backups/i18n/ru.json';
import casesEn from '../features/cases/i18n/en.json';
import casesKk from '../features/cases/i18n/kk.json';
import casesRu from '../features/cases/i18n/ru.json';
import disabilityEn from '../features/disability/i18n/en.json';
import disabilityKk from '../features/disability/i18n/kk.json';
import disabilityRu from '../features/disability/i18n/ru.json';
import homeEn from '../features/home/i18n/en.json';
import homeKk from '../features/home/i18n/kk.json';
import homeRu from '../features/home/i18n/ru.json';
import recoveryEn from '../features/recovery/i18n/en.json';
import recoveryKk from '../features/recovery/i18n/kk.json';
import recoveryRu from '../features/recovery/i18n/ru.json';
import settingsEn from '../features/settings/i18n/en.json';
import settingsKk from '../features/settings/i18n/kk.json';
import settingsRu from '../features/settings/i18n/ru.json';
import setupEn from '../features/setup/i18n/en.json';
import setupKk from '../features/setup/i18n/kk.json';
import setupRu from '../features/setup/i18n/ru.json';
import usersEn from '../features/users/i18n/en.json';
import usersKk from '../features/users/i18n/kk.json';
import usersRu from '../features/users/i18n/ru.json';
import worklistsEn from '../features/worklists/i18n/en.json';
import worklistsKk from '../features/worklists/i18n/kk.json';
import worklistsRu from '../features/worklists/i18n/ru.json';

// Every screen's strings: the shell's (app/i18n) and each feature's own (features/<area>/i18n),
// merged into one tree per language, plus the core's enumeration labels as "enums". A new
// feature adds one line to FEATURES. Two features giving the same key is an error at start
// (and in tests/unit/i18n.test.ts), so one cannot silently overwrite another's words.

/** Option lists (a screen's bullet points) are arrays: leaves like strings. */
type Leaf = string | readonly string[];
type Tree = { [key: string]: Leaf | Tree };
const isLeaf = (v: Leaf | Tree): v is Leaf => typeof v === 'string' || Array.isArray(v);

const FEATURES: readonly { kk: Tree; ru: Tree; en: Tree }[] = [
  { kk: shellKk, ru: shellRu, en: shellEn },
  { kk: setupKk, ru: setupRu, en: setupEn },
  { kk: authKk, ru: authRu, en: authEn },
  { kk: usersKk, ru: usersRu, en: usersEn },
  { kk: auditKk, ru: auditRu, en: auditEn },
  { kk: backupsKk, ru: backupsRu, en: backupsEn },
  { kk: recoveryKk, ru: recoveryRu, en: recoveryEn },
  { kk: settingsKk, ru: settingsRu, en: settingsEn },
  { kk: homeKk, ru: homeRu, en: homeEn },
  { kk: applicantsKk, ru: applicantsRu, en: applicantsEn },
  { kk: disabilityKk, ru: disabilityRu, en: disabilityEn },
  { kk: casesKk, ru: casesRu, en: casesEn },
  { kk: worklistsKk, ru: worklistsRu, en: worklistsEn },
];

function merge(into: Tree, from: Tree, path: string): void {
  for (const [key, value] of Object.entries(from)) {
    const at = path ? `${path}.${key}` : key;
    const there = into[key];
    if (there === undefined) {
      if (isLeaf(value)) into[key] = value;
      else {
        const child: Tree = {};
        merge(child, value, at);
        into[key] = child;
      }
    } else if (isLeaf(there) || isLeaf(value)) throw new Error(`i18n key ${at} given twice`);
    else merge(there, value, at);
  }
}

function build(locale: 'kk' | 'ru' | 'en'): Tree {
  const out: Tree = {};
  for (const feature of FEATURES) merge(out, feature[locale], '');
  merge(out, { enums: ENUM_LABELS[locale] }, '');
  return out;
}

export const RESOURCES = { kk: build('kk'), ru: build('ru'), en: build('en') };
