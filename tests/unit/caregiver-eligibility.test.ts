import { describe, expect, it } from 'vitest';
import {
  type CheckRecord,
  ELIGIBILITY_CHECKS,
  type EligibilityCheck,
  eligibility,
} from '../../src-main/core/modules/caregivers/domain';

// Who may be registered as a paid caregiver (SC art. 163 p.2): each of the seven disqualifiers,
// the pension-age exception for a spouse or close relative, evidence that expires, and the person
// cared for's own condition.

const ON = '2026-11-27';
const pass = (check: EligibilityCheck, validUntil: string | null = null): CheckRecord => ({
  check,
  result: 'pass',
  validUntil,
});
const allPass = ELIGIBILITY_CHECKS.map((c) => pass(c));
const base = {
  caregiverBirthDate: '1980-05-05',
  caregiverSex: 'F' as const,
  relation: 'parent' as const,
  careRecipientRefusal: null,
  checks: allPass,
  on: ON,
};

describe('eligibility', () => {
  it('is eligible when every check passed on valid evidence', () => {
    expect(eligibility(base)).toEqual({ state: 'eligible', failed: [], missing: [] });
  });

  it.each(['mental_health', 'medical', 'training', 'conviction', 'legal_capacity'] as const)(
    'refuses on a failed %s check, naming it',
    (check) => {
      const r = eligibility({
        ...base,
        checks: allPass.map((c) => (c.check === check ? { ...c, result: 'fail' as const } : c)),
      });
      expect(r.state).toBe('refused');
      expect(r.failed).toEqual([check]);
    },
  );

  it('refuses a caregiver under 18 by the birth date, whatever is recorded', () => {
    expect(eligibility({ ...base, caregiverBirthDate: '2008-11-28' }).failed).toEqual(['adult']);
    expect(eligibility({ ...base, caregiverBirthDate: '2008-11-27' }).state).toBe('eligible');
  });

  it('refuses pension age unless a spouse or close relative', () => {
    // A woman of 61 (pension age) caring for a neighbour: refused; for her son: allowed.
    const pensioner = { ...base, caregiverBirthDate: '1965-11-27' };
    expect(eligibility({ ...pensioner, relation: 'other' }).failed).toEqual(['pension_age']);
    expect(eligibility({ ...pensioner, relation: 'parent' }).state).toBe('eligible');
    expect(eligibility({ ...pensioner, relation: 'spouse' }).state).toBe('eligible');
    // A day before her 61st birthday she is not of pension age.
    expect(eligibility({ ...base, caregiverBirthDate: '1965-11-28', relation: 'other' }).state).toBe(
      'eligible',
    );
    // Men at 63.
    expect(
      eligibility({ ...base, caregiverSex: 'M', caregiverBirthDate: '1963-11-27', relation: 'other' }).failed,
    ).toEqual(['pension_age']);
    expect(
      eligibility({ ...base, caregiverSex: 'M', caregiverBirthDate: '1963-11-28', relation: 'other' }).state,
    ).toBe('eligible');
    // A man of 62 is not of pension age, even if a woman of that age would be.
    expect(
      eligibility({ ...base, caregiverSex: 'M', caregiverBirthDate: '1964-11-27', relation: 'other' }).state,
    ).toBe('eligible');
  });

  it('keeps a registration awaiting documents while a check is unrecorded or its evidence expired', () => {
    const r = eligibility({ ...base, checks: allPass.filter((c) => c.check !== 'training') });
    expect(r).toEqual({ state: 'awaiting_documents', failed: [], missing: ['training'] });
    const expired = eligibility({
      ...base,
      checks: allPass.map((c) => (c.check === 'medical' ? pass('medical', '2026-11-26') : c)),
    });
    expect(expired.missing).toEqual(['medical']);
    // Valid until today is still valid today.
    const today = eligibility({
      ...base,
      checks: allPass.map((c) => (c.check === 'medical' ? pass('medical', ON) : c)),
    });
    expect(today.state).toBe('eligible');
    // Without a birth date, age and pension age come from their records.
    const noBirth = eligibility({ ...base, caregiverBirthDate: null, checks: [] });
    expect(noBirth.missing).toEqual([...ELIGIBILITY_CHECKS]);
  });

  it('refuses when the person cared for does not qualify, whatever the caregiver’s checks', () => {
    const r = eligibility({ ...base, careRecipientRefusal: 'assistantGroupI' });
    expect(r).toEqual({ state: 'refused', failed: ['assistantGroupI'], missing: [] });
  });

  it('a later record of the same check replaces the earlier one', () => {
    const r = eligibility({
      ...base,
      checks: [...allPass, { check: 'medical', result: 'fail', validUntil: null }],
    });
    expect(r.failed).toEqual(['medical']);
  });
});
