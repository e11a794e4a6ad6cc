// What a typed or pasted text becomes before it is validated and stored, so that what is kept
// is what search and the duplicate check see. Text pasted from Word, a PDF or a web page brings
// invisible characters: a byte-order mark, zero-width spaces and joiners, no-break and
// ideographic spaces, line separators. Left in a surname they make the person unfindable and
// invisible to the duplicate check.

/** Removed outright: zero-width space/joiners, word joiner, BOM, soft hyphen. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
/** Any Unicode space or tab (not line breaks): becomes one ASCII space. */
const SPACES = /[\t\p{Zs}]+/gu;
/** Line breaks of every kind. */
const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u0085]/g;
/** Control characters that remain after normalising (vertical tab, form feed, NUL, ESC, …). */
const CONTROL = /[\p{Cc}]/u;

/**
 * NFC; invisible characters removed; every run of Unicode spaces (and, for one-line text, of
 * line breaks) made one ASCII space; trimmed. Multi-line text keeps its line breaks as "\n",
 * each line trimmed of trailing spaces. Control characters are left in for `hasControlChars`.
 */
export function normalizeText(value: string, opts: { multiline?: boolean } = {}): string {
  const clean = value.normalize('NFC').replace(INVISIBLE, '');
  if (!opts.multiline) return clean.replace(LINE_BREAKS, ' ').replace(SPACES, ' ').trim();
  return clean
    .replace(LINE_BREAKS, '\n')
    .split('\n')
    .map((line) => line.replace(SPACES, ' ').trimEnd())
    .join('\n')
    .trim();
}

/** True when a control character is left (refused with a field error; "\n" allowed if multi-line). */
export function hasControlChars(value: string, opts: { multiline?: boolean } = {}): boolean {
  return CONTROL.test(opts.multiline ? value.replace(/\n/g, '') : value);
}
