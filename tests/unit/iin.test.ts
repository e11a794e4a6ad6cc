import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkIin, iinCheckDigit, iinFacts, isValidIin, makeIin } from '../../src-main/core/domain/iin';

describe('IIN checksum (national identification number rules)', () => {
  it.each(['061211600012', '791028302728', '850715300013', '900325400011'])(
    'accepts the valid example %s',
    (iin) => {
      expect(checkIin(iin)).toBeNull();
    },
  );

  it('rejects the invalid example 821214240092 as a checksum problem', () => {
    expect(checkIin('821214240092')).toBe('checksum');
  });

  it.each(['', '85071530001', '8507153000133', '85071530001a', ' 850715300013'])(
    'rejects %j as a format problem',
    (v) => {
      expect(checkIin(v)).toBe('format');
    },
  );

  it('uses the second weight set when the first sum is 10', () => {
    // Find 11 digits whose first weighted sum mod 11 is 10; the answer must then come from the
    // second weights 3..11,1,2 (or be "no valid IIN" when that is 10 as well).
    const found = fc.sample(fc.stringMatching(/^\d{11}$/), 5000).find((s) => {
      const sum = [...s].reduce((acc, d, i) => acc + Number(d) * (i + 1), 0) % 11;
      return sum === 10;
    });
    expect(found).toBeDefined();
    const second =
      [...found!].reduce((acc, d, i) => acc + Number(d) * [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2][i]!, 0) % 11;
    expect(iinCheckDigit(found!)).toBe(second === 10 ? null : second);
  });

  it('property: exactly one final digit completes 11 digits, or none does', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{11}$/), (first11) => {
        const valid = [...'0123456789'].filter((d) => isValidIin(first11 + d));
        const check = iinCheckDigit(first11);
        expect(valid).toEqual(check === null ? [] : [String(check)]);
      }),
      { numRuns: 2000 },
    );
  });

  it('property: an IIN built for a birth date and sex validates and reads them back', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1900-01-01T00:00:00Z'),
          max: new Date('2099-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom<'M' | 'F'>('M', 'F'),
        fc.integer({ min: 0, max: 9999 }),
        (date, sex, serial) => {
          const birthDate = date.toISOString().slice(0, 10);
          const iin = makeIin(birthDate, sex, serial);
          if (iin === null) return; // this serial has no valid check digit
          expect(isValidIin(iin)).toBe(true);
          expect(iinFacts(iin)).toEqual({ birthDate, sex });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('reads birth date and sex from the valid examples', () => {
    expect(iinFacts('850715300013')).toEqual({ birthDate: '1985-07-15', sex: 'M' });
    expect(iinFacts('900325400011')).toEqual({ birthDate: '1990-03-25', sex: 'F' });
    expect(iinFacts('061211600012')).toEqual({ birthDate: '2006-12-11', sex: 'F' });
  });
});
