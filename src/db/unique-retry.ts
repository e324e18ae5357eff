/**
 * Two requests at once that number a record the same way (CAS-2026-0007, EVAC-2026-0003) or take
 * the same thing (one aircraft, one flight) meet at a unique index: in PostgreSQL the second
 * transaction fails with 23505 once the first commits. Retrying the whole transaction reads again
 * and takes the next number, or finds what the first took and answers with the rule's own error.
 * SQLite runs one writer at a time and never gets here.
 */
import { DomainError, type ErrorDetail } from '../core/errors.js';
import type { AppContext } from './context.js';

export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** Runs `work` (a whole transaction) again on a unique violation, up to `attempts` times. */
export async function retryOnUniqueViolation<T>(
  ctx: AppContext,
  work: () => Promise<T>,
  attempts = 5,
): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await work();
    } catch (error) {
      // Inside a caller's transaction a retry cannot help: PostgreSQL has aborted it.
      if (!isUniqueViolation(error) || attempt >= attempts || ctx.db.isTransaction) throw error;
    }
  }
}

/**
 * Runs `work`; when it meets a unique index — the name, code or one-per-thing a rule keeps — the
 * caller's conflict is thrown instead, naming the field when there is one.
 */
export async function conflictOnUnique<T>(
  work: () => Promise<T>,
  message: string,
  details: readonly ErrorDetail[] = [],
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('conflict', message, details);
    throw error;
  }
}
