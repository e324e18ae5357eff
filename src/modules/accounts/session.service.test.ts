/** S5 (ASVS 6.3.1 throttling, 7.3.1 idle timeout, 7.3.2 absolute timeout, 7.4.1 logout, 3.5.1 CSRF). */
import { sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { minutes, hours } from '../../core/clock.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { Agent, signIn, totpSecrets } from '../../../test/support/http.js';
import { totpCodeAt } from './totp.js';
import { createUser } from './user.service.js';

eachDialect('sign-in and sessions', (t) => {
  let world: World;
  beforeAll(async () => {
    world = await seedWorld(t());
  });

  it('wrong password and unknown user give the same 401 and are audited', async () => {
    const a = await new Agent(t()).post('/api/auth/sign-in', {
      username: world.users.analyst.username,
      password: 'not the password',
    });
    const b = await new Agent(t()).post('/api/auth/sign-in', {
      username: 'no-such-user',
      password: 'not the password',
    });
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(a.body.error.message).toBe(b.body.error.message);
    const failed = await t()
      .ctx.db.selectFrom('audit_entries')
      .select('action')
      .where('action', '=', 'auth.sign-in')
      .where('outcome', '=', 'failed')
      .execute();
    expect(failed.length).toBeGreaterThanOrEqual(2);
  });

  it('locks the account after 5 wrong passwords (423), even with the right one, until 15 minutes pass', async () => {
    await createUser(operator(t()), {
      username: 'lock-me',
      displayName: 'L',
      password,
      locale: 'en',
      memberships: [{ missionId: world.missionA.id, role: 'viewer' }],
    });
    for (let i = 0; i < 5; i++)
      expect(
        (
          await new Agent(t()).post('/api/auth/sign-in', {
            username: 'lock-me',
            password: 'wrong wrong wrong',
          })
        ).status,
      ).toBe(401);
    const locked = await new Agent(t()).post('/api/auth/sign-in', {
      username: 'lock-me',
      password,
    });
    expect(locked.status).toBe(423);
    expect(locked.body.error.code).toBe('locked');
    t().clock.advance(minutes(16));
    expect(
      (await new Agent(t()).post('/api/auth/sign-in', { username: 'lock-me', password })).status,
    ).toBe(200);
  });

  it('F4 (ASVS 6.3.1): 50 passwords at once check at most 5 before the lock; the right one, once locked out, gets nothing', async () => {
    await createUser(operator(t()), {
      username: 'burst-me',
      displayName: 'B',
      password,
      locale: 'en',
      memberships: [{ missionId: world.missionA.id, role: 'viewer' }],
    });
    const attempts = Array.from({ length: 50 }, (_, i) =>
      new Agent(t()).post('/api/auth/sign-in', {
        username: 'burst-me',
        password: i === 30 ? password : `wrong guess number ${i}`,
      }),
    );
    const statuses = (await Promise.all(attempts)).map((a) => a.status);
    const checked = statuses.filter((s) => s === 401).length;
    expect(checked).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 423)).toHaveLength(
      50 - checked - statuses.filter((s) => s === 200).length,
    );
    const row = await t()
      .ctx.db.selectFrom('users')
      .select(['failed_sign_ins', 'locked_until'])
      .where('username', '=', 'burst-me')
      .executeTakeFirstOrThrow();
    // Either the right password was among the first five (it reset the count), or it was locked out.
    if (!statuses.includes(200)) {
      expect(checked).toBe(5);
      expect(Number(row.failed_sign_ins)).toBe(5);
      expect(row.locked_until).not.toBeNull();
      const after = await new Agent(t()).post('/api/auth/sign-in', {
        username: 'burst-me',
        password,
      });
      expect(after.status).toBe(423);
    }
    // Every checked guess is in the audit log with its count.
    const audited = await t()
      .ctx.db.selectFrom('audit_entries')
      .innerJoin('users', 'users.id', 'audit_entries.record_id')
      .select('audit_entries.id')
      .where('users.username', '=', 'burst-me')
      .where('audit_entries.outcome', '=', 'failed')
      .execute();
    expect(audited).toHaveLength(checked);
  });

  it('an idle session expires (401) and so does one past its absolute limit', async () => {
    const agent = await signIn(t(), world.users.viewer.username, password);
    expect((await agent.get('/api/missions')).status).toBe(200);
    t().clock.advance(minutes(31));
    const idle = await agent.get('/api/missions');
    expect(idle.status).toBe(401);
    expect(idle.body.error.message).toMatch(/session has ended/);

    const busy = await signIn(t(), world.users.viewer.username, password);
    for (let i = 0; i < 23; i++) {
      t().clock.advance(minutes(29));
      expect((await busy.get('/api/missions')).status).toBe(200); // active: idle limit never reached
    }
    t().clock.advance(hours(1)); // 12 h 07 min after sign-in
    expect((await busy.get('/api/missions')).status).toBe(401);
  });

  it('a disabled user’s session is refused and not kept alive: its last activity stays where it was', async () => {
    const user = await createUser(operator(t()), {
      username: 'disable-me',
      displayName: 'D',
      password,
      locale: 'en',
      memberships: [{ missionId: world.missionA.id, role: 'viewer' }],
    });
    const agent = await signIn(t(), 'disable-me', password);
    expect((await agent.get('/api/missions')).status).toBe(200);
    const lastSeen = async () =>
      (
        await t()
          .ctx.db.selectFrom('sessions')
          .select('last_seen_at')
          .where('user_id', '=', user.id)
          .executeTakeFirstOrThrow()
      ).last_seen_at;
    const before = await lastSeen();
    await t()
      .ctx.db.updateTable('users')
      .set({ status: 'disabled' })
      .where('id', '=', user.id)
      .execute();
    t().clock.advance(minutes(5)); // past the once-a-minute refresh
    expect((await agent.get('/api/missions')).status).toBe(401);
    expect(await lastSeen()).toEqual(before);
  });

  it('sign-out ends the session on the server: the old cookie no longer works', async () => {
    const agent = await signIn(t(), world.users.viewer.username, password);
    const cookie = agent.cookie;
    expect((await agent.post('/api/auth/sign-out')).status).toBe(200);
    const replay = new Agent(t());
    replay.cookie = cookie;
    expect((await replay.get('/api/missions')).status).toBe(401);
  });

  it('a cookie-authenticated write without the CSRF token is refused (403); a GET is not', async () => {
    const agent = await signIn(t(), world.hqAdmin.username, password);
    const token = agent.csrf;
    agent.csrf = undefined;
    const write = await agent.post('/api/tokens', { name: 'x' });
    expect(write.status).toBe(403);
    expect(write.body.error.message).toMatch(/CSRF/);
    agent.csrf = 'wrong-token';
    expect((await agent.post('/api/tokens', { name: 'x' })).status).toBe(403);
    agent.csrf = token;
    expect((await agent.post('/api/tokens', { name: 'x', missionId: null })).status).toBe(201);
  });

  it('a cross-origin sign-in attempt is refused', async () => {
    const answer = await new Agent(t()).request(
      'POST',
      '/api/auth/sign-in',
      { username: 'x', password: 'y' },
      { Origin: 'https://evil.example' },
    );
    expect(answer.status).toBe(403);
  });

  describe('two-factor (S5: required for roles that see tier-1 data)', () => {
    it('a conduct officer must enrol before getting any permission', async () => {
      const agent = new Agent(t());
      const first = await agent.post('/api/auth/sign-in', {
        username: world.users.conduct_officer.username,
        password,
      });
      expect(first.body.stage).toBe('enroll');
      agent.csrf = first.body.csrfToken;
      expect((await agent.get('/api/missions')).status).toBe(401);
      const enrolment = await agent.post('/api/auth/two-factor/enroll');
      expect(enrolment.body.uri).toMatch(/^otpauth:\/\/totp\//);
      const wrong = await agent.post('/api/auth/two-factor/confirm', { code: '000000' });
      expect(wrong.status).toBe(401);
      const ok = await agent.post('/api/auth/two-factor/confirm', {
        code: totpCodeAt(enrolment.body.secret, t().clock.now()),
      });
      expect(ok.body.stage).toBe('full');
      agent.csrf = ok.body.csrfToken;
      expect((await agent.get('/api/missions')).status).toBe(200);
      totpSecrets.set(
        `${t().dialect}:${world.users.conduct_officer.username}`,
        enrolment.body.secret,
      );
    });

    it('next sign-in asks for the code; a wrong code is 401 and counts toward the lockout', async () => {
      const agent = new Agent(t());
      const first = await agent.post('/api/auth/sign-in', {
        username: world.users.conduct_officer.username,
        password,
      });
      expect(first.body.stage).toBe('totp');
      agent.csrf = first.body.csrfToken;
      expect((await agent.post('/api/auth/sign-in/two-factor', { code: '000000' })).status).toBe(
        401,
      );
      const user = await t()
        .ctx.db.selectFrom('users')
        .select(['failed_sign_ins', 'totp_secret'])
        .where('id', '=', world.users.conduct_officer.id)
        .executeTakeFirstOrThrow();
      expect(user.failed_sign_ins).toBe(1);
      const secret = totpSecrets.get(`${t().dialect}:${world.users.conduct_officer.username}`)!;
      expect(user.totp_secret).not.toContain(secret);
      t().clock.advance(30_000); // the enrolment's code was for the previous step
      const code = totpCodeAt(secret, t().clock.now());
      const ok = await agent.post('/api/auth/sign-in/two-factor', { code });
      expect(ok.body.stage).toBe('full');

      // ASVS 6.5.1: the same code cannot be used twice, even within its 30 seconds.
      const replay = new Agent(t());
      const again = await replay.post('/api/auth/sign-in', {
        username: world.users.conduct_officer.username,
        password,
      });
      replay.csrf = again.body.csrfToken;
      expect((await replay.post('/api/auth/sign-in/two-factor', { code })).status).toBe(401);
      t().clock.advance(30_000);
      const next = await replay.post('/api/auth/sign-in/two-factor', {
        code: totpCodeAt(secret, t().clock.now()),
      });
      expect(next.body.stage).toBe('full');
    });
  });

  it('passwords and tokens are never stored or logged in clear (ASVS 11.4.2, 16.2.5)', async () => {
    const agent = await signIn(t(), world.hqAdmin.username, password);
    const created = await agent.post('/api/tokens', { name: 'canary', missionId: null });
    const token: string = created.body.token;
    const viaToken = new Agent(t());
    viaToken.bearer = token;
    expect((await viaToken.get('/api/missions')).status).toBe(200);
    const tables = ['users', 'sessions', 'api_tokens', 'audit_entries'];
    for (const table of tables) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)}`.execute(
        t().ctx.db,
      );
      const dump = JSON.stringify(rows.rows);
      expect(dump).not.toContain(password);
      expect(dump).not.toContain(token);
      expect(dump).not.toContain(agent.cookie!.split('=')[1]);
    }
    const logs = t().logLines.join('');
    expect(logs).not.toContain(password);
    expect(logs).not.toContain(token);
    const revoked = await agent.delete(`/api/tokens/${created.body.apiToken.id}`);
    expect(revoked.status).toBe(200);
    expect((await viaToken.get('/api/missions')).status).toBe(401);
  });
});
