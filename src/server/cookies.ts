/**
 * The session cookie: HttpOnly, SameSite=Strict, Path=/. Behind TLS it is Secure with the
 * `__Host-` prefix (bound to this host); on plain http (a laptop on localhost) it cannot be.
 */
import { deleteCookie, setCookie } from 'hono/cookie';
import type { ApiContext } from './env.js';

export const secureCookieName = '__Host-peaceops_session';
export const plainCookieName = 'peaceops_session';
export const sessionCookieNames = [secureCookieName, plainCookieName] as const;

function isTls(c: ApiContext): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  return c.get('app').config.trustProxy && c.req.header('X-Forwarded-Proto') === 'https';
}

export function setSessionCookie(c: ApiContext, token: string): void {
  const secure = isTls(c);
  const maxAge = c.get('app').config.sessionAbsoluteHours * 3600;
  setCookie(c, secure ? secureCookieName : plainCookieName, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure,
    maxAge,
  });
}

export function clearSessionCookie(c: ApiContext): void {
  deleteCookie(c, plainCookieName, { path: '/' });
  deleteCookie(c, secureCookieName, { path: '/', secure: true });
}

export function clientAddress(c: ApiContext): string {
  if (c.get('app').config.trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  return incoming?.socket?.remoteAddress ?? 'local';
}
