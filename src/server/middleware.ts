/** Request id, security headers, access log, authentication and CSRF, in that order. */
import { randomUUID, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { DomainError } from '../core/errors.js';
import type { AppContext } from '../db/context.js';
import { resolveSession } from '../modules/accounts/session.service.js';
import { resolveApiToken } from '../modules/accounts/token.service.js';
import type { ApiEnv } from './env.js';
import { clearSessionCookie, clientAddress, isTls, sessionCookieNames } from './cookies.js';
import { utf8 } from './route-kit.js';

/** S8: the same headers on every response, API, page or error. */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-store',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=()',
};

/** The same headers for a page the app's own pages may show in a frame (same origin only). */
export const sameOriginFrames: Readonly<Record<string, string>> = {
  ...securityHeaders,
  'Content-Security-Policy': securityHeaders['Content-Security-Policy']!.replace(
    "frame-ancestors 'none'",
    "frame-ancestors 'self'",
  ),
  'X-Frame-Options': 'SAMEORIGIN',
};

/** API paths whose answers say how long a browser may keep them: public-domain map places only. */
const cacheableApiPaths = new Set(['/api/places']);

/**
 * Says `Vary: Accept-Encoding` on an API answer before hono's compress looks at it (it is
 * registered after compress, so it runs first on the way out). Compress would set it itself with
 * `c.header()`, which turns the answer into a full web Response whose body is then checked
 * character by character and streamed (0.7 ms for a page of 100 features); headers set on `c.res`
 * keep the body plain, written to the socket at once (issue 22).
 */
export const varyOnEncoding: MiddlewareHandler<ApiEnv> = async (c, next) => {
  await next();
  const vary = c.res.headers.get('Vary');
  if (!vary) c.res.headers.set('Vary', 'Accept-Encoding');
  else if (!/(^|,)\s*(accept-encoding|\*)\s*(,|$)/i.test(vary))
    c.res.headers.set('Vary', `${vary}, Accept-Encoding`);
};

/**
 * Every JSON answer sent as UTF-8 bytes (route-kit `utf8`: a long string with a character past
 * U+00FF is slow to write). Hono's `c.json` is replaced on this request's context only; what it
 * answers is otherwise the same (status, headers, `application/json` unless one is given).
 */
export const jsonAsBytes: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const body = c.body as (data: Uint8Array<ArrayBuffer>, ...rest: unknown[]) => Response;
  const json = (object: unknown, arg?: number | ResponseInit, headers?: Record<string, string>) => {
    const given = headers ?? (typeof arg === 'object' ? arg.headers : undefined);
    if (!given || !new Headers(given).has('Content-Type'))
      c.header('Content-Type', 'application/json');
    return body(utf8(JSON.stringify(object)), arg, headers);
  };
  c.json = json as unknown as typeof c.json;
  await next();
};

export function base(app: AppContext): MiddlewareHandler<ApiEnv> {
  return async (c, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    c.set('app', app);
    c.set('requestId', requestId);
    await next();
    const path = new URL(c.req.url).pathname;
    // The web's static files say how they may be cached (server/static.ts), and so does the one
    // API answer that holds only public geography (a map view's places); nothing else may be.
    const cacheable =
      c.res.headers.has('Cache-Control') &&
      (!path.startsWith('/api/') || cacheableApiPaths.has(path));
    // A printable page (a report's HTML) may be framed by the app's own editor, nothing else may.
    const framable =
      path.startsWith('/api/') && c.res.headers.get('X-Frame-Options') === 'SAMEORIGIN';
    for (const [name, value] of Object.entries(framable ? sameOriginFrames : securityHeaders))
      if (!(cacheable && name === 'Cache-Control')) c.res.headers.set(name, value);
    // Behind TLS the browser is told to come back over TLS only (ASVS 12.1.1).
    if (isTls(c))
      c.res.headers.set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    c.res.headers.set('X-Request-Id', requestId);
    if (path.startsWith('/api/')) {
      app.log.info('request', {
        requestId,
        method: c.req.method,
        path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
        userId: c.get('actor')?.userId,
      });
    }
  };
}

const unsafe = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method);

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/**
 * Resolves a bearer token or the session cookie into an actor. Unauthenticated requests go on
 * with no actor; handlers then cannot build a RequestContext. Cookie-authenticated writes must
 * carry the session's CSRF token in X-CSRF-Token; bearer tokens are not sent by browsers.
 */
async function liveSession(app: AppContext, token: string) {
  try {
    return await resolveSession(app, token);
  } catch (error) {
    if (error instanceof DomainError && error.code === 'unauthenticated') return undefined;
    throw error;
  }
}

export const authenticate: MiddlewareHandler<ApiEnv> = async (c, next) => {
  const app = c.get('app');
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const match = /^Bearer (\S+)$/.exec(authorization);
    if (!match?.[1])
      throw new DomainError('unauthenticated', 'Authorization must be "Bearer <token>"');
    const { actor, seen } = await resolveApiToken(app, match[1], clientAddress(c));
    c.set('actor', actor);
    c.set('seen', seen);
    return next();
  }
  const token = sessionCookieNames.map((name) => getCookie(c, name)).find((v) => v !== undefined);
  // A cookie whose session has ended is dropped: the request goes on as anyone's would (public
  // routes answer; the others say to sign in) instead of failing on a stale cookie.
  const resolved = token === undefined ? undefined : await liveSession(app, token);
  if (token !== undefined && resolved === undefined) {
    clearSessionCookie(c);
    c.set('sessionEnded', true);
  }
  if (token !== undefined && resolved !== undefined) {
    if (
      unsafe(c.req.method) &&
      !sameSecret(c.req.header('X-CSRF-Token') ?? '', resolved.session.csrf_token)
    ) {
      throw new DomainError('forbidden', 'Missing or wrong CSRF token; reload the page');
    }
    c.set('session', resolved);
    c.set('sessionToken', token);
    if (resolved.session.stage === 'full') {
      c.set('actor', resolved.actor);
      c.set('seen', resolved.seen);
    }
  } else if (unsafe(c.req.method)) {
    // No live session: a write from another origin is refused (sign-in and public forms included).
    const origin = c.req.header('Origin');
    if (origin !== undefined && origin !== new URL(c.req.url).origin) {
      throw new DomainError('forbidden', 'Cross-origin request refused');
    }
  }
  return next();
};
