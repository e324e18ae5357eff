/**
 * Issue 15, F1 (ASVS 8.2.1, 8.2.2 — function- and data-level access control): an administrator acts
 * on a user — password, deactivation, roles — only when its authority covers every role that user
 * holds or awaits, and grants or removes only roles it covers. Every pair of (caller's memberships
 * and view, target's memberships) is walked through the API for the three acts; the expected status
 * of each pair is written out below, by hand. A refused act writes nothing.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { missionInput, operator, password } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { createMission } from '../missions/mission.service.js';
import { createUser, loadUser } from './user.service.js';
import type { Membership } from './user.schema.js';

type CallerName =
  'admin-a' | 'admin-a+viewer-b' | 'admin-hq' | 'admin-hq in A' | 'admin-b' | 'analyst-a';
type TargetName =
  'viewer-a' | 'viewer-a+analyst-b' | 'admin-hq+viewer-a' | 'viewer-b' | 'analyst-hq' | 'admin-a';

/** Who calls: memberships (A, B or HQ) and the view it works in. */
const callerProfiles: Record<CallerName, { roles: [string, string][]; view: 'A' | 'B' | 'HQ' }> = {
  'admin-a': { roles: [['A', 'administrator']], view: 'A' },
  'admin-a+viewer-b': {
    roles: [
      ['A', 'administrator'],
      ['B', 'viewer'],
    ],
    view: 'A',
  },
  'admin-hq': { roles: [['HQ', 'administrator']], view: 'HQ' },
  'admin-hq in A': { roles: [['HQ', 'administrator']], view: 'A' },
  'admin-b': { roles: [['B', 'administrator']], view: 'B' },
  'analyst-a': { roles: [['A', 'analyst']], view: 'A' },
};
const targetProfiles: Record<TargetName, [string, string][]> = {
  'viewer-a': [['A', 'viewer']],
  'viewer-a+analyst-b': [
    ['A', 'viewer'],
    ['B', 'analyst'],
  ],
  'admin-hq+viewer-a': [
    ['HQ', 'administrator'],
    ['A', 'viewer'],
  ],
  'viewer-b': [['B', 'viewer']],
  'analyst-hq': [['HQ', 'analyst']],
  'admin-a': [['A', 'administrator']],
};
const targets = Object.keys(targetProfiles) as TargetName[];

/**
 * Resetting the password or deactivating: 200 when the caller administers every mission the target
 * works in; 403 when the target is in view but works elsewhere too; 404 when out of view; 403
 * without the permission.
 */
// prettier-ignore
const act: Record<CallerName, number[]> = {
  //                  viewer-a  +analyst-b  admin-hq+  viewer-b  analyst-hq  admin-a
  'admin-a':          [200,      403,        403,       404,      404,        200],
  'admin-a+viewer-b': [200,      403,        403,       404,      404,        200],
  'admin-hq':         [200,      200,        200,       200,      200,        200],
  'admin-hq in A':    [200,      403,        403,       404,      404,        200],
  'admin-b':          [404,      403,        404,       200,      404,        404],
  'analyst-a':        [403,      403,        403,       403,      403,        403],
};
/** Adding planner in mission A to the target's roles: as `act`, and mission A must be the caller's. */
// prettier-ignore
const grantPlannerInA: Record<CallerName, number[]> = {
  'admin-a':          [200,      403,        403,       404,      404,        200],
  'admin-a+viewer-b': [200,      403,        403,       404,      404,        200],
  'admin-hq':         [200,      200,        200,       200,      200,        200],
  'admin-hq in A':    [200,      403,        403,       404,      404,        200],
  'admin-b':          [404,      403,        404,       403,      404,        404],
  'analyst-a':        [403,      403,        403,       403,      403,        403],
};

