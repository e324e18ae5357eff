/** The single error funnel: domain error codes → HTTP statuses and one JSON envelope. */
import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { DomainError, type ErrorCode } from '../core/errors.js';
import type { ApiContext } from './env.js';

export const statusOf: Record<ErrorCode, ContentfulStatusCode> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  invalid_state: 422,
  locked: 423,
  too_many_requests: 429,
  payload_too_large: 413,
  unavailable: 503,
  integrity_failed: 500,
  internal: 500,
};

export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new DomainError('payload_too_large', 'Request body too large');
    if (error.status === 400)
      return new DomainError('validation_failed', 'body: malformed request body', [
        { path: 'body', message: 'malformed' },
      ]);
  }
  return null;
}

export function errorResponse(c: ApiContext, error: unknown): Response {
  const requestId = c.get('requestId') ?? 'unknown';
  const known = toDomainError(error);
  // Unknown errors and internal failures never show their message (S9): log it, answer generically.
  if (!known || known.code === 'internal' || known.code === 'integrity_failed') {
    const app = c.get('app');
    app?.log.error('request failed', {
      requestId,
      error: error instanceof Error ? `${error.name}: ${error.message}` : 'unknown',
    });
    return c.json(
      {
        error: {
          code: 'internal',
          message: 'Something went wrong; the request was not carried out',
          details: [],
          requestId,
        },
      },
      500,
    );
  }
  const status = statusOf[known.code];
  return c.json(
    { error: { code: known.code, message: known.message, details: [...known.details], requestId } },
    status,
  );
}
