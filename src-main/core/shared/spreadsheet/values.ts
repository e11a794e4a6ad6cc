import { foldText } from '../../domain/search-key';

// Turning what people type in spreadsheets into the values the contract wants: dates in any of
// the ways Kazakh offices write them, yes/no words in three languages, a reference list's item
// by its code or its name in any language.

const pad = (n: number) => String(n).padStart(2, '0');

/** Excel counts days from 1899-12-30 (its day 60 is a 29 February 1900 that never was). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/**
 * An Excel day serial ("31245" for 1985-07-16, what a date cell shows once its format is lost):
 * from 1 March 1900 (61) to 99999. Numbers 1900–2100 are years someone typed, not serials.
 */
function excelSerialDay(t: string): string | null | undefined {
  const m = /^(\d{2,5})(?:[.,]\d+)?$/.exec(t);
  if (!m) return undefined;
  const serial = Number(m[1]);
  if (serial < 61 || (serial >= 1900 && serial <= 2100)) return undefined;
  return new Date(EXCEL_EPOCH + serial * DAY_MS).toISOString().slice(0, 10);
}

/**
 * "2026-03-05", "05.03.2026", "5.3.2026", "05/03/2026", "05.03.26", an Excel serial "46086" →
 * "2026-03-05"; empty → null; anything else → undefined (the caller reports it). A two-digit year
 * is 20xx up to this year.
 */
export function parseDayCell(text: string, thisYear: number): string | null | undefined {
  const t = text.trim();
  if (!t) return null;
  if (/^\d{2,5}(?:[.,]\d+)?$/.test(t) && !/^\d{1,2}[.]\d{1,2}$/.test(t)) return excelSerialDay(t);
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(t);
  let y: number;
  let mo: number;
  let d: number;
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else {
    m = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})$/.exec(t);
    if (!m) return undefined;
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (y < 100) y += y + 2000 <= thisYear ? 2000 : 1900;
  }
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${y}-${pad(mo)}-${pad(d)}`;
}

const YES = new Set(['1', 'да', 'иә', 'ия', 'yes', 'y', 'true', '+', 'д', 'есть', 'бар']);
const NO = new Set(['0', 'нет', 'жоқ', 'жок', 'no', 'n', 'false', '-', 'н', '']);

/** A yes/no cell; undefined when it is neither. */
export function parseYesNo(text: string): boolean | undefined {
  // "+" and "-" are words here, so the cell is only lower-cased, not folded.
  const t = text.trim().toLocaleLowerCase('ru-RU');
  if (YES.has(t)) return true;
  if (NO.has(t)) return false;
  return undefined;
}

/**
 * A reader of a reference list's cells: the code whose code or any label (kk, ru, en) matches the
 * cell, folded; undefined if none. The folded names are built once, not once a row.
 */
export function codeMatcher<T extends string>(
  codes: readonly T[],
  labels: (code: T) => readonly string[],
): (text: string) => T | undefined {
  const byName = new Map<string, T>();
  for (const c of codes) for (const name of [c, ...labels(c)]) byName.set(foldText(name), c);
  // A column repeats a handful of words down 100,000 rows: each is folded once.
  const seen = new Map<string, T | undefined>();
  return (text) => {
    if (seen.has(text)) return seen.get(text);
    const hit = byName.get(foldText(text));
    if (seen.size < 10_000) seen.set(text, hit);
    return hit;
  };
}

/** Header → field: a header matches a field when its folded text equals one of the field's names. */
export function suggestMapping<F extends string>(
  headers: readonly string[],
  names: Record<F, readonly string[]>,
): Record<F, string | null> {
  const used = new Set<string>();
  const out = {} as Record<F, string | null>;
  for (const field of Object.keys(names) as F[]) {
    const wanted = new Set([field, ...names[field]].map((n) => foldText(n).replace(/[*:]/g, '').trim()));
    const hit = headers.find((h) => !used.has(h) && wanted.has(foldText(h).replace(/[*:]/g, '').trim()));
    out[field] = hit ?? null;
    if (hit) used.add(hit);
  }
  return out;
}
