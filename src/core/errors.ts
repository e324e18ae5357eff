/**
 * Domain errors: what went wrong, in words the services know. They carry no HTTP status;
 * the server's error handler and the CLI map `code` to a status or an exit code.
 */
export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'not_found',
  'conflict',
  'invalid_state',
  'locked',
  'too_many_requests',
  'payload_too_large',
  'unsupported_media_type',
  'unavailable',
  'integrity_failed',
  'internal',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

export interface ErrorDetail {
  path: string;
  /** English text for people reading the API directly. */
  message: string;
  /**
   * Machine-readable reason the UI translates: required, too_short, too_long, too_small,
   * too_big, invalid_format, invalid_choice, unknown_field, invalid.
   */
  code?: string;
  /** Values the translated message needs, e.g. { minimum: 12 }. */
  params?: Record<string, string | number>;
}

export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly details: readonly ErrorDetail[];

  constructor(code: ErrorCode, message: string, details: readonly ErrorDetail[] = []) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}

/** The one answer for "absent or out of reach": the same words, so existence does not leak. */
export function notFound(kind: string): DomainError {
  return new DomainError('not_found', `${kind} not found`);
}

export function forbidden(message = 'You are not allowed to do this'): DomainError {
  return new DomainError('forbidden', message);
}

export function validationFailed(path: string, message: string): DomainError {
  return new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);
}

export function staleVersion(kind: string, expected: number): DomainError {
  return new DomainError(
    'conflict',
    `${kind} was changed by someone else (your version ${expected} is stale); reload and retry`,
    [{ path: 'version', message: 'stale version' }],
  );
}
