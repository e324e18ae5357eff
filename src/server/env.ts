/** What the request carries between middleware and handlers. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Actor } from '../core/policy.js';
import type { AppContext, RequestContext } from '../db/context.js';
import type { Seen } from '../db/generations.js';
import type { ResolvedSession } from '../modules/accounts/session.service.js';
import { DomainError } from '../core/errors.js';
import type { Context } from 'hono';

export interface ApiEnv {
  Variables: {
    app: AppContext;
    requestId: string;
    actor: Actor | undefined;
    /** Where things stood as the credential was read (db/generations.ts). */
    seen: Seen | undefined;
    session: ResolvedSession | undefined;
    /** The raw session cookie value, to sign out or rotate. */
    sessionToken: string | undefined;
    /** A session cookie came whose session has ended (it was dropped). */
    sessionEnded: boolean | undefined;
  };
}

export type ApiApp = OpenAPIHono<ApiEnv>;
export type ApiContext = Context<ApiEnv>;

/**
 * The only way a handler gets a RequestContext: it requires a fully signed-in caller, so a route
 * that forgets authentication cannot reach a service (deny by default).
 */
export function requestContext(c: ApiContext): RequestContext {
  const actor = c.get('actor');
  if (!actor) {
    const partial = c.get('session');
    throw new DomainError(
      'unauthenticated',
      partial
        ? 'Finish two-factor sign-in first'
        : c.get('sessionEnded')
          ? 'Your session has ended; sign in again'
          : 'Sign in first',
    );
  }
  return { ...c.get('app'), actor, requestId: c.get('requestId'), seen: c.get('seen') };
}

/** A session at any stage (two-factor pending or enrolling), for the sign-in steps. */
export function partialSession(c: ApiContext): { session: ResolvedSession; token: string } {
  const session = c.get('session');
  const token = c.get('sessionToken');
  if (!session || !token) throw new DomainError('unauthenticated', 'Sign in first');
  return { session, token };
}
