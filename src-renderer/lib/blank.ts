/** Form values as the contract wants them: an empty text field means "no value" (null). */
export const blankToNull = (v: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(v).map(([k, x]) => [k, x === '' ? null : x]));
