import { describe, expect, it } from 'vitest';
import { checkBin, makeBin } from '../../src-main/core/domain/bin';
import { checkIin } from '../../src-main/core/domain/iin';

// BIN rules (docs/domain.md): the month of registration, the type and attribute digits, and the
// IIN's check digit with its second pass of weights.

describe('BIN', () => {
  it('accepts a resident head office, a branch, a non-resident and a joint venture', () => {
    for (const [type, attribute] of [
      ['4', '0'],
      ['4', '1'],
      ['5', '2'],
      ['6', '3'],
    ] as const) {
      const bin = makeBin('0105', 123, type, attribute) ?? makeBin('0105', 124, type, attribute);
      expect(bin && checkBin(bin)).toBeNull();
    }
  });

  it('names what is wrong: length, month, type, attribute, check digit', () => {
    const good = makeBin('9811', 4521) as string;
    expect(checkBin(good)).toBeNull();
    expect(checkBin(good.slice(0, 11))).toBe('format');
    expect(checkBin(`${good.slice(0, 11)}x`)).toBe('format');
    expect(checkBin(`9813${good.slice(4)}`)).toBe('month');
    expect(checkBin(`98${'00'}${good.slice(4)}`)).toBe('month');
    expect(checkBin(`${good.slice(0, 4)}7${good.slice(5)}`)).toBe('type');
    expect(checkBin(`${good.slice(0, 5)}8${good.slice(6)}`)).toBe('attribute');
    const wrong = `${good.slice(0, 11)}${(Number(good[11]) + 1) % 10}`;
    expect(checkBin(wrong)).toBe('checksum');
  });

  it('uses the second weights when the first sum gives 10, and refuses a number with no check digit', () => {
    // Search the serials for one whose first pass gives 10 (the second pass decides).
    let second: string | null = null;
    let none = false;
    for (let s = 0; s < 3000 && (!second || !none); s++) {
      const first11 = `0105400${String(s).padStart(4, '0')}`;
      const sum = [...first11].reduce((a, d, i) => a + Number(d) * (i + 1), 0) % 11;
      const made = makeBin('0105', s);
      if (sum === 10 && made) second = made;
      if (made === null) none = true;
    }
    expect(second && checkBin(second)).toBeNull();
    expect(none).toBe(true);
  });

  it('an IIN is not a BIN: its fifth digit is a day, not a type', () => {
    expect(checkIin('850715300013')).toBeNull();
    expect(checkBin('850715300013')).not.toBeNull();
  });
});
