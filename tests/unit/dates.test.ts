import { describe, expect, it } from 'vitest';
import { isoToTyped, typedToIso } from '../../src-renderer/lib/dates';

// What a date field hands the form: never a date the user did not type.
describe('typed dates', () => {
  it('reads D.M.YYYY with any separator into ISO without judging the day', () => {
    expect(typedToIso('15.05.1990')).toBe('1990-05-15');
    expect(typedToIso(' 5/5/1990 ')).toBe('1990-05-05');
    expect(typedToIso('5-5-1990')).toBe('1990-05-05');
    expect(typedToIso('05 05 1990')).toBe('1990-05-05');
    // Not a real day: passed on as written, for the contract to say so.
    expect(typedToIso('31.02.2021')).toBe('2021-02-31');
    expect(typedToIso('1990-05-15')).toBe('1990-05-15');
  });

  it('keeps what it cannot read as it was typed, and empty as empty', () => {
    expect(typedToIso('15.0')).toBe('15.0');
    expect(typedToIso('завтра')).toBe('завтра');
    expect(typedToIso('   ')).toBe('');
  });

  it('shows ISO values as DD.MM.YYYY and anything else as it is', () => {
    expect(isoToTyped('1990-05-15')).toBe('15.05.1990');
    expect(isoToTyped('15.0')).toBe('15.0');
    expect(isoToTyped('')).toBe('');
    expect(isoToTyped(typedToIso('23.09.2078'))).toBe('23.09.2078');
  });
});
