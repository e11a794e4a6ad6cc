// Kazakh individual identification number (IIN, ЖСН / ИИН): the rules of the national register of identification numbers (docs/domain.md).
// 12 digits: YYMMDD, century-and-sex digit, 4-digit serial, check digit.

const FIRST_WEIGHTS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND_WEIGHTS = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

export type IinProblem = 'format' | 'checksum';

function weightedMod11(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < 11; i++) sum += digits[i]! * weights[i]!;
  return sum % 11;
}

/** The check digit for the first 11 digits, or null when no valid check digit exists. */
export function iinCheckDigit(first11: string): number | null {
  if (!/^\d{11}$/.test(first11)) return null;
  const digits = [...first11].map(Number);
  let s = weightedMod11(digits, FIRST_WEIGHTS);
  if (s === 10) s = weightedMod11(digits, SECOND_WEIGHTS);
  return s === 10 ? null : s;
}

export function checkIin(value: string): IinProblem | null {
  if (!/^\d{12}$/.test(value)) return 'format';
  const expected = iinCheckDigit(value.slice(0, 11));
  return expected !== null && expected === Number(value[11]) ? null : 'checksum';
}

export function isValidIin(value: string): boolean {
  return checkIin(value) === null;
}

export interface IinFacts {
  birthDate: string; // ISO yyyy-mm-dd
  sex: 'M' | 'F';
}

/**
 * Birth date and sex as encoded in the IIN. Since 2013 the digits need not match the real
 * birth date, so callers use this only to suggest values or warn — never to reject.
 */
export function iinFacts(value: string): IinFacts | null {
  if (!/^\d{12}$/.test(value)) return null;
  const c = Number(value[6]);
  if (c < 1 || c > 6) return null;
  const century = c <= 2 ? 1800 : c <= 4 ? 1900 : 2000;
  const year = century + Number(value.slice(0, 2));
  const month = Number(value.slice(2, 4));
  const day = Number(value.slice(4, 6));
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null;
  }
  return { birthDate: date.toISOString().slice(0, 10), sex: c % 2 === 1 ? 'M' : 'F' };
}

/** Builds a valid IIN for a birth date, sex and serial; used by the synthetic data generator. */
export function makeIin(birthDate: string, sex: 'M' | 'F', serial: number): string | null {
  const [y, m, d] = birthDate.split('-');
  const year = Number(y);
  const base = year < 1900 ? 1 : year < 2000 ? 3 : 5;
  const c = base + (sex === 'F' ? 1 : 0);
  const first11 = `${y!.slice(2)}${m}${d}${c}${String(serial % 10000).padStart(4, '0')}`;
  const check = iinCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}
