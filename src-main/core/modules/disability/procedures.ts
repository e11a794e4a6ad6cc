// This module's procedure names without their schemas, for the sandboxed preload (which must
// stay tiny). api/contract.ts proves at compile time that the names and the contract agree.
export const DISABILITY_PROCEDURES = [
  'disability.add',
  'ipr.create',
  'ipr.addMeasure',
  'ipr.setMeasureStatus',
  'ipr.setMeasureNotified',
] as const;
