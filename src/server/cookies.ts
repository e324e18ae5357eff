/**
 * The session cookie: HttpOnly, SameSite=Strict, Path=/. Behind TLS it is Secure with the
 * `__Host-` prefix (bound to this host); on plain http (a laptop on localhost) it cannot be.
 */
import { deleteCookie, setCookie } from 'hono/cookie';
import type { ApiContext } from './env.js';

export const secureCookieName = '__Host-peaceops_session';
export const plainCookieName = 'peaceops_session';
export const sessionCookieNames = [secureCookieName, plainCookieName] as const;

export function isTls(c: ApiContext): boolean {
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

/**
 * F5: the client's address behind `trustedProxies` proxies. Each proxy appends the address it was
 * reached from to X-Forwarded-For, so only the entries they wrote can be believed: read from the
 * right, past the trusted proxies (the socket's address is the nearest). What a client writes
 * itself stays on the left and is never taken.
 */
export function forwardedClient(
  forwardedFor: string | undefined,
  socketAddress: string,
  trustedProxies: number,
): string {
  const chain = [
    ...(forwardedFor ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean),
    socketAddress,
  ];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)]!;
}

export function clientAddress(c: ApiContext): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming;
  const socket = incoming?.socket?.remoteAddress ?? 'local';
  const config = c.get('app').config;
  if (!config.trustProxy) return socket;
  return forwardedClient(c.req.header('X-Forwarded-For'), socket, config.trustedProxies);
}
