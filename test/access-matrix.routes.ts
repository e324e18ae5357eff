/**
 * The access matrix's table: one entry per API route, with who may call it and how to call it.
 * A new route needs an entry here (test/access-matrix.test.ts fails otherwise).
 */
import { earlyWarningMatrix } from './access-matrix.early-warning.js';
import { createUser, loadUser, updateUser } from '../src/modules/accounts/user.service.js';
import { actorFor } from './support/actor.js';
import { operator, password } from './support/fixtures.js';
import { Agent } from './support/http.js';
import { conductMatrix } from './access-matrix.conduct.js';
import { incidentMatrix } from './access-matrix.incidents.js';
import { medicalMatrix } from './access-matrix.medical.js';
import { mandateMatrix } from './access-matrix.mandates.js';
import { reportMatrix } from './access-matrix.reports.js';
import { personnelMatrix } from './access-matrix.personnel.js';
import { measureMatrix } from './access-matrix.measures.js';
import {
  capabilitiesMatrix,
  eligibilityMatrix,
  performanceMatrix,
  selectionMatrix,
  pledgeMatrix,
} from './access-matrix.capabilities.js';
import { vettingMatrix } from './access-matrix.vetting.js';
import {
  callers,
  compartmentTargets,
  next,
  signedIn,
  type Caller,
  type Env,
  type Spec,
  type Target,
} from './access-matrix.support.js';

export { callers, signedIn, type Caller, type Env, type Spec, type Target };

const twoFactorRoles: Caller[] = ['conduct_officer', 'investigator', 'medical_officer'];

const admins: Caller[] = ['administrator', 'hq-admin'];
export const compartmentWriters: Caller[] = ['conduct_officer', 'medical_officer'];
const missionTarget = (env: Env, target: Target) =>
  target === 'in' ? env.w.missionA.id : env.w.missionB.id;
const compartmentTarget = (env: Env, target: Target) =>
  ({
    in: env.w.c1,
    'out-of-compartment': env.w.c2,
    'out-of-mission': env.w.c3,
    none: '',
    'not-own': '',
  })[target];
const userTarget = (env: Env, target: Target) =>
  target === 'in' ? env.w.patchTarget : env.w.outsider.id;
const byIdTargets: Target[] = ['in', 'out-of-mission'];
/**
 * A role awaiting a second administrator (F2): headquarters asks that a fresh user of mission A
 * (or B) be made an investigator. Headquarters may withdraw it; the mission's administrator refuse it.
 */
async function pendingGrant(env: Env, target: Target): Promise<string> {
  const missionId = missionTarget(env, target);
  const user = await createUser(operator(env.t), {
    username: `awaiting-${next(env)}`,
    displayName: 'Awaiting',
    password,
    locale: 'en',
    memberships: [{ missionId, role: 'viewer' }],
  });
  const hq = await actorFor(env.t, env.w.hqAdmin.id, null);
  const asked = await updateUser({ ...env.t.ctx, actor: hq, requestId: 'grant' }, user.id, {
    version: user.version,
    memberships: [
      { missionId, role: 'viewer' },
      { missionId, role: 'investigator' },
    ],
  });
  return asked.pendingRoles[0]!.grantId;
}
/** HQ sees every mission, so "out of mission" is in view for it. */
const hqSeesAll = (caller: Caller, target: Target) =>
  caller === 'hq-admin' && target === 'out-of-mission' ? 200 : undefined;

