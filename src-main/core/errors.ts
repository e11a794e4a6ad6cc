// The one error type that crosses layers. Services throw it; the router turns it into the typed
// `{ code, message, fields }` answer, translating the message into the caller's language.
// It carries codes and parameters only — never personal data — so it is safe to log.

/**
 * The error codes every door may answer. Codes of the core are listed here; a module adds its
 * own by augmenting this interface beside its messages (`declare module '../../errors'` in
 * modules/<module>/messages.ts), so the catalog in api/messages.ts must word every code.
 */
export interface ErrorCodes {
  VALIDATION: true;
  UNAUTHENTICATED: true;
  FORBIDDEN: true;
  NOT_FOUND: true;
  SESSION_LOCKED: true;
  PASSWORD_CHANGE_REQUIRED: true;
  UNKNOWN_PROCEDURE: true;
  BAD_TOKEN: true;
  PAYLOAD_TOO_LARGE: true;
  DB_NEWER: true;
  DB_LOCKED: true;
  DB_CORRUPT: true;
  DB_UNTRUSTED: true;
  BACKUP_UNTRUSTED: true;
  BACKUP_NOT_FOUND: true;
  BACKUP_UNUSABLE: true;
  INTERNAL: true;
  /** Spreadsheet imports (shared/spreadsheet): the file itself is wrong, or its rows are. */
  IMPORT_EXTENSION: true;
  IMPORT_UNREADABLE: true;
  IMPORT_EMPTY: true;
  IMPORT_SHEET: true;
  IMPORT_TOO_LARGE: true;
  IMPORT_INVALID: true;
}

export type ErrorCode = keyof ErrorCodes & string;

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
