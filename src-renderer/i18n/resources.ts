import { ENUM_LABELS } from '../../src-main/core/api/enum-labels';

// Every screen's strings: the shell's (app/i18n) and each feature's own (features/<area>/i18n),
// merged into one tree per language, plus the core's enumeration labels as "enums". A new
// feature only adds its folder's i18n files. Two features giving the same key is an error at start
// (and in tests/unit/i18n.test.ts), so one cannot silently overwrite another's words.

/** Option lists (a screen's bullet points) are arrays: leaves like strings. */
type Leaf = string | readonly string[];
type Tree = { [key: string]: Leaf | Tree };
const isLeaf = (v: Leaf | Tree): v is Leaf => typeof v === 'string' || Array.isArray(v);

// Every `i18n/<locale>.json` of the shell and of each feature, found at build time: a new
// feature's strings are picked up without an edit here.
const FILES = import.meta.glob<Tree>(['../app/i18n/*.json', '../features/*/i18n/*.json'], {
  eager: true,
  import: 'default',
});

/** For tests: which file gave which strings. */
export const I18N_FILES = Object.keys(FILES).sort();

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
  for (const path of I18N_FILES) {
    if (path.endsWith(`/${locale}.json`)) merge(out, FILES[path]!, '');
  }
  merge(out, { enums: ENUM_LABELS[locale] }, '');
  return out;
}

export const RESOURCES = { kk: build('kk'), ru: build('ru'), en: build('en') };
