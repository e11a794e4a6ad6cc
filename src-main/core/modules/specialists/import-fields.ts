// The fields a register spreadsheet can fill (the import maps the file's columns to these).

export const IMPORT_FIELDS = [
  'iin',
  'lastName',
  'firstName',
  'patronymic',
  'position',
  'phone',
  'employedFrom',
  'employerBin',
  'publishConsent',
  'certNumber',
  'certIssuer',
  'certIssuedOn',
  'certValidUntil',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];
export const REQUIRED_IMPORT_FIELDS: readonly ImportField[] = ['iin', 'lastName', 'firstName', 'position'];
export const CERT_FIELDS = ['certNumber', 'certIssuer', 'certIssuedOn', 'certValidUntil'] as const;

