/** Turns zod issues into the envelope's details: one entry per field, named by its path. */
import type { ZodError } from 'zod';
import { DomainError, type ErrorDetail } from '../core/errors.js';

type Issue = ZodError['issues'][number];

/** A stable reason code (and its numbers) for the UI to show in the user's language. */
function reasonOf(issue: Issue): Pick<ErrorDetail, 'code' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      return { code: issue.input === undefined ? 'required' : 'invalid' };
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string')
        return minimum <= 1 ? { code: 'required' } : { code: 'too_short', params: { minimum } };
      return { code: 'too_small', params: { minimum } };
    }
    case 'too_big':
      return {
        code: issue.origin === 'string' ? 'too_long' : 'too_big',
        params: { maximum: Number(issue.maximum) },
      };
    case 'invalid_format':
      return { code: 'invalid_format' };
    case 'invalid_value':
      return { code: 'invalid_choice' };
    default:
      return { code: 'invalid' };
  }
}

export function detailsOf(error: ZodError): ErrorDetail[] {
  return error.issues.flatMap((issue): ErrorDetail[] => {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: base ? `${base}.${key}` : key,
        message: 'unknown field',
        code: 'unknown_field',
      }));
    }
    return [{ path: base || '(body)', message: issue.message, ...reasonOf(issue) }];
  });
}

export function validationError(error: ZodError, target: string): DomainError {
  const details = detailsOf(error);
  const summary = details.map((d) => `${d.path}: ${d.message}`).join('; ');
  return new DomainError('validation_failed', `Invalid ${target}: ${summary}`, details);
}
