/**
 * S1, S4 (access control holds on the next request): actors are kept in memory between requests
 * (actor-cache.ts), so every change to what an actor is built from must reach the next request —
 * made through this server's API, or written by another process on the same database (a second
 * connection here, as a second server or the CLI would be). Sessions and tokens are read on each
 * request: a sign-out or a revoked token holds at once. On both dialects.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { openApp, type OpenedApp } from '../../runtime/context.js';
import { silentLogger } from '../../core/log.js';
import { issueApiToken } from './token.service.js';
import { createUser } from './user.service.js';
import { accessGeneration } from './session.repository.js';
import { Agent as Caller } from '../../../test/support/http.js';

eachDialect('actors kept between requests', (t) => {
  let world: World;
  let other: OpenedApp;
  const generation = () => accessGeneration(t().ctx.db);

  beforeAll(async () => {
    world = await seedWorld(t());
    other = await openApp(t().ctx.config, { clock: t().clock, log: silentLogger, migrate: 'none' });
    return () => other.close();
  });

  /** A fresh analyst of mission A, signed in, with an API token too; both have read once. */
  async function analyst(name: string): Promise<{ id: string; session: Agent; token: Caller }> {
    const user = await createUser(operator(t()), {
      username: name,
      displayName: name,
      password,
      locale: 'en',
      memberships: [{ missionId: world.missionA.id, role: 'analyst' }],
    });
    const session = await signIn(t(), name, password);
    const token = new Caller(t());
    token.bearer = (
      await issueApiToken(operator(t()), user.id, {
        name: 'script',
        missionId: world.missionA.id,
        expiresInDays: 30,
      })
    ).token;
    for (const agent of [session, token])
      expect((await agent.get('/api/incidents')).status).toBe(200);
    return { id: user.id, session, token };
  }

  it('a role taken away by another process holds on the next request, by session and by token', async () => {
    const a = await analyst('cache-role');
    await other.ctx.db.deleteFrom('memberships').where('user_id', '=', a.id).execute();
    expect((await a.session.get('/api/incidents')).status).toBe(403);
    expect((await a.token.get('/api/incidents')).status).toBe(403);
  });

  it('a role changed through the API holds on the next request', async () => {
    const a = await analyst('cache-api-role');
    const admin = await signIn(t(), world.users.administrator.username, password);
    const current = (await admin.get(`/api/users/${a.id}`)).body;
    const changed = await admin.patch(`/api/users/${a.id}`, {
      version: current.version,
      memberships: [{ missionId: world.missionA.id, role: 'viewer' }],
    });
    expect(changed.status).toBe(200);
    // A viewer reads incidents, but may not record one.
    const incident = {
      occurredAt: '2026-02-01T10:00:00Z',
      location: { latitude: 4.4, longitude: 18.5 },
      category: 'armed_clash',
    };
    expect((await a.session.post('/api/incidents', incident)).status).toBe(403);
  });

  it('a compartment left, a user disabled, another process’s writes: each on the next request', async () => {
    const a = await analyst('cache-compartment');
    const officer = await signIn(t(), world.users.conduct_officer.username, password);
    const compartment = (
      await officer.post('/api/compartments', { name: 'Cache', description: '', sensitive: false })
    ).body;
    expect(
      (await officer.post(`/api/compartments/${compartment.id}/members`, { userId: a.id })).status,
    ).toBe(200);
    const recorded = await a.session.post('/api/incidents', {
      occurredAt: '2026-02-01T10:00:00Z',
      location: { latitude: 4.4, longitude: 18.5 },
      category: 'armed_clash',
      compartmentIds: [compartment.id],
    });
    expect(recorded.status).toBe(201);
    expect((await a.token.get(`/api/incidents/${recorded.body.id}`)).status).toBe(200);
    await other.ctx.db
      .deleteFrom('compartment_members')
      .where('user_id', '=', a.id)
      .where('compartment_id', '=', compartment.id)
      .execute();
    expect((await a.token.get(`/api/incidents/${recorded.body.id}`)).status).toBe(404);
    expect((await a.session.get(`/api/incidents/${recorded.body.id}`)).status).toBe(404);
    await other.ctx.db
      .updateTable('users')
      .set({ status: 'disabled' })
      .where('id', '=', a.id)
      .execute();
    expect((await a.session.get('/api/incidents')).status).toBe(401);
    expect((await a.token.get('/api/incidents')).status).toBe(401);
  });

  it('a sign-out and a revoked token hold at once', async () => {
    const a = await analyst('cache-sign-out');
    expect((await a.session.post('/api/auth/sign-out')).status).toBeLessThan(300);
    expect((await a.session.get('/api/incidents')).status).toBe(401);
    await other.ctx.db
      .updateTable('api_tokens')
      .set({ revoked_at: new Date().toISOString() })
      .where('user_id', '=', a.id)
      .execute();
    expect((await a.token.get('/api/incidents')).status).toBe(401);
  });

  describe('the generation', () => {
    it('moves with every change an actor is built from, in whichever connection writes it', async () => {
      const a = await analyst('cache-generation');
      const moves = async (write: () => Promise<unknown>) => {
        const before = await generation();
        await write();
        return (await generation()) > before;
      };
      const db = other.ctx.db;
      const membership = 'cache-generation-membership';
      const officer = await signIn(t(), world.users.conduct_officer.username, password);
      const compartment = (
        await officer.post('/api/compartments', { name: 'Gen', description: '', sensitive: false })
      ).body;
      const hq = await signIn(t(), world.hqAdmin.username, password);
      const writes: [string, () => Promise<unknown>][] = [
        [
          'a membership added',
          () =>
            db
              .insertInto('memberships')
              .values({
                id: membership,
                user_id: a.id,
                mission_id: world.missionB.id,
                role: 'viewer',
                created_at: new Date().toISOString(),
              })
              .execute(),
        ],
        [
          'its role changed',
          () =>
            db
              .updateTable('memberships')
              .set({ role: 'planner' })
              .where('id', '=', membership)
              .execute(),
        ],
        ['it removed', () => db.deleteFrom('memberships').where('id', '=', membership).execute()],
        [
          'a compartment joined',
          () =>
            db
              .insertInto('compartment_members')
              .values({
                compartment_id: compartment.id,
                user_id: a.id,
                mission_id: world.missionA.id,
                added_at: new Date().toISOString(),
                added_by: 'test',
              })
              .execute(),
        ],
        [
          'it left',
          () =>
            db
              .deleteFrom('compartment_members')
              .where('compartment_id', '=', compartment.id)
              .where('user_id', '=', a.id)
              .execute(),
        ],
        [
          'the user renamed',
          () =>
            db
              .updateTable('users')
              .set({ username: 'cache-renamed' })
              .where('id', '=', a.id)
              .execute(),
        ],
        [
          'a mission created through the API',
          () =>
            hq.post('/api/missions', {
              acronym: 'UNMISS',
              name: 'UNMISS mission',
              hostCountries: ['SSD'],
              mandateStart: '2011-07-09',
              mandateEnd: null,
              headquarters: { name: 'Juba', latitude: 4.85, longitude: 31.58 },
            }),
        ],
      ];
      for (const [what, write] of writes) expect(await moves(write), what).toBe(true);
    });

    it('stands still for what an actor is not built from: reads, sign-ins, a wrong password, records', async () => {
      const a = await analyst('cache-still');
      const still = async (write: () => Promise<unknown>) => {
        const before = await generation();
        await write();
        return (await generation()) === before;
      };
      expect(await still(() => a.session.get('/api/incidents'))).toBe(true);
      expect(await still(() => signIn(t(), 'cache-still', password))).toBe(true);
      expect(
        await still(() =>
          new Caller(t()).post('/api/auth/sign-in', { username: 'cache-still', password: 'wrong' }),
        ),
      ).toBe(true);
      expect(
        await still(() =>
          a.session.post('/api/incidents', {
            occurredAt: '2026-02-01T10:00:00Z',
            location: { latitude: 4.4, longitude: 18.5 },
            category: 'armed_clash',
          }),
        ),
      ).toBe(true);
    });
  });
});
