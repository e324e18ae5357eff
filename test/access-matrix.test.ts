/**
 * S1, S10 (ASVS 8.2.1, 8.2.2 — access control at the function and data level): every API route
 * × every role × in / out of mission × in / out of compartment, asserting the exact status.
 * Routes are enumerated from the router, so a new route without an entry here fails this test.
 * Expected statuses come from the explicit `allowed` lists below, not from the code's role table.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { roles, type Role } from '../src/core/permissions.js';
import { toTimestamp } from '../src/db/codecs.js';
import { createUser, loadUser } from '../src/modules/accounts/user.service.js';
import { actorFor } from './support/actor.js';
import { issueApiToken } from '../src/modules/accounts/token.service.js';
import { insertCompartment } from '../src/modules/compartments/compartment.repository.js';
import { addCompartmentMember, createCompartment } from '../src/modules/compartments/compartment.service.js';
import { eachDialect } from './support/each-dialect.js';
import { operator, password, seedWorld, type World } from './support/fixtures.js';
import { Agent, signIn, type Answer } from './support/http.js';
import type { TestApp } from './support/test-app.js';

type Caller = 'anonymous' | Role | 'hq-admin';
type Target = 'none' | 'in' | 'out-of-mission' | 'out-of-compartment';
const callers: Caller[] = ['anonymous', ...roles, 'hq-admin'];
const signedIn = callers.filter((c) => c !== 'anonymous');
const twoFactorRoles: Caller[] = ['conduct_officer', 'investigator', 'medical_officer'];

interface Env {
  t: TestApp;
  w: World & { c1: string; c2: string; c3: string; patchTarget: string; othersToken: string; counter: number };
  agent: Agent;
  caller: Caller;
  fresh: () => Promise<Agent>;
  username: string;
}

interface Spec {
  targets?: Target[];
  allowed: readonly Caller[];
  success: number;
  call(env: Env, target: Target): Promise<Answer>;
  /** Overrides the default rule for special cases (documented inline). */
  expect?(caller: Caller, target: Target): number | undefined;
}

const admins: Caller[] = ['administrator', 'hq-admin'];
const compartmentWriters: Caller[] = ['conduct_officer', 'medical_officer'];
const next = (env: Env) => ++env.w.counter;
const missionTarget = (env: Env, target: Target) => (target === 'in' ? env.w.missionA.id : env.w.missionB.id);
const compartmentTarget = (env: Env, target: Target) => ({ in: env.w.c1, 'out-of-compartment': env.w.c2, 'out-of-mission': env.w.c3, none: '' })[target];
const userTarget = (env: Env, target: Target) => (target === 'in' ? env.w.patchTarget : env.w.outsider.id);
const byIdTargets: Target[] = ['in', 'out-of-mission'];
const compartmentTargets: Target[] = ['in', 'out-of-compartment', 'out-of-mission'];
/** HQ sees every mission, so "out of mission" is in view for it. */
const hqSeesAll = (caller: Caller, target: Target) => (caller === 'hq-admin' && target === 'out-of-mission' ? 200 : undefined);

