/** HTTP through `app.request()` with a cookie jar, the CSRF header and sign-in steps. */
import { totpCodeAt } from '../../src/modules/accounts/totp.js';
import type { TestApp } from './test-app.js';

export interface Answer<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

export class Agent {
  cookie: string | undefined;
  csrf: string | undefined;
  bearer: string | undefined;
  baseUrl = 'http://localhost';

  constructor(private readonly t: TestApp) {}

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<Answer<T>> {
    const h: Record<string, string> = { ...headers };
    const form = body instanceof FormData;
    if (body !== undefined && !form && !h['Content-Type']) h['Content-Type'] = 'application/json';
    if (this.cookie) h.Cookie = this.cookie;
    if (this.csrf && method !== 'GET' && !('X-CSRF-Token' in h)) h['X-CSRF-Token'] = this.csrf;
    if (this.bearer) h.Authorization = `Bearer ${this.bearer}`;
    const res = await this.t.app.request(`${this.baseUrl}${path}`, {
      method,
      headers: h,
      body:
        body === undefined
          ? undefined
          : typeof body === 'string' || form
            ? (body as string | FormData)
            : JSON.stringify(body),
    });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair && !pair.endsWith('=') ? pair : undefined;
    }
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = text ? JSON.parse(text) : null;
    } catch {
      /* not JSON: keep the text */
    }
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  /** A binary answer (a PDF) as bytes, with the session's cookie. */
  async bytes(path: string): Promise<{ status: number; body: Buffer; headers: Headers }> {
    const res = await this.t.app.request(`${this.baseUrl}${path}`, {
      headers: this.cookie ? { Cookie: this.cookie } : {},
    });
    return { status: res.status, body: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }

  get = <T = any>(path: string) => this.request<T>('GET', path);
  post = <T = any>(path: string, body?: unknown) => this.request<T>('POST', path, body ?? {});
  patch = <T = any>(path: string, body: unknown) => this.request<T>('PATCH', path, body);
  put = <T = any>(path: string, body: unknown) => this.request<T>('PUT', path, body);
  delete = <T = any>(path: string) => this.request<T>('DELETE', path);
}

/** TOTP secrets of test users, remembered at enrolment so later sign-ins can answer. */
export const totpSecrets = new Map<string, string>();

/** Signs in, passing the TOTP step or enrolling when the account requires it. */
export async function signIn(t: TestApp, username: string, password: string): Promise<Agent> {
  const agent = new Agent(t);
  const first = await agent.post('/api/auth/sign-in', { username, password });
  if (first.status !== 200)
    throw new Error(`sign-in of ${username} failed: ${first.status} ${JSON.stringify(first.body)}`);
  agent.csrf = first.body.csrfToken;
  if (first.body.stage === 'enroll') {
    const enrolment = await agent.post('/api/auth/two-factor/enroll');
    totpSecrets.set(`${t.dialect}:${username}`, enrolment.body.secret);
    const confirmed = await agent.post('/api/auth/two-factor/confirm', {
      code: totpCodeAt(enrolment.body.secret, t.clock.now()),
    });
    agent.csrf = confirmed.body.csrfToken;
  } else if (first.body.stage === 'totp') {
    const secret = totpSecrets.get(`${t.dialect}:${username}`);
    if (!secret) throw new Error(`no TOTP secret known for ${username}`);
    t.clock.advance(30_000); // each code is accepted once: move to the next 30-second step
    const second = await agent.post('/api/auth/sign-in/two-factor', {
      code: totpCodeAt(secret, t.clock.now()),
    });
    agent.csrf = second.body.csrfToken;
  }
  return agent;
}