eachDialect('user administration: every caller against every target (F1)', (t) => {
  let missions: Record<'A' | 'B', string>;
  const agents = new Map<CallerName, Agent>();
  let counter = 0;
  const memberships = (roles: [string, string][]): Membership[] =>
    roles.map(([where, role]) => ({
      missionId: where === 'HQ' ? null : missions[where as 'A' | 'B'],
      role: role as Membership['role'],
    }));
  const freshTarget = async (name: TargetName) =>
    createUser(operator(t()), {
      username: `${name.replace(/[^a-z]/g, '')}-${++counter}`,
      displayName: name,
      password,
      locale: 'en',
      memberships: memberships(targetProfiles[name]),
    });

  beforeAll(async () => {
    missions = {
      A: (await createMission(operator(t()), missionInput('MINUSCA'))).id,
      B: (await createMission(operator(t()), missionInput('MONUSCO', { hostCountries: ['COD'] })))
        .id,
    };
    for (const [name, profile] of Object.entries(callerProfiles) as [
      CallerName,
      (typeof callerProfiles)[CallerName],
    ][]) {
      const username = `caller-${name.replace(/[^a-z]/g, '')}`;
      await createUser(operator(t()), {
        username,
        displayName: name,
        password,
        locale: 'en',
        memberships: memberships(profile.roles),
      });
      const agent = await signIn(t(), username, password);
      const view = profile.view === 'HQ' ? null : missions[profile.view];
      expect((await agent.post('/api/auth/mission', { missionId: view })).status).toBe(200);
      agents.set(name, agent);
    }
  });

  /** Runs `call` on a fresh target per pair; a refused call must leave the target as it was. */
  const walk = (
    table: Record<CallerName, number[]>,
    call: (agent: Agent, user: { id: string; version: number }) => Promise<{ status: number }>,
  ) => {
    for (const caller of Object.keys(table) as CallerName[])
      it(`${caller}`, async () => {
        const got: number[] = [];
        for (const target of targets) {
          const user = await freshTarget(target);
          const answer = await call(agents.get(caller)!, user);
          got.push(answer.status);
          if (answer.status !== 200)
            expect(await loadUser(t().ctx, user.id), `${caller} → ${target}`).toEqual(user);
        }
        expect(Object.fromEntries(targets.map((name, i) => [name, got[i]]))).toEqual(
          Object.fromEntries(targets.map((name, i) => [name, table[caller][i]])),
        );
      });
  };

  describe('F1: setting a new password', () => {
    walk(act, (agent, user) =>
      agent.post(`/api/users/${user.id}/password`, { password: 'a brand new passphrase here' }),
    );
  });

  describe('F1: deactivating', () => {
    walk(act, (agent, user) =>
      agent.patch(`/api/users/${user.id}`, { version: user.version, status: 'disabled' }),
    );
  });

  describe('F1: granting a role (planner in mission A)', () => {
    walk(grantPlannerInA, async (agent, user) => {
      const current = (await loadUser(t().ctx, user.id))!;
      return agent.patch(`/api/users/${user.id}`, {
        version: user.version,
        memberships: [...current.memberships, { missionId: missions.A, role: 'planner' }],
      });
    });
  });

  it('F1: a mission administrator cannot strip an HQ administrator of headquarters roles, nor take it over', async () => {
    const hqAdmin = await freshTarget('admin-hq+viewer-a');
    const agent = agents.get('admin-a')!;
    const stripped = await agent.patch(`/api/users/${hqAdmin.id}`, {
      version: hqAdmin.version,
      memberships: [{ missionId: missions.A, role: 'viewer' }],
    });
    expect(stripped.status).toBe(403);
    expect(stripped.body.error.details).toContainEqual({
      path: 'memberships',
      message: 'administrator in headquarters is not yours to administer',
    });
    const takeover = await agent.post(`/api/users/${hqAdmin.id}/password`, {
      password: 'i now own headquarters',
    });
    expect(takeover.status).toBe(403);
    expect(await loadUser(t().ctx, hqAdmin.id)).toEqual(hqAdmin);
    await expect(signIn(t(), hqAdmin.username, 'i now own headquarters')).rejects.toThrow(/401/);
  });

  it('F1: a mission administrator grants no headquarters role and no role in another mission, creating or changing', async () => {
    const agent = agents.get('admin-a')!;
    for (const role of [
      { missionId: null, role: 'viewer' },
      { missionId: missions.B, role: 'viewer' },
    ]) {
      const created = await agent.post('/api/users', {
        username: `grab-${++counter}`,
        displayName: 'Grab',
        password,
        memberships: [{ missionId: missions.A, role: 'viewer' }, role],
      });
      expect(created.status, JSON.stringify(created.body)).toBe(403);
      expect(created.body.error.details[0].path).toBe('memberships.1.missionId');
    }
    expect(
      await t()
        .ctx.db.selectFrom('users')
        .select('id')
        .where('username', 'like', 'grab-%')
        .execute(),
    ).toEqual([]);
  });
});