export const matrix: Record<string, Spec> = {
  'GET /api/health': {
    allowed: callers,
    success: 200,
    call: (e) => e.agent.get('/api/health'),
    expect: () => 200,
  },
  'GET /api/openapi.json': {
    allowed: callers,
    success: 200,
    call: (e) => e.agent.get('/api/openapi.json'),
    expect: () => 200,
  },
  'POST /api/auth/sign-in': {
    allowed: callers,
    success: 200,
    call: (e) =>
      new Agent(e.t).post('/api/auth/sign-in', {
        username: e.username,
        password: e.caller === 'anonymous' ? 'wrong password!' : password,
      }),
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
    expect: (caller) =>
      caller === 'anonymous' ? undefined : twoFactorRoles.includes(caller) ? 422 : 401, // wrong code
  },
  'POST /api/auth/sign-out': {
    allowed: signedIn,
    success: 200,
    call: async (e) => (await e.fresh()).post('/api/auth/sign-out'),
  },
  'GET /api/auth/me': { allowed: signedIn, success: 200, call: (e) => e.agent.get('/api/auth/me') },
  'POST /api/auth/mission': {
    targets: byIdTargets,
    allowed: signedIn,
    success: 200,
    call: async (e, target) =>
      (await e.fresh()).post('/api/auth/mission', { missionId: missionTarget(e, target) }),
    expect: hqSeesAll,
  },
  'GET /api/users': { allowed: admins, success: 200, call: (e) => e.agent.get('/api/users') },
  'POST /api/users': {
    allowed: admins,
    success: 201,
    call: (e) =>
      e.agent.post('/api/users', {
        username: `new-user-${next(e)}`,
        displayName: 'New',
        password,
        memberships: [{ missionId: e.w.missionA.id, role: 'viewer' }],
      }),
  },
  'GET /api/users/{id}': {
    targets: byIdTargets,
    allowed: admins,
    success: 200,
    call: (e, t) => e.agent.get(`/api/users/${userTarget(e, t)}`),
    expect: hqSeesAll,
  },
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
    call: (e, t) =>
      e.agent.post(`/api/users/${userTarget(e, t)}/password`, {
        password: `${password} ${next(e)}`,
      }),
    expect: hqSeesAll,
  },
  'GET /api/role-grants': {
    allowed: admins,
    success: 200,
    call: (e) => e.agent.get('/api/role-grants'),
  },
  'POST /api/role-grants/{id}/decision': {
    targets: byIdTargets,
    allowed: admins,
    success: 200,
    call: async (e, t) =>
      e.agent.post(`/api/role-grants/${await pendingGrant(e, t)}/decision`, {
        decision: 'refuse',
      }),
    expect: hqSeesAll,
  },
  'GET /api/tokens': { allowed: signedIn, success: 200, call: (e) => e.agent.get('/api/tokens') },
  'POST /api/tokens': {
    allowed: signedIn,
    success: 201,
    call: (e) =>
      e.agent.post('/api/tokens', {
        name: 'script',
        missionId: e.caller === 'hq-admin' ? null : e.w.missionA.id,
      }),
  },
  'DELETE /api/tokens/{id}': {
    targets: ['in', 'not-own'], // a token is reachable only by its owner
    allowed: signedIn,
    success: 200,
    call: async (e, t) => {
      const own =
        e.caller === 'anonymous'
          ? undefined
          : (
              await e.agent.post('/api/tokens', {
                name: 'to revoke',
                missionId: e.caller === 'hq-admin' ? null : e.w.missionA.id,
              })
            ).body.apiToken?.id;
      return e.agent.delete(`/api/tokens/${t === 'in' && own ? own : e.w.othersToken}`);
    },
  },
  'GET /api/missions': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get('/api/missions'),
  },
  'POST /api/missions': {
    allowed: ['hq-admin'], // a mission's administrator does not create missions
    success: 201,
    call: (e) =>
      e.agent.post('/api/missions', {
        acronym: `M-${next(e)}`,
        name: 'New mission',
        hostCountries: ['MLI'],
        mandateStart: '2013-04-25',
        headquarters: { name: 'Bamako', latitude: 12.6, longitude: -8 },
      }),
  },
  'GET /api/missions/{id}': {
    targets: byIdTargets,
    allowed: signedIn,
    success: 200,
    call: (e, t) => e.agent.get(`/api/missions/${missionTarget(e, t)}`),
    expect: hqSeesAll,
  },
  'PATCH /api/missions/{id}': {
    targets: byIdTargets,
    allowed: admins,
    success: 200,
    call: async (e, t) => {
      const id = missionTarget(e, t);
      const version = (
        await e.t.ctx.db
          .selectFrom('missions')
          .select('version')
          .where('id', '=', id)
          .executeTakeFirstOrThrow()
      ).version;
      return e.agent.patch(`/api/missions/${id}`, { version, name: `Renamed mission ${next(e)}` });
    },
    expect: hqSeesAll,
  },
  // M4: fatalities are facts the UN publishes; anyone may read their statistics.
  'GET /api/public/medical/fatalities/statistics': {
    allowed: callers,
    success: 200,
    call: (e) => e.agent.get('/api/public/medical/fatalities/statistics?by=year,mission'),
    expect: () => 200,
  },
  'GET /api/public/medical/fatalities/statistics.csv': {
    allowed: callers,
    success: 200,
    call: (e) => e.agent.get('/api/public/medical/fatalities/statistics.csv?by=personnel'),
    expect: () => 200,
  },
  'GET /api/places': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get('/api/places?bbox=14,2,28,11&zoom=6'),
  },
  'GET /api/places/nearest': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get('/api/places/nearest?latitude=6.5&longitude=21.9'),
  },
  'GET /api/compartments': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get('/api/compartments'),
  },
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
      const u = await createUser(operator(e.t), {
        username,
        displayName: username,
        password,
        locale: 'en',
        memberships: [{ missionId: e.w.missionA.id, role: 'viewer' }],
      });
      return e.agent.post(`/api/compartments/${compartmentTarget(e, t)}/members`, { userId: u.id });
    },
  },
  'DELETE /api/compartments/{id}/members/{userId}': {
    targets: compartmentTargets,
    allowed: compartmentWriters,
    success: 200,
    call: (e, t) =>
      e.agent.delete(`/api/compartments/${compartmentTarget(e, t)}/members/${e.w.patchTarget}`),
    expect: (caller, target) =>
      compartmentWriters.includes(caller) && target === 'in' ? 200 : undefined,
  },
  'GET /api/audit': {
    allowed: admins,
    success: 200,
    call: (e) => e.agent.get('/api/audit?limit=5'),
  },
  'POST /api/audit/verify': {
    allowed: admins,
    success: 200,
    call: (e) => e.agent.post('/api/audit/verify'),
  },
  ...incidentMatrix,
  ...medicalMatrix,
  ...mandateMatrix,
  ...reportMatrix,
  ...personnelMatrix,
  ...conductMatrix,
  ...measureMatrix,
  ...vettingMatrix,
  ...capabilitiesMatrix,
  ...pledgeMatrix,
  ...eligibilityMatrix,
  ...performanceMatrix,
  ...selectionMatrix,
  ...earlyWarningMatrix,
};
