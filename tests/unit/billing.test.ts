import { describe, expect, it } from 'vitest';
import {
  COST_ITEMS,
  costItemsGap,
  daysInService,
  proRated,
} from '../../src-main/core/modules/providers/billing';

// Per-capita billing (docs/domain.md): days in service from the case's events, pro-rating on
// months of 28 to 31 days, and cost items that must add up to the tariff.

describe('billing', () => {
  it('counts the days in service from a start, a suspension, a resumption and a termination', () => {
    expect(daysInService('2026-11', [{ kind: 'service_started', on: '2026-10-01' }])).toBe(30);
    expect(daysInService('2026-11', [{ kind: 'service_started', on: '2026-11-11' }])).toBe(20);
    // Suspended on the 10th, resumed on the 20th: days 1–9 and 20–30.
    expect(
      daysInService('2026-11', [
        { kind: 'service_started', on: '2026-10-01' },
        { kind: 'suspended', on: '2026-11-10' },
        { kind: 'resumed', on: '2026-11-20' },
      ]),
    ).toBe(9 + 11);
    // Terminated on the 16th: days 1–15.
    expect(
      daysInService('2026-11', [
        { kind: 'service_started', on: '2026-11-01' },
        { kind: 'terminated', on: '2026-11-16' },
      ]),
    ).toBe(15);
    // Ended before the month, or starting after it: none.
    expect(
      daysInService('2026-11', [
        { kind: 'service_started', on: '2026-09-01' },
        { kind: 'terminated', on: '2026-10-31' },
      ]),
    ).toBe(0);
    expect(daysInService('2026-11', [{ kind: 'service_started', on: '2026-12-01' }])).toBe(0);
  });

  it('pro-rates by the month’s own days: 28, 29, 30 and 31', () => {
    const tariff = 31_000_000; // 310,000 ₸
    expect(proRated(tariff, 28, '2026-02')).toBe(tariff);
    expect(proRated(tariff, 14, '2026-02')).toBe(15_500_000);
    expect(proRated(tariff, 29, '2028-02')).toBe(tariff);
    expect(proRated(tariff, 10, '2028-02')).toBe(Math.round((310_000 * 10) / 29) * 100);
    expect(proRated(tariff, 15, '2026-11')).toBe(15_500_000);
    expect(proRated(tariff, 1, '2026-12')).toBe(1_000_000);
    expect(proRated(tariff, 0, '2026-12')).toBe(0);
    // Rounded to the whole tenge.
    expect(proRated(10_000_000, 1, '2026-11') % 100).toBe(0);
    expect(proRated(10_000_000, 1, '2026-11')).toBe(333_300);
  });

  it('wants the cost items to add up to the tariff exactly', () => {
    const items = {
      wages: 20_000_000,
      allowances: 3_000_000,
      utilities: 2_000_000,
      rent: 1_000_000,
      fuel: 500_000,
      is_support: 300_000,
      other: 200_000,
    };
    expect(costItemsGap(27_000_000, items)).toBe(0);
    expect(costItemsGap(27_000_100, items)).toBe(100);
    expect(costItemsGap(26_999_900, items)).toBe(-100);
    expect(COST_ITEMS).toHaveLength(7);
  });
});
