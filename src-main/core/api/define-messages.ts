import type { Locale } from './roles';

// The shape of a module's words: error texts by code, validation issues by key, field names by
// field path, each in kk, ru and en. `defineMessages` makes the three languages hold the same
// keys (a key missing in one language is a type error).

export interface MessageSection {
  errors?: Record<string, string>;
  issues?: Record<string, string>;
  fields?: Record<string, string>;
}

type SameKeys<T extends MessageSection> = { [S in keyof T]: Record<keyof T[S], string> };

export function defineMessages<T extends MessageSection>(m: {
  kk: T;
  ru: SameKeys<T>;
  en: SameKeys<T>;
}): Record<Locale, T> {
  return m as Record<Locale, T>;
}
