// The district's specialists (DOMAIN.md §7). This first part is what casework needs: who may sign
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
