/**
 * Issue 15's low findings on sessions and transport: HSTS behind TLS (ASVS 12.1.1); a session whose
 * cookie outlived it does not turn public routes into 401 (the cookie is dropped, the route answers);
 * an idle timeout shorter than the activity refresh does not end sessions in use (ASVS 7.3.1).
 */
import { describe, expect, it } from 'vitest';
import { password, seedWorld } from '../../test/support/fixtures.js';
import { signIn } from '../../test/support/http.js';
import { dialects, openTestApp } from '../../test/support/test-app.js';
import { minutes } from '../core/clock.js';

const seconds = (n: number) => n * 1000;

describe.each(dialects)('sessions and transport [%s]', (dialect) => {
  it('HSTS is sent behind a TLS proxy, and not on plain http', async () => {
    const t = await openTestApp(dialect, { env: { PEACEOPS_TRUST_PROXY: '1' } });
    try {
      const tls = await t.app.request('http://localhost/api/health', {
        headers: { 'X-Forwarded-Proto': 'https' },
      });
      expect(tls.headers.get('strict-transport-security')).toBe(
        'max-age=31536000; includeSubDomains',
      );
      const plain = await t.app.request('http://localhost/api/health');
      expect(plain.headers.get('strict-transport-security')).toBeNull();
    } finally {
      await t.close();
    }
  });

  it('a cookie whose session has ended is dropped: public routes answer, the others say to sign in again', async () => {
    const t = await openTestApp(dialect);
    try {
      const world = await seedWorld(t);
      const agent = await signIn(t, world.users.viewer.username, password);
      t.clock.advance(minutes(31)); // past the idle limit
      const stale = agent.cookie!;
      const health = await t.app.request('http://localhost/api/health', {
        headers: { Cookie: stale },
      });
      expect(health.status).toBe(200);
      expect(health.headers.get('set-cookie')).toMatch(/peaceops_session=;/);
      const lookUp = await t.app.request('http://localhost/api/public/complaints/status', {
        method: 'POST',
        headers: { Cookie: stale, 'Content-Type': 'application/json' },
        body: JSON.stringify({ receiptCode: 'AAAA-BBBB-CCCC-DDDD-EEEE' }),
      });
      expect(lookUp.status).toBe(404);
      const missions = await agent.get('/api/missions');
      expect(missions.status).toBe(401);
      expect(missions.body.error.message).toBe('Your session has ended; sign in again');
    } finally {
      await t.close();
    }
  });

  it('with a one-minute idle limit, a session used every 40 seconds lives on', async () => {
    const t = await openTestApp(dialect, { env: { PEACEOPS_SESSION_IDLE_MINUTES: '1' } });
    try {
      const world = await seedWorld(t);
      const agent = await signIn(t, world.users.viewer.username, password);
      for (let i = 0; i < 10; i++) {
        t.clock.advance(seconds(40));
        expect((await agent.get('/api/missions')).status, `after ${(i + 1) * 40} s`).toBe(200);
      }
      t.clock.advance(seconds(61));
      expect((await agent.get('/api/missions')).status).toBe(401);
    } finally {
      await t.close();
    }
  });
});
