/** The single error funnel: domain error codes → HTTP statuses and one JSON envelope. */
import { z } from '@hono/zod-openapi';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { HTTPException } from 'hono/http-exception';
import { DomainError, type ErrorCode } from '../core/errors.js';
import { OutOfReach } from '../core/policy.js';
import { appendAudit, auditActorOf } from '../modules/audit/audit.service.js';
import type { AppContext } from '../db/context.js';
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
  unsupported_media_type: 415,
  unavailable: 503,
  integrity_failed: 500,
  internal: 500,
};

export const ErrorEnvelope = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(
        z.object({
          path: z.string(),
          message: z.string(),
          code: z.string().optional(),
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        }),
      ),
      requestId: z.string(),
    }),
  })
  .openapi('Error');

function toDomainError(error: unknown): DomainError | null {
  if (error instanceof DomainError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 413) return new DomainError('payload_too_large', 'Request body too large');
    // F11: a body that is not what the route takes (e.g. text/plain on a JSON route).
    if (error.status === 415)
      return new DomainError(
        'unsupported_media_type',
        'This route takes a JSON body: send it with Content-Type: application/json',
        [{ path: 'Content-Type', message: 'application/json expected' }],
      );
    if (error.status === 400)
      return new DomainError('validation_failed', 'body: malformed request body', [
        { path: 'body', message: 'malformed' },
      ]);
  }
  // SQLite has one writer: a long import (in its worker) holds it; the caller retries shortly.
  if (error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_BUSY')
    return new DomainError(
      'unavailable',
      'The database is busy with another write (an import, perhaps); try again in a moment',
    );
  return null;
}

export async function errorResponse(c: ApiContext, error: unknown): Promise<Response> {
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
  if (known.code === 'forbidden' || known instanceof OutOfReach) deferDenial(c, known);
  if (known.code === 'unavailable') c.header('Retry-After', '5');
  // F7: a record that is absent and one out of reach answer alike on every route, whichever record
  // the service looked up first (a case behind its assistance, a unit behind its caveat): "<Kind>
  // not found" names no kind. A sentence written for the public (a receipt code) stays as it is.
  const anonymous = known.code === 'not_found' && / not found$/.test(known.message);
  const message = anonymous ? notFoundMessage : known.message;
  const details = anonymous ? [] : [...known.details];
  return c.json({ error: { code: known.code, message, details, requestId } }, status);
}

export const notFoundMessage = 'Not found';

/** Denied accesses being written after their answers, per app (F8). */
const pendingDenials = new WeakMap<AppContext, Set<Promise<void>>>();

/**
 * F8: the denial is audited after the answer has gone, so a record out of reach answers as fast as
 * an absent one. `settleDenials` waits for those still being written (shutdown, tests).
 */
function deferDenial(c: ApiContext, error: DomainError): void {
  const app = c.get('app');
  if (!app) return;
  const entry = denialEntry(c, error);
  const task = new Promise<void>((resolve) => setImmediate(resolve)).then(() =>
    writeDenial(app, entry, c.get('requestId')),
  );
  const pending = pendingDenials.get(app) ?? new Set();
  pendingDenials.set(app, pending);
  pending.add(task);
  void task.finally(() => pending.delete(task));
}

export async function settleDenials(app: AppContext): Promise<void> {
  await Promise.all([...(pendingDenials.get(app) ?? [])]);
}

/**
 * S6: a denied access leaves an entry (who, which route, which record), in its own transaction.
 * A record out of reach is recorded with its mission, so the audit view shows the entry only to
 * those who may see that mission; the caller's answer is the same 404 as for an absent record.
 */
function denialEntry(c: ApiContext, error: DomainError) {
  const session = c.get('session');
  const who = c.get('actor') ?? (session ? { ...session.actor } : null);
  const url = new URL(c.req.url);
  const record =
    error instanceof OutOfReach
      ? {
          recordType: error.recordType,
          recordId: error.recordId ?? undefined,
          missionId: error.missionId,
        }
      : {};
  return {
    who: auditActorOf(who),
    event: {
      action: 'access.denied',
      outcome: 'denied' as const,
      ...record,
      change: { method: c.req.method, path: url.pathname },
    },
  };
}

async function writeDenial(
  app: AppContext,
  entry: ReturnType<typeof denialEntry>,
  requestId: string | undefined,
): Promise<void> {
  try {
    await appendAudit(app, entry.who, entry.event);
  } catch (failure) {
    app.log.error('could not audit a denied access', {
      requestId,
      error: failure instanceof Error ? failure.message : 'unknown',
    });
  }
}
