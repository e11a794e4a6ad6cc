import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { contract } from '../../src-main/core/api/contract';
import { ENUM_LABELS } from '../../src-main/core/api/enum-labels';
import { fieldMessage, issuesToFieldKeys, MESSAGE_SOURCES } from '../../src-main/core/api/messages';
import { auditValue } from '../../src-renderer/features/audit/audit-values';
import { I18N_FILES, RESOURCES } from '../../src-renderer/i18n/resources';

// Every UI string exists in Kazakh, Russian and English, and every key the screens ask for by
// name is there; a missing one would show the raw key (or fall back to Russian in a kk screen).

function flatten(node: unknown, prefix = ''): Record<string, string> {
  if (typeof node !== 'object' || node === null) return { [prefix]: String(node) };
  return Object.assign(
    {},
    ...Object.entries(node).map(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k)),
  );
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

// What the renderer loads: the shell's and every feature's strings, and the core's enumeration
// labels as the "enums" namespace (src-renderer/i18n/resources.ts).
const LOCALES = {
  kk: flatten(RESOURCES.kk),
  ru: flatten(RESOURCES.ru),
  en: flatten(RESOURCES.en),
};

describe('translations', () => {
  // A feminine form (`<key>_female`, i18next context) exists only where a language needs one
  // (Russian agreement: «Дееспособна»); the others fall back to the base key.
  // Plural forms differ by language too (Russian one/few/many/other, Kazakh one/other): they
  // are compared by their base key.
  const PLURAL = /_(zero|one|two|few|many|other)$/;
  const shared = (keys: string[]) =>
    [...new Set(keys.filter((k) => !k.endsWith('_female')).map((k) => k.replace(PLURAL, '')))].sort();

  it('kk, ru and en hold the same keys, none empty', () => {
    const keys = shared(Object.keys(LOCALES.ru));
    expect(keys.length).toBeGreaterThan(500);
    for (const [locale, strings] of Object.entries(LOCALES)) {
      expect(shared(Object.keys(strings)), locale).toEqual(keys);
      // Every feminine form has its base form.
      const orphans = Object.keys(strings).filter(
        (k) => k.endsWith('_female') && !(k.replace(/_female$/, '') in strings),
      );
      expect(orphans, locale).toEqual([]);
      const empty = Object.entries(strings).filter(([, v]) => v.trim() === '');
      expect(empty, locale).toEqual([]);
    }
  });

  it('every key the screens name in t("…") exists', () => {
    const root = join(__dirname, '..', '..', 'src-renderer');
    const missing: string[] = [];
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z][\w.]*)'/g)) {
        const key = m[1]!;
        // Keys that name a whole object (plural forms, option lists) have children instead.
        const present = (strings: Record<string, string>) =>
          key in strings ||
          `${key}_other` in strings ||
          Object.keys(strings).some((k) => k.startsWith(`${key}.`));
        if (!present(LOCALES.kk) || !present(LOCALES.ru)) missing.push(`${file.slice(root.length)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('the enumerations are labelled in all three languages alike', () => {
    const keys = shared(Object.keys(flatten(ENUM_LABELS.ru)));
    expect(shared(Object.keys(flatten(ENUM_LABELS.kk)))).toEqual(keys);
    expect(shared(Object.keys(flatten(ENUM_LABELS.en)))).toEqual(keys);
    expect(ENUM_LABELS.ru.capacity?.capable_female).toBe('Дееспособна');
  });
});

describe("the core modules' messages", () => {
  it('no two modules word the same error, issue or field differently', () => {
    const clashes: string[] = [];
    for (const locale of ['kk', 'ru', 'en'] as const) {
      const seen = new Map<string, string>();
      for (const module of MESSAGE_SOURCES) {
        for (const [section, entries] of Object.entries(module[locale])) {
          for (const [key, text] of Object.entries(entries ?? {})) {
            const id = `${locale}.${section}.${key}`;
            const before = seen.get(id);
            if (before !== undefined && before !== text) clashes.push(id);
            seen.set(id, text as string);
          }
        }
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('audit values as the screens show them', () => {
  it('labels codes, dates and lists in the reader’s language', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { kk: { translation: RESOURCES.kk } },
      lng: 'kk',
      interpolation: { escapeValue: false },
    });
    const v = (entity: string | null, field: string, value: unknown) =>
      auditValue(entity, field, value, i18n.t, 'kk');
    expect(v('applicant', 'citizenship', 'kandas')).toBe('Қандас');
    expect(v('applicant', 'sex', 'F')).toBe('Әйел');
    expect(v('applicant', 'birthDate', '1990-03-08')).toBe('08.03.1990');
    expect(v('case', 'status', 'withdrawn')).toBe('Өтініш кері қайтарып алынды');
    expect(v('ipr_measure', 'status', 'sent_to_portal')).toBe('Порталға жіберілді');
    expect(v('case', 'ssuTypes', '["social_domestic","social_legal"]')).toBe(
      'Әлеуметтік-тұрмыстық, Әлеуметтік-құқықтық',
    );
    expect(v('case', 'number', '2026-00001')).toBe('2026-00001');
    expect(v('disability', 'cause', '***')).toBe('***');
    expect(v('applicant', 'phone', null)).toBe('—');
  });
});

describe('where the strings live', () => {
  it('the shell and every feature with screens bring kk, ru and en files', () => {
    const byFolder = new Map<string, string[]>();
    for (const file of I18N_FILES) {
      const folder = file.replace(/\/[a-z]{2}\.json$/, '');
      byFolder.set(folder, [...(byFolder.get(folder) ?? []), file.slice(-7, -5)]);
    }
    expect(byFolder.size).toBeGreaterThan(10);
    for (const [folder, locales] of byFolder) expect(locales.sort(), folder).toEqual(['en', 'kk', 'ru']);
  });
});

describe('size limits name the limit (issue 13, item 6)', () => {
  it('a surname of 500 letters says "at most 80 characters"; a number out of range its bound', () => {
    const schema = contract['applicants.create'].input;
    const long = schema.safeParse({ lastName: 'А'.repeat(500) });
    const keys = issuesToFieldKeys(long.success ? [] : long.error.issues);
    expect(keys.lastName).toBe('maxLength:80');
    expect(fieldMessage('lastName', keys.lastName ?? '', 'ru')).toBe('Фамилия: не более 80 символов');
    expect(fieldMessage('lastName', keys.lastName ?? '', 'kk')).toBe('Тегі: ең көбі 80 таңба');
    const days = contract['settings.setAlerts'].input.safeParse({
      reexamDays: 30,
      iprDays: 30,
      portalDays: 90,
    });
    const dayKeys = issuesToFieldKeys(days.success ? [] : days.error.issues);
    expect(fieldMessage('portalDays', dayKeys.portalDays ?? '', 'ru')).toBe('Заказ на портале: не больше 60');
  });
  it('an empty required date says "required", not the format', () => {
    const r = contract['cases.register'].input.safeParse({ appliedOn: '' });
    expect(issuesToFieldKeys(r.success ? [] : r.error.issues).appliedOn).toBe('required');
  });
});