const matrix: Record<string, Spec> = {
  'GET /api/health': { allowed: callers, success: 200, call: (e) => e.agent.get('/api/health'), expect: () => 200 },
  'GET /api/openapi.json': { allowed: callers, success: 200, call: (e) => e.agent.get('/api/openapi.json'), expect: () => 200 },
  'POST /api/auth/sign-in': {
    allowed: callers,
    success: 200,
    call: (e) => new Agent(e.t).post('/api/auth/sign-in', { username: e.username, password: e.caller === 'anonymous' ? 'wrong password!' : password }),
  },
  'POST /api/auth/sign-in/two-factor': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.post('/api/auth/sign-in/two-factor', { code: '123456' }),
    expect: (caller) => (caller === 'anonymous' ? undefined : 422), // fully signed in: no step pending
  },
  'POST /api/auth/two-factor/enroll': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.post('/api/auth/two-factor/enroll'),
    expect: (caller) => (twoFactorRoles.includes(caller) ? 422 : undefined), // already enrolled
  },
  'POST /api/auth/two-factor/confirm': {
    allowed: signedIn,
    success: 200,
    call: async (e) => {
      await e.agent.post('/api/auth/two-factor/enroll');
      return e.agent.post('/api/auth/two-factor/confirm', { code: '000000' });
    },
    expect: (caller) => (caller === 'anonymous' ? undefined : twoFactorRoles.includes(caller) ? 422 : 401), // wrong code
  },
  'POST /api/auth/sign-out': { allowed: signedIn, success: 200, call: async (e) => (await e.fresh()).post('/api/auth/sign-out') },
  'GET /api/auth/me': { allowed: signedIn, success: 200, call: (e) => e.agent.get('/api/auth/me') },
  'POST /api/auth/mission': {
    targets: byIdTargets,
    allowed: signedIn,
    success: 200,
    call: async (e, target) => (await e.fresh()).post('/api/auth/mission', { missionId: missionTarget(e, target) }),
    expect: hqSeesAll,
  },
  'GET /api/users': { allowed: admins, success: 200, call: (e) => e.agent.get('/api/users') },
  'POST /api/users': {
    allowed: admins,
    success: 201,
    call: (e) => e.agent.post('/api/users', { username: `new-user-${next(e)}`, displayName: 'New', password, memberships: [{ missionId: e.w.missionA.id, role: 'viewer' }] }),
  },
  'GET /api/users/{id}': { targets: byIdTargets, allowed: admins, success: 200, call: (e, t) => e.agent.get(`/api/users/${userTarget(e, t)}`), expect: hqSeesAll },
  'PATCH /api/users/{id}': {
    targets: byIdTargets,
    allowed: admins,
    success: 200,
    call: async (e, t) => {
      const id = userTarget(e, t);
      const version = (await loadUser(e.t.ctx, id))!.version;
      return e.agent.patch(`/api/users/${id}`, { version, displayName: `Renamed ${next(e)}` });
    },
    expect: hqSeesAll,
  },
  'POST /api/users/{id}/password': {
    targets: byIdTargets,
    allowed: admins,
    success: 200,
    call: (e, t) => e.agent.post(`/api/users/${userTarget(e, t)}/password`, { password: `${password} ${next(e)}` }),
    expect: hqSeesAll,
  },
  'GET /api/tokens': { allowed: signedIn, success: 200, call: (e) => e.agent.get('/api/tokens') },
  'POST /api/tokens': {
    allowed: signedIn,
    success: 201,
    call: (e) => e.agent.post('/api/tokens', { name: 'script', missionId: e.caller === 'hq-admin' ? null : e.w.missionA.id }),
  },
  'DELETE /api/tokens/{id}': {
    targets: ['in', 'out-of-compartment'],
    allowed: signedIn,
    success: 200,
    call: async (e, t) => {
      const own = e.caller === 'anonymous' ? undefined : (await e.agent.post('/api/tokens', { name: 'to revoke', missionId: e.caller === 'hq-admin' ? null : e.w.missionA.id })).body.apiToken?.id;
      return e.agent.delete(`/api/tokens/${t === 'in' && own ? own : e.w.othersToken}`);
    },
  },
  'GET /api/missions': { allowed: signedIn, success: 200, call: (e) => e.agent.get('/api/missions') },
  'POST /api/missions': {
    allowed: ['hq-admin'], // a mission's administrator does not create missions
    success: 201,
    call: (e) => e.agent.post('/api/missions', { acronym: `M-${next(e)}`, name: 'New mission', hostCountries: ['MLI'], mandateStart: '2013-04-25', headquarters: { name: 'Bamako', latitude: 12.6, longitude: -8 } }),
  },
  'GET /api/missions/{id}': { targets: byIdTargets, allowed: signedIn, success: 200, call: (e, t) => e.agent.get(`/api/missions/${missionTarget(e, t)}`), expect: hqSeesAll },
  'PATCH /api/missions/{id}': {
    targets: byIdTargets,
    allowed: admins,
    success: 200,
    call: async (e, t) => {
      const id = missionTarget(e, t);
      const version = (await e.t.ctx.db.selectFrom('missions').select('version').where('id', '=', id).executeTakeFirstOrThrow()).version;
      return e.agent.patch(`/api/missions/${id}`, { version, name: `Renamed mission ${next(e)}` });
    },
    expect: hqSeesAll,
  },
  'GET /api/compartments': { allowed: signedIn, success: 200, call: (e) => e.agent.get('/api/compartments') },
  'POST /api/compartments': {
    allowed: compartmentWriters,
    success: 201,
    call: (e) => e.agent.post('/api/compartments', { name: `Case ${next(e)}`, sensitive: false }),
  },
  'GET /api/compartments/{id}': {
    targets: compartmentTargets,
    allowed: signedIn,
    success: 200,
    call: (e, t) => e.agent.get(`/api/compartments/${compartmentTarget(e, t)}`),
    expect: (caller, target) => (caller === 'hq-admin' && target !== 'none' ? 404 : undefined), // S10: HQ holds no compartment
  },
  'POST /api/compartments/{id}/members': {
    targets: compartmentTargets,
    allowed: compartmentWriters,
    success: 200,
    call: async (e, t) => {
      const username = `member-${next(e)}`;
      const u = await createUser(operator(e.t), { username, displayName: username, password, locale: 'en', memberships: [{ missionId: e.w.missionA.id, role: 'viewer' }] });
      return e.agent.post(`/api/compartments/${compartmentTarget(e, t)}/members`, { userId: u.id });
    },
  },
  'DELETE /api/compartments/{id}/members/{userId}': {
    targets: compartmentTargets,
    allowed: compartmentWriters,
    success: 200,
    call: (e, t) => e.agent.delete(`/api/compartments/${compartmentTarget(e, t)}/members/${e.w.users.viewer.id}`),
    expect: (caller, target) => (compartmentWriters.includes(caller) && target === 'in' ? 200 : undefined),
  },
  'GET /api/audit': { allowed: admins, success: 200, call: (e) => e.agent.get('/api/audit?limit=5') },
  'POST /api/audit/verify': { allowed: admins, success: 200, call: (e) => e.agent.post('/api/audit/verify') },
};

