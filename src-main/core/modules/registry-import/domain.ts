// Importing the register of people a district keeps in Excel today (docs/domain.md "Legacy
// registers"): one row per person, optionally with their current disability record. The fields
// a file's columns can map to, which of them must be mapped, and the limits of one import.

export const REGISTER_FIELDS = [
  'iin',
  'iinMissingReason',
  'lastName',
  'firstName',
  'patronymic',
  'birthDate',
  'sex',
  'katoCode',
  'address',
  'phone',
  'category',
  'groupNo',
  'cause',
  'term',
  'establishedOn',
  'mseDecisionNo',
  'movementDifficulty',
] as const;
export type RegisterField = (typeof REGISTER_FIELDS)[number];

/** Columns a file must have (the IIN column may hold blanks with a reason beside them). */
export const REQUIRED_REGISTER_FIELDS: readonly RegisterField[] = [
  'iin',
  'lastName',
  'firstName',
  'birthDate',
  'katoCode',
  'address',
];

/** The cells that make a disability record: any of them filled means the row carries one. */
export const DISABILITY_FIELDS: readonly RegisterField[] = [
  'category',
  'groupNo',
  'cause',
  'term',
  'establishedOn',
  'mseDecisionNo',
];

/** A district of 100,000 people in one file, with room to spare. */
export const MAX_REGISTER_ROWS = 150_000;
/** A 100,000-row .xlsx is about 6 MB, the same as a UTF-8 CSV about 15 MB. */
export const MAX_REGISTER_BYTES = 40 * 1024 * 1024;

/** Layouts whose mapping is remembered (the oldest is forgotten first). */
export const MAX_SAVED_LAYOUTS = 50;
