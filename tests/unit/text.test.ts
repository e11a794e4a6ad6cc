import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicantInput } from '../../src-main/core/api/contract';
import { hasControlChars, normalizeText } from '../../src-main/core/domain/text';

describe('text normalisation at the contract', () => {
  it('removes invisible characters and makes every Unicode space one ASCII space', () => {
    expect(normalizeText('\uFEFFСәрсенбаева')).toBe('Сәрсенбаева');
    expect(normalizeText('Сәр\u200Bсен\u200Dбаева')).toBe('Сәрсенбаева');
    expect(normalizeText('Әлия\u00A0\u3000 Нұрланқызы\u2028')).toBe('Әлия Нұрланқызы');
    expect(normalizeText('  a \t b  ')).toBe('a b');
    // A decomposed letter (и + combining breve, as some keyboards and PDFs give it) becomes й.
    expect(normalizeText('Нии\u0306')).toBe('Ний');
    expect(normalizeText('line one  \r\nline\u2029two ', { multiline: true })).toBe('line one\nline\ntwo');
  });

  it('finds control characters a person cannot have typed on purpose', () => {
    expect(hasControlChars('Сәрсен\u000Bбаева')).toBe(true); // vertical tab
    expect(hasControlChars('Сәрсен\u000Cбаева')).toBe(true); // form feed
    expect(hasControlChars('a\nb', { multiline: true })).toBe(false);
    expect(hasControlChars('Сәрсенбаева')).toBe(false);
  });

  it('is idempotent and never leaves a doubled or edge space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        const once = normalizeText(s);
        expect(normalizeText(once)).toBe(once);
        expect(once).not.toMatch(/ {2}|^ | $|[\u00A0\u3000\uFEFF\u200B]/);
      }),
    );
  });

  it('the person form stores the normalised name and refuses control characters by field', () => {
    const base = {
      lastName: '',
      firstName: 'Әлия',
      birthDate: '1990-01-01',
      sex: 'F',
      katoCode: '196020100',
      address: 'Талгар',
      iin: '',
      iinMissingReason: 'нет',
    };
    const ok = applicantInput.safeParse({ ...base, lastName: '\uFEFFСәрсенбаева\u00A0' });
    expect(ok.success && ok.data.lastName).toBe('Сәрсенбаева');
    const bad = applicantInput.safeParse({ ...base, lastName: 'Сәрсен\u000Bбаева' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.find((i) => i.path[0] === 'lastName')?.message).toBe('controlChars');
  });
});
