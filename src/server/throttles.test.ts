/**
 * Throttles (ASVS 2.4.1 anti-automation). F5: behind a proxy the client address they count is read
 * from X-Forwarded-For from the right, past the configured number of trusted proxies; what a client
 * writes there itself never changes which bucket it falls in. F10: made-up bearer tokens count
 * against the address, and past the limit write nothing more to the audit log.
 */
import { describe, expect, it } from 'vitest';
import { openTestApp, dialects, type TestApp } from '../../test/support/test-app.js';
import { forwardedClient } from './cookies.js';

describe('the client address behind proxies', () => {
  it('one proxy: the address it appended, whatever the client wrote before it', () => {
    expect(forwardedClient('203.0.113.7', '10.0.0.2', 1)).toBe('203.0.113.7');
    expect(forwardedClient('6.6.6.6, 203.0.113.7', '10.0.0.2', 1)).toBe('203.0.113.7');
    expect(forwardedClient(' 1.1.1.1 ,2.2.2.2, 203.0.113.7 ', '10.0.0.2', 1)).toBe('203.0.113.7');
  });

  it('two proxies: the address the outer one appended', () => {
    expect(forwardedClient('6.6.6.6, 203.0.113.7, 10.0.0.9', '10.0.0.2', 2)).toBe('203.0.113.7');
  });

  it('a shorter chain than the proxies configured falls back to its leftmost entry; none at all, the socket', () => {
    expect(forwardedClient('203.0.113.7', '10.0.0.2', 3)).toBe('203.0.113.7');
    expect(forwardedClient(undefined, '10.0.0.2', 1)).toBe('10.0.0.2');
    expect(forwardedClient('', '10.0.0.2', 1)).toBe('10.0.0.2');
  });
});

describe.each(dialects)('throttles behind a proxy [%s]', (dialect) => {
  it('F5: rotating the leftmost X-Forwarded-For earns no more sign-ins or complaint look-ups than the limit', async () => {
    const t: TestApp = await openTestApp(dialect, {
      throttleLimit: 10,
      env: { PEACEOPS_TRUST_PROXY: '1', PEACEOPS_COMPLAINT_THROTTLE: '10' },
    });
    try {
      const post = (path: string, body: unknown, i: number) =>
        t.app.request(`http://localhost${path}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            // The attacker writes a new address each time; the proxy appends the real one.
            'X-Forwarded-For': `198.51.100.${i}, 203.0.113.7`,
          },
          body: JSON.stringify(body),
        });
      const signIns: number[] = [];
      const lookUps: number[] = [];
      for (let i = 0; i < 40; i++) {
        signIns.push(
          (await post('/api/auth/sign-in', { username: 'nobody', password: 'x'.repeat(12) }, i))
            .status,
        );
        lookUps.push(
          (
            await post(
              '/api/public/complaints/status',
              { receiptCode: 'AAAA-BBBB-CCCC-DDDD-EEEE' },
              i,
            )
          ).status,
        );
      }
      expect(signIns.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(signIns.slice(10).every((s) => s === 429)).toBe(true);
      expect(lookUps.slice(10).every((s) => s === 429)).toBe(true);
      // Another real client behind the same proxy has its own bucket.
      const other = await t.app.request('http://localhost/api/auth/sign-in', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Forwarded-For': '203.0.113.99' },
        body: JSON.stringify({ username: 'nobody', password: 'x'.repeat(12) }),
      });
      expect(other.status).toBe(401);
    } finally {
      await t.close();
    }
  });
});

describe.each(dialects)('made-up bearer tokens [%s]', (dialect) => {
  it('F10: past the limit a made-up token is 429 and writes nothing to the audit log; a real address elsewhere is unaffected', async () => {
    const t: TestApp = await openTestApp(dialect, { throttleLimit: 10 });
    try {
      const audited = async () =>
        (
          await t.ctx.db
            .selectFrom('audit_entries')
            .select('id')
            .where('action', '=', 'auth.token')
            .execute()
        ).length;
      const statuses: number[] = [];
      for (let i = 0; i < 300; i++)
        statuses.push(
          (
            await t.app.request('http://localhost/api/missions', {
              headers: { Authorization: `Bearer pot_madeup${i}` },
            })
          ).status,
        );
      expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
      expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
      expect(await audited()).toBe(10);
      for (const path of ['/ogc/collections', '/api/missions'])
        expect(
          (
            await t.app.request(`http://localhost${path}`, {
              headers: { Authorization: 'Bearer pot_stillmadeup' },
            })
          ).status,
        ).toBe(429);
    } finally {
      await t.close();
    }
  });
});
