import { describe, expect, it } from 'vitest';
import {
  type CaseRecords,
  deriveStatus,
  effectiveDecision,
  mayApprove,
  mayChooseProvider,
} from '../../src-main/core/modules/casework/domain';

// The case's status is derived from its records, never typed (issue 14, item 7): every path a
// case can take, and the maker-checker rule.

const base: CaseRecords = {
  withdrawn: false,
  needsDecision: true,
  hasAct: false,
  decisions: [],
  events: [],
  hasReferral: false,
};
const approved = (
  id: string,
  kind: 'approve' | 'refuse' = 'approve',
  supersedesId: string | null = null,
) => ({
  id,
  kind,
  state: 'approved' as const,
  supersedesId,
});

describe('deriveStatus', () => {
  it.each<[string, Partial<CaseRecords>, string]>([
    ['a fresh application', {}, 'registered'],
    ['an act on file', { hasAct: true }, 'assessment'],
    [
      'a draft awaiting the head',
      { hasAct: true, decisions: [{ id: 'd', kind: 'approve', state: 'pending', supersedesId: null }] },
      'awaiting_decision',
    ],
    [
      'a draft returned to the caseworker',
      { hasAct: true, decisions: [{ id: 'd', kind: 'approve', state: 'returned', supersedesId: null }] },
      'assessment',
    ],
    ['an approval in force', { hasAct: true, decisions: [approved('d')] }, 'approved'],
    ['a refusal in force', { decisions: [approved('d', 'refuse')] }, 'refused'],
    [
      'a refusal corrected into an approval',
      { decisions: [approved('a', 'refuse'), approved('b', 'approve', 'a')] },
      'approved',
    ],
    [
      'a correction still pending keeps the refusal',
      {
        decisions: [
          approved('a', 'refuse'),
          { id: 'b', kind: 'approve', state: 'pending', supersedesId: 'a' },
        ],
      },
      'refused',
    ],
    ['a provider chosen', { decisions: [approved('d')], events: ['provider_chosen'] }, 'provider_chosen'],
    [
      'a referral issued',
      { decisions: [approved('d')], events: ['provider_chosen'], hasReferral: true },
      'referred',
    ],
    [
      'in service',
      {
        decisions: [approved('d')],
        events: ['provider_chosen', 'service_started', 'monitoring'],
        hasReferral: true,
      },
      'in_service',
    ],
    [
      'suspended',
      {
        decisions: [approved('d')],
        events: ['provider_chosen', 'service_started', 'suspended', 'monitoring'],
        hasReferral: true,
      },
      'suspended',
    ],
    [
      'resumed',
      {
        decisions: [approved('d')],
        events: ['provider_chosen', 'service_started', 'suspended', 'resumed'],
        hasReferral: true,
      },
      'in_service',
    ],
    [
      'terminated',
      {
        decisions: [approved('d')],
        events: ['provider_chosen', 'service_started', 'terminated'],
        hasReferral: true,
      },
      'terminated',
    ],
    ['withdrawn before service', { hasAct: true, withdrawn: true }, 'withdrawn'],
    [
      'on application, straight to a provider',
      { needsDecision: false, events: ['provider_chosen'] },
      'provider_chosen',
    ],
  ])('%s', (_name, over, expected) => {
    expect(deriveStatus({ ...base, ...over })).toBe(expected);
  });

  it('the decision in force is the latest approved one nothing supersedes', () => {
    expect(effectiveDecision([approved('a'), approved('b', 'approve', 'a')])?.id).toBe('b');
    expect(
      effectiveDecision([approved('a'), { id: 'b', kind: 'approve', state: 'pending', supersedesId: 'a' }])
        ?.id,
    ).toBe('a');
    expect(effectiveDecision([])).toBeNull();
  });

  it('a provider is chosen after an approval, or at once on routes without a decision', () => {
    expect(mayChooseProvider('registered', true)).toBe(false);
    expect(mayChooseProvider('approved', true)).toBe(true);
    expect(mayChooseProvider('registered', false)).toBe(true);
    expect(mayChooseProvider('refused', false)).toBe(false);
  });
});

describe('maker-checker', () => {
  it('neither the drafter nor whoever revised a draft may approve it', () => {
    expect(mayApprove({ draftedBy: 'u1', revisedBy: null }, 'u1')).toBe(false);
    expect(mayApprove({ draftedBy: 'u1', revisedBy: 'u2' }, 'u2')).toBe(false);
    expect(mayApprove({ draftedBy: 'u1', revisedBy: 'u2' }, 'u3')).toBe(true);
    expect(mayApprove({ draftedBy: 'u1', revisedBy: null }, 'u2')).toBe(true);
  });
});
