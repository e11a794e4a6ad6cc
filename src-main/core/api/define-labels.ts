import type { Locale } from './roles';

// A module's labels for its fixed lists: for each group, one label per value of the list, in
// each language. Typed against the lists themselves, so adding a value to a list in domain.ts
// without labelling it (in any language) does not compile.

// A value may also have a feminine form, `<value>_female` (i18next's context key), where Russian
// agreement needs it: «Дееспособен» / «Дееспособна». Screens pick it with { context: 'female' };
// documents with enumLabel(…, { female: true }).
type Labels<G extends Record<string, readonly string[]>> = {
  [K in keyof G]: Record<G[K][number], string> & Partial<Record<`${G[K][number]}_female`, string>>;
};

export function defineLabels<G extends Record<string, readonly string[]>>(
  _lists: G,
  labels: Record<Locale, Labels<G>>,
): Record<Locale, Labels<G>> {
  return labels;
}
