import { describe, expect, it } from 'vitest';
import { certificationState, certifiedOn } from '../../src-main/core/modules/specialists/domain';

// A specialist's certification state on a given day, from the latest end of their certificates
// (issue 15, item 3): the edge days.

describe('certification state', () => {
  const today = '2026-11-27';
  const soon = '2026-12-27';
  it.each<[string | null, string]>([
    [null, 'never'],
    ['2026-11-26', 'expired'], // ended yesterday
    ['2026-11-27', 'expiring'], // valid until today: still valid today
    ['2026-11-28', 'expiring'], // tomorrow
    ['2026-12-27', 'expiring'], // the last day of the horizon
    ['2026-12-28', 'certified'],
  ])('valid until %s → %s', (until, state) => {
    expect(certificationState(until, today, soon)).toBe(state);
  });

  it('a certificate valid until a day covers that day and no later one', () => {
    expect(certifiedOn('2026-11-27', '2026-11-27')).toBe(true);
    expect(certifiedOn('2026-11-27', '2026-11-28')).toBe(false);
    expect(certifiedOn(null, '2026-11-27')).toBe(false);
  });
});