function expected(spec: Spec, caller: Caller, target: Target): number {
  const special = spec.expect?.(caller, target);
  if (special !== undefined) return special;
  if (caller === 'anonymous') return 401;
  if (!spec.allowed.includes(caller)) return 403;
  if (target === 'out-of-mission' || target === 'out-of-compartment') return 404;
  return spec.success;
}

eachDialect('access matrix', (t) => {
  let world: Env['w'];
  const agents = new Map<Caller, Agent>();
  const usernameOf = (caller: Caller) => (caller === 'anonymous' ? 'nobody' : caller === 'hq-admin' ? world.hqAdmin.username : world.users[caller].username);

  beforeAll(async () => {
    const base = await seedWorld(t());
    agents.set('anonymous', new Agent(t()));
    for (const caller of signedIn) agents.set(caller, await signIn(t(), caller === 'hq-admin' ? base.hqAdmin.username : base.users[caller].username, password));
    // C1: a compartment of mission A holding every mission-A user; C2 hidden in A; C3 in mission B.
    const officer = await actorFor(t(), base.users.conduct_officer.id, base.missionA.id);
    const c1 = await createCompartment({ ...t().ctx, requestId: 'seed', actor: officer }, { name: 'Everyone in A', description: '', sensitive: false });
    const officerNow = await actorFor(t(), base.users.conduct_officer.id, base.missionA.id);
    for (const role of roles) if (role !== 'conduct_officer') await addCompartmentMember({ ...t().ctx, requestId: 'seed', actor: officerNow }, c1.id, base.users[role].id);
    const now = toTimestamp(t().clock.now());
    const hidden = { description: '', sensitive: false, createdAt: now, createdBy: 'seed', version: 1 };
    await insertCompartment(t().ctx.db, { id: 'c2-hidden-in-a', missionId: base.missionA.id, name: 'Hidden in A', ...hidden });
    await insertCompartment(t().ctx.db, { id: 'c3-in-b', missionId: base.missionB.id, name: 'In B', ...hidden });
    const patchTarget = await createUser(operator(t()), { username: 'patch-target', displayName: 'Target', password, locale: 'en', memberships: [{ missionId: base.missionA.id, role: 'viewer' }] });
    const othersToken = (await issueApiToken(operator(t()), base.outsider.id, { name: 'not yours', missionId: base.missionB.id, expiresInDays: 30 })).apiToken.id;
    world = { ...base, othersToken, c1: c1.id, c2: 'c2-hidden-in-a', c3: 'c3-in-b', patchTarget: patchTarget.id, counter: 0 };
  });

  it('every route of the router has an entry, and every entry a route', () => {
    const routes = t()
      .app.routes.filter((r) => r.path.startsWith('/api/') && r.method !== 'ALL')
      .map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect([...new Set(routes)].sort()).toEqual(Object.keys(matrix).sort());
  });

  describe.each(Object.entries(matrix))('%s', (route, spec) => {
    it.each(callers)('as %s', async (caller) => {
      const outcomes: string[] = [];
      const wanted: string[] = [];
      for (const target of spec.targets ?? (['none'] as Target[])) {
        const env: Env = { t: t(), w: world, agent: agents.get(caller)!, caller, username: usernameOf(caller), fresh: () => (caller === 'anonymous' ? Promise.resolve(new Agent(t())) : signIn(t(), usernameOf(caller), password)) };
        if (route.startsWith('DELETE /api/compartments') && target === 'in' && compartmentWriters.includes(caller)) {
          await addCompartmentMember({ ...t().ctx, requestId: 'seed', actor: await actorFor(t(), world.users.conduct_officer.id, world.missionA.id) }, world.c1, world.users.viewer.id).catch(() => undefined);
        }
        const answer = await spec.call(env, target);
        outcomes.push(`${target}: ${answer.status}`);
        wanted.push(`${target}: ${expected(spec, caller, target)}`);
        if (answer.status >= 400) expect(answer.body).toHaveProperty('error.requestId');
      }
      expect(outcomes).toEqual(wanted);
    });
  });
});
