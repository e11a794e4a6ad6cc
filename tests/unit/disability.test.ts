import { describe, expect, it } from 'vitest';
import { latinKey } from '../../src-main/core/domain/search-key';
import {
  addMonths,
  ageOn,
  canMoveMeasure,
  checkDisability,
  orderDeadline,
  validUntil,
} from '../../src-main/core/modules/disability/domain';

describe('disability rules', () => {
  it('computes ages and month arithmetic at the edges', () => {
    expect(ageOn('2019-03-10', '2026-03-09')).toBe(6);
    expect(ageOn('2019-03-10', '2026-03-10')).toBe(7);
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(orderDeadline('2026-12-31')).toBe('2027-02-28');
  });

  it('derives "valid until" from the term', () => {
    expect(validUntil('6m', '2026-01-15', '2000-01-01')).toBe('2026-07-15');
    expect(validUntil('2y', '2026-01-15', '2000-01-01')).toBe('2028-01-15');
    expect(validUntil('until7', '2022-05-01', '2020-02-29')).toBe('2027-02-28');
    expect(validUntil('until18', '2026-05-01', '2015-09-01')).toBe('2033-09-01');
    expect(validUntil('indefinite', '2026-05-01', '1960-09-01')).toBeNull();
  });

  it('refuses a category, group, term or cause that does not fit the age', () => {
    const child = '2021-06-01';
    const ok = {
      category: 'child_under7',
      group: null,
      cause: 'child_under7',
      term: 'until7',
      establishedOn: '2024-01-10',
    } as const;
    expect(checkDisability(ok, child)).toEqual({});
    expect(checkDisability({ ...ok, category: 'adult', group: 2 }, child)).toMatchObject({
      category: 'categoryAge',
    });
    expect(checkDisability({ ...ok, group: 1 }, child)).toMatchObject({ group: 'groupNotForUnder7' });
    const adult = {
      category: 'adult',
      group: 2,
      cause: 'general_disease',
      term: '1y',
      establishedOn: '2026-01-10',
    } as const;
    expect(checkDisability(adult, '1980-01-01')).toEqual({});
    expect(checkDisability({ ...adult, term: 'until18' }, '1980-01-01')).toMatchObject({
      term: 'termCategory',
    });
    expect(checkDisability({ ...adult, group: null }, '1980-01-01')).toMatchObject({ group: 'required' });
    expect(checkDisability({ ...adult, cause: 'child_7_18' }, '1980-01-01')).toMatchObject({
      cause: 'causeCategory',
    });
    expect(checkDisability({ ...adult, establishedOn: '1979-01-01' }, '1980-01-01')).toMatchObject({
      establishedOn: 'beforeBirth',
    });
  });

  it('moves measures only forward along recommended → sent → ordered → delivered', () => {
    expect(canMoveMeasure('recommended', 'sent_to_portal')).toBe(true);
    expect(canMoveMeasure('sent_to_portal', 'ordered')).toBe(true);
    expect(canMoveMeasure('ordered', 'delivered')).toBe(true);
    expect(canMoveMeasure('recommended', 'delivered')).toBe(false);
    expect(canMoveMeasure('delivered', 'cancelled')).toBe(false);
    expect(canMoveMeasure('sent_to_portal', 'expired')).toBe(true);
  });

  it('gives Cyrillic, Kazakh and Latin spellings of one name the same Latin key', () => {
    const key = latinKey('Сәрсенбаева Әлия');
    expect(latinKey('Сарсенбаева Алия')).toBe(key);
    expect(latinKey('Sarsenbayeva Aliya')).toBe(key);
    expect(latinKey('Жұмабаева Айгүл')).toBe(latinKey('Zhumabayeva Aigul'));
    expect(latinKey('Иванова Мария')).not.toBe(latinKey('Иванова Марина'));
  });
});
