/** CLI output and exit codes: the same error codes as the API, mapped to stable exit codes. */
import { isDomainError, type ErrorCode } from '../core/errors.js';

export const exitCodes: Record<ErrorCode, number> = {
  validation_failed: 2,
  unauthenticated: 5,
  forbidden: 5,
  not_found: 3,
  conflict: 4,
  invalid_state: 4,
  locked: 5,
  too_many_requests: 5,
  payload_too_large: 2,
  unsupported_media_type: 2,
  unavailable: 6,
  integrity_failed: 7,
  internal: 1,
};

export interface Output {
  json: boolean;
}

export function print(out: Output, value: unknown, human: () => string): void {
  process.stdout.write(out.json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
}

export function fail(out: Output, error: unknown): number {
  const code: ErrorCode = isDomainError(error) ? error.code : 'internal';
  const message = isDomainError(error)
    ? error.message
    : error instanceof Error
      ? error.message
      : String(error);
  const details = isDomainError(error) ? error.details : [];
  if (out.json) process.stderr.write(`${JSON.stringify({ error: { code, message, details } })}\n`);
  else process.stderr.write(`peaceops: ${message}\n`);
  return exitCodes[code];
}

export function table(rows: Record<string, unknown>[]): string {
  if (rows.length === 0) return '(none)';
  const keys = Object.keys(rows[0]!);
  const width = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k] ?? '').length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(width[i]!))
      .join('  ')
      .trimEnd();
  return [line(keys), ...rows.map((r) => line(keys.map((k) => String(r[k] ?? ''))))].join('\n');
}
