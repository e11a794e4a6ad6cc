import { iinCheckDigit } from './iin';

// Business identification number (BIN, БСН / БИН) of an organisation (docs/domain.md):
// YYMM of registration, a type digit (4 resident legal entity, 5 non-resident, 6 joint
// entrepreneurship), an attribute digit (0 head office, 1 branch, 2 representative office,
// 3 peasant farm), a serial of five digits and the IIN's check digit.

export type BinProblem = 'format' | 'month' | 'type' | 'attribute' | 'checksum';

export const BIN_TYPES = ['4', '5', '6'] as const;
export const BIN_ATTRIBUTES = ['0', '1', '2', '3'] as const;

export function checkBin(value: string): BinProblem | null {
  if (!/^\d{12}$/.test(value)) return 'format';
  const month = Number(value.slice(2, 4));
  if (month < 1 || month > 12) return 'month';
  if (!(BIN_TYPES as readonly string[]).includes(value[4] as string)) return 'type';
  if (!(BIN_ATTRIBUTES as readonly string[]).includes(value[5] as string)) return 'attribute';
  const expected = iinCheckDigit(value.slice(0, 11));
  return expected !== null && expected === Number(value[11]) ? null : 'checksum';
}

/** A valid BIN for tests and seeds: registered in `yymm`, resident head office, the serial given. */
export function makeBin(yymm: string, serial: number, type = '4', attribute = '0'): string | null {
  const first11 = `${yymm}${type}${attribute}${String(serial % 100_000).padStart(5, '0')}`;
  const check = iinCheckDigit(first11);
  return check === null ? null : `${first11}${check}`;
}
