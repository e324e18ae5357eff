/** Turns zod issues into the envelope's details: one entry per field, named by its path. */
import type { ZodError } from 'zod';
import { DomainError, type ErrorDetail } from '../core/errors.js';

export function detailsOf(error: ZodError): ErrorDetail[] {
  return error.issues.flatMap((issue) => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        message: 'unknown field',
      }));
    }
    return [{ path: base || '(body)', message: issue.message }];
  });
}

export function validationError(error: ZodError, target: string): DomainError {
  const details = detailsOf(error);
  const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ');
  return new DomainError('validation_failed', `Invalid ${target}: ${summary}`, details);
}
