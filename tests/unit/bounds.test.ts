import { describe, expect, it } from 'vitest';
import { backupPolicyInput, securityPolicyInput } from '../../src-main/core/api/contract';
import { numberBounds } from '../../src-renderer/lib/bounds';

// The settings and backup forms show the bounds the router enforces, read from the contract.
describe('number bounds from the contract', () => {
  it('reads min and max of the policy fields', () => {
    expect(numberBounds(securityPolicyInput, 'lockoutAttempts')).toEqual({ min: 3, max: 20 });
    expect(numberBounds(securityPolicyInput, 'lockoutMinutes')).toEqual({ min: 1, max: 1440 });
    expect(numberBounds(backupPolicyInput, 'keepMax')).toEqual({ min: 3, max: 1000 });
    expect(numberBounds(backupPolicyInput, 'intervalHours')).toEqual({ min: 1, max: 168 });
  });
});
