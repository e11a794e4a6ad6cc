// The district's specialists (docs/domain.md). This first part is what casework needs: who may sign
// an assessment act and be responsible for a work plan. Certificates, categories and their
// alerts are the register's own issue and extend these rows.

/** Positions in social services (the reference list of the register of specialists). */
export const SPECIALIST_POSITIONS = [
  'social_worker_assessment',
  'social_worker_care',
  'home_care_worker',
  'psychologist',
  'social_pedagogue',
  'labour_instructor',
  'sign_language',
  'individual_assistant',
  'other',
] as const;
export type SpecialistPosition = (typeof SPECIALIST_POSITIONS)[number];

/** Levels of education in the register of specialists (SC art. 136). */
export const EDUCATION_LEVELS = [
  'postgraduate',
  'higher',
  'technical_vocational',
  'secondary',
  'other',
] as const;

/** Where a specialist stands with the independent assessment of qualification on a given day. */
export const CERTIFICATION_STATES = ['certified', 'expiring', 'expired', 'never'] as const;
export type CertificationState = (typeof CERTIFICATION_STATES)[number];

/**
 * The state on `today` from the end of the specialist's latest certificate (overlapping
 * certificates: the latest end counts). A certificate valid until today is still valid today.
 */
export function certificationState(
  validUntil: string | null,
  today: string,
  expiringUntil: string,
): CertificationState {
  if (!validUntil) return 'never';
  if (validUntil < today) return 'expired';
  if (validUntil <= expiringUntil) return 'expiring';
  return 'certified';
}

/** Whether a specialist may sign or serve on `day`: a certificate valid on that day. */
export function certifiedOn(validUntil: string | null, day: string): boolean {
  return !!validUntil && validUntil >= day;
}

/** The fields a register spreadsheet can fill (the import maps the file's columns to these). */
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
