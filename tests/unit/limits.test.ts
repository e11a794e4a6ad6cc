import { describe, expect, it } from 'vitest';
import { contract, ssuFormInput } from '../../src-main/core/api/contract';
import { limitedInputs, maxLengthOf } from '../../src-renderer/lib/limits';

// The forms' text limits come from the contract (issue 13, item 6): the same number the router
// refuses beyond, found through the clean-up pipes, optional wrappers, arrays and nested objects.

describe('text limits from the contract', () => {
  it('finds the limit of plain, cleaned, optional, nested and list fields', () => {
    expect(maxLengthOf(contract['applicants.create'].input, 'lastName')).toBe(80);
    expect(maxLengthOf(contract['applicants.create'].input, 'patronymic')).toBe(80);
    expect(maxLengthOf(contract['cases.register'].input, 'onBehalfReason')).toBe(500);
    expect(maxLengthOf(contract['ipr.create'].input, 'measures.0.note')).toBe(500);
    expect(maxLengthOf(contract['setup.initialize'].input, 'admin.fullName')).toBe(150);
    expect(maxLengthOf(ssuFormInput, 'basis')).toBe(300);
    // Not a text field: no limit.
    expect(maxLengthOf(contract['ipr.create'].input, 'measures.0.quantity')).toBeUndefined();
    expect(maxLengthOf(contract['applicants.create'].input, 'birthDate')).toBeUndefined();
  });

  it('gives the input its maxLength and a counter near the limit', () => {
    const values: Record<string, string> = { lastName: 'Ә'.repeat(70), firstName: 'Дана' };
    const input = limitedInputs(
      (path: string): Record<string, unknown> => ({ value: values[path], onChange: () => {} }),
      contract['applicants.create'].input,
    );
    expect(input('firstName')).toMatchObject({ maxLength: 80 });
    expect(input('firstName').rightSection).toBeUndefined();
    expect(input('lastName').rightSection).toBeDefined();
  });
});
