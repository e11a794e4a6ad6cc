import { describe, expect, it } from 'vitest';
import {
  ALL_APPLY,
  computePay,
  type PayFigures,
  SHIPPED_FIGURES,
  toTenge,
} from '../../src-main/core/modules/caregivers/pay';

// A caregiver's monthly pay in tiyn, against docs/domain.md's worked example and each cap, the
// income-tax deduction and threshold, and the rounding to the tenge.

const F2026 = SHIPPED_FIGURES.find((f) => f.year === 2026) as PayFigures;
const T = 100; // tiyn in a tenge
const MZP = 85_000 * T;
/** Hours × rate giving a gross of `tenge` exactly (rate 1 ₸ an hour). */
const pay = (tenge: number, over: Partial<Parameters<typeof computePay>[0]> = {}, applies = ALL_APPLY) =>
  computePay({ hours: tenge, hourlyRate: T, ...over }, F2026, applies);

describe('pay', () => {
  it('reproduces docs/domain.md: 500,000 ₸ gross → 408,975 ₸ net under the standard 2026 deductions', () => {
    const r = computePay({ hours: 100, hourlyRate: 5_000 * T }, F2026, ALL_APPLY);
    expect(r.gross).toBe(500_000 * T);
    expect(r.opv).toBe(50_000 * T);
    expect(r.vosms).toBe(10_000 * T);
    expect(r.ipnBase).toBe((500_000 - 50_000 - 10_000 - 30 * 4_325) * T);
    expect(r.ipn).toBe(31_025 * T);
    expect(r.net).toBe(408_975 * T);
    // The employer's side: ОПВР 3.5 %, СО 5 % of (gross − ОПВ), ООСМС 3 %.
    expect(r.opvr).toBe(17_500 * T);
    expect(r.so).toBe(22_500 * T);
    expect(r.oosms).toBe(15_000 * T);
  });

  it('caps ОПВ and ОПВР at 50 МЗП, ВОСМС at 20 МЗП and ООСМС at 40 МЗП: exactly at the cap and past it', () => {
    for (const [component, cap, rate] of [
      ['opv', 50, 0.1],
      ['opvr', 50, 0.035],
      ['vosms', 20, 0.02],
      ['oosms', 40, 0.03],
    ] as const) {
      const at = pay((cap * MZP) / T);
      const past = pay((cap * MZP) / T + 1_000);
      const below = pay((cap * MZP) / T - 1_000);
      expect(at[component]).toBe(Math.round(cap * MZP * rate));
      expect(past[component]).toBe(at[component]);
      expect(below[component]).toBeLessThan(at[component]);
    }
  });

  it('takes СО from (gross − ОПВ) within 1 and 7 МЗП', () => {
    // 50,000 ₸: the base rises to 1 МЗП (85,000 ₸) → 4,250 ₸.
    expect(pay(50_000).so).toBe(4_250 * T);
    // 1,000,000 ₸: 900,000 ₸ after ОПВ, capped at 7 МЗП (595,000 ₸) → 29,750 ₸.
    expect(pay(1_000_000).so).toBe(29_750 * T);
    // Exactly 7 МЗП after ОПВ and just past it give the same.
    const atCap = (7 * 85_000) / 0.9;
    expect(pay(Math.ceil(atCap)).so).toBe(29_750 * T);
  });

  it('deducts 30 МРП from the income-tax base and never taxes below zero', () => {
    // 144,166 ₸: ОПВ 14,417, ВОСМС 2,883, leaves 126,866 < 129,750 → no ИПН.
    const small = pay(144_166);
    expect(small.ipnBase).toBe(0);
    expect(small.ipn).toBe(0);
    // One tenge of base over the deduction pays 0.1 ₸, rounded to nothing; ten tenge pay 1 ₸.
    const r = pay(160_000);
    expect(r.ipnBase).toBe((160_000 - 16_000 - 3_200 - 129_750) * T);
    expect(r.ipn).toBe(toTenge(r.ipnBase / 10));
  });

  it('taxes the part of the year’s income above 8,500 МРП at 15 %', () => {
    const threshold = 8_500 * 4_325 * T;
    const under = pay(500_000, { incomeBeforeThisYear: 0 });
    const straddling = pay(500_000, { incomeBeforeThisYear: threshold - 100_000 * T });
    const over = pay(500_000, { incomeBeforeThisYear: threshold });
    expect(under.ipn).toBe(31_025 * T);
    // 100,000 ₸ at 10 % and 210,250 ₸ at 15 %: 41,537.5 ₸ → 41,538 ₸ (half up).
    expect(straddling.ipn).toBe(41_538 * T);
    expect(over.ipn).toBe(toTenge(310_250 * T * 0.15));
  });

  it('gives nothing for a month without hours (no minimum СО on pay never made)', () => {
    const r = pay(0);
    expect(r).toMatchObject({ gross: 0, opv: 0, vosms: 0, ipn: 0, net: 0, opvr: 0, so: 0, oosms: 0 });
  });

  it('leaves out the components the office says do not apply to a role', () => {
    const r = computePay({ hours: 100, hourlyRate: 5_000 * T }, F2026, {
      ...ALL_APPLY,
      ipn: false,
      so: false,
    });
    expect(r.ipn).toBe(0);
    expect(r.so).toBe(0);
    expect(r.net).toBe((500_000 - 50_000 - 10_000) * T);
  });

  it('rounds every component to the whole tenge, half up', () => {
    expect(toTenge(0)).toBe(0);
    expect(toTenge(49)).toBe(0);
    expect(toTenge(50)).toBe(100);
    expect(toTenge(149)).toBe(100);
    expect(toTenge(150)).toBe(200);
    // 1,234.5 hours' worth at 1 tiyn rounds the gross; every component stays a multiple of 100.
    const r = computePay({ hours: 7, hourlyRate: 1_234_567 }, F2026, ALL_APPLY);
    for (const v of [r.gross, r.opv, r.vosms, r.ipn, r.net, r.opvr, r.so, r.oosms]) expect(v % 100).toBe(0);
    expect(() => computePay({ hours: -1, hourlyRate: 100 }, F2026, ALL_APPLY)).toThrow();
  });
});
