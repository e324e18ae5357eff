/**
 * What the web tests render with: a fresh query client, the chosen language, a stubbed `fetch`
 * that answers from a table of routes, and a signed-in user holding the permissions a test names.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { vi } from 'vitest';
import type { Me } from '../../modules/accounts/auth.schema.js';
import type { PageProps } from '../app/modules.js';
import { I18nProvider, type Locale } from '../i18n/i18n.js';
import { newQueryClient } from '../lib/query.js';

export function renderWith(ui: ReactElement, options: { locale?: Locale } = {}): RenderResult {
  localStorage.setItem('peaceops.locale', options.locale ?? 'en');
  const client = newQueryClient();
  return render(ui, {
    wrapper: ({ children }) => (
      <QueryClientProvider client={client}>
        <I18nProvider>{children}</I18nProvider>
      </QueryClientProvider>
    ),
  });
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** The API's error envelope. */
export const apiError = (
  status: number,
  error: {
    code: string;
    message: string;
    details?: { path: string; message: string; code?: string; params?: object }[];
  },
) => json({ error: { details: [], requestId: 'req-test', ...error } }, status);

export type Answer =
  Response | Promise<Response> | ((init: RequestInit) => Response | Promise<Response>);

export interface Sent {
  method: string;
  path: string;
  body: unknown;
  signal: AbortSignal | null;
}

/**
 * Answers `fetch` from routes keyed `'GET /api/x'` (the path with its query string, or without it
 * to answer any query string). A request no route answers fails the test with its path.
 */
export function stubApi(routes: Record<string, Answer>): Sent[] {
  const sent: Sent[] = [];
  vi.stubGlobal('fetch', async (input: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    const path = String(input);
    sent.push({
      method,
      path,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : null,
      signal: init.signal ?? null,
    });
    const answer = routes[`${method} ${path}`] ?? routes[`${method} ${path.split('?')[0]}`];
    if (answer === undefined) throw new Error(`no stubbed answer for ${method} ${path}`);
    const response = typeof answer === 'function' ? await answer(init) : await answer;
    return response.clone();
  });
  return sent;
}

/** A promise the test settles when it chooses (a slow answer). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A signed-in user in one mission with the given permissions. */
export function signedIn(permissions: string[], missionId: string | null = 'm1'): PageProps {
  const me: Me = {
    user: {
      id: 'u1',
      username: 'analyst',
      displayName: 'An Analyst',
      status: 'active',
      locale: 'en',
      totpEnabled: false,
      lockedUntil: null,
      memberships: [],
      pendingRoles: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      version: 1,
    },
    stage: 'full',
    missionId,
    views: [{ missionId, acronym: 'MINUSCA', name: 'MINUSCA', roles: ['analyst'] }],
    permissions,
    csrfToken: 'csrf',
  };
  return { me, refresh: async () => undefined };
}

/** A mission as `GET /api/missions` answers it. */
export const missionFixture = (id: string, acronym: string) => ({
  id,
  acronym,
  name: acronym,
  hostCountries: ['CAF'],
  mandateStart: '2014-04-10',
  mandateEnd: null,
  headquarters: { name: 'HQ', latitude: 4.4, longitude: 18.6 },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  version: 1,
});
