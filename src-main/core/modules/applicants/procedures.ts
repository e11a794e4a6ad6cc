// This module's procedure names without their schemas, for the sandboxed preload (which must
// stay tiny). api/contract.ts proves at compile time that the names and the contract agree.
export const APPLICANTS_PROCEDURES = [
  'applicants.list',
  'applicants.export',
  'applicants.get',
  'applicants.history',
  'applicants.card',
  'applicants.duplicateReport',
  'applicants.summaryPdf',
  'household.add',
  'household.remove',
  'representatives.add',
  'representatives.remove',
  'incomes.add',
  'incomes.remove',
  'applicants.create',
  'applicants.update',
  'applicants.checkDuplicates',
] as const;
