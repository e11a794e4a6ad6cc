// The one error type that crosses layers. Services throw it; the router turns it into the typed
// `{ code, message, fields }` answer, translating the message into the caller's language.
// It carries codes and parameters only — never personal data — so it is safe to log.

export const ERROR_CODES = [
  'VALIDATION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT_IIN',
  'DUPLICATE_SUSPECTED',
  'CONFLICT_LOGIN',
  'ALREADY_INITIALIZED',
  'NOT_INITIALIZED',
  'BAD_CREDENTIALS',
  'ACCOUNT_DISABLED',
  'ACCOUNT_LOCKED',
  'SESSION_LOCKED',
  'PASSWORD_CHANGE_REQUIRED',
  'LAST_ADMIN',
  'UNKNOWN_PROCEDURE',
  'BAD_TOKEN',
  'PAYLOAD_TOO_LARGE',
  'DB_NEWER',
  'DB_LOCKED',
  'DB_CORRUPT',
  'BACKUP_FAILED',
  'BACKUP_FOLDER_UNWRITABLE',
  'BACKUP_NOT_FOUND',
  'BACKUP_UNUSABLE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** Field path → message key (see api/messages.ts). */
export type FieldIssues = Record<string, string>;

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields: FieldIssues | undefined;
  readonly params: Record<string, string | number> | undefined;
  /**
   * Keep what the transaction wrote before the error (and its audit notes) instead of rolling
   * back: a failed login must still count the attempt and leave its trace in the audit log.
   */
  readonly commit: boolean;

  constructor(
    code: ErrorCode,
    opts: { fields?: FieldIssues; params?: Record<string, string | number>; commit?: boolean } = {},
  ) {
    super(code);
    this.name = 'AppError';
    this.code = code;
    this.fields = opts.fields;
    this.params = opts.params;
    this.commit = opts.commit ?? false;
  }
}
