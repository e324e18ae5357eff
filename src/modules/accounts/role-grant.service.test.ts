/**
 * Issue 15, F2 — separation of duties (ASVS 8.2.1; 2.1 of ASVS L3 for tier-1 data): nobody grants
 * themselves a role; a role that reaches tier-1 data (conduct officer, investigator, medical
 * officer) is granted only when a second administrator approves it, and the grant is told to the
 * mission's conduct lead. Walked around: the API, self-approval, approving for oneself, two
 * approvals at once, withdrawal, another mission, and the CLI's local operator.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { missionInput, operator, password } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { createMission } from '../missions/mission.service.js';
import { createUser, loadUser } from './user.service.js';

eachDialect('roles that reach tier-1 data need a second administrator (F2)', (t) => {
  let missionA: string;
  let missionB: string;
  let first: Agent;
  let second: Agent;
  let hq: Agent;
  let secondId: string;
  let counter = 0;
  const notices = async (username: string, kind: string) =>
    (
      await t()
        .ctx.db.selectFrom('notifications')
        .innerJoin('users', 'users.id', 'notifications.user_id')
        .select(['notifications.record_id', 'notifications.params'])
        .where('users.username', '=', username)
        .where('notifications.kind', '=', kind)
        .execute()
    ).map((n) => n.record_id);
  const makeUser = async (
    username: string,
    memberships: { missionId: string | null; role: string }[],
  ) =>
    createUser(operator(t()), {
      username,
      displayName: username,
      password,
      locale: 'en',
      memberships: memberships as never,
    });
  const inMission = async (agent: Agent, missionId: string | null) =>
    expect((await agent.post('/api/auth/mission', { missionId })).status).toBe(200);

  beforeAll(async () => {
    missionA = (await createMission(operator(t()), missionInput('MINUSCA'))).id;
    missionB = (await createMission(operator(t()), missionInput('MONUSCO'))).id;
    await makeUser('first-admin', [{ missionId: missionA, role: 'administrator' }]);
    secondId = (await makeUser('second-admin', [{ missionId: missionA, role: 'administrator' }]))
      .id;
    await makeUser('hq-admin', [{ missionId: null, role: 'administrator' }]);
    await makeUser('conduct-lead', [{ missionId: missionA, role: 'conduct_officer' }]);
    await makeUser('conduct-b', [{ missionId: missionB, role: 'conduct_officer' }]);
    first = await signIn(t(), 'first-admin', password);
    second = await signIn(t(), 'second-admin', password);
    hq = await signIn(t(), 'hq-admin', password);
    await inMission(first, missionA);
    await inMission(second, missionA);
    await inMission(hq, null);
  });

  it('nobody grants themselves a role, in a mission or at headquarters', async () => {
    for (const [agent, username, role] of [
      [first, 'first-admin', { missionId: missionA, role: 'conduct_officer' }],
      [first, 'first-admin', { missionId: missionA, role: 'viewer' }],
      [hq, 'hq-admin', { missionId: null, role: 'investigator' }],
    ] as const) {
      const me = (await agent.get('/api/auth/me')).body.user;
      const answer = await agent.patch(`/api/users/${me.id}`, {
        version: me.version,
        memberships: [...me.memberships, role],
      });
      expect(answer.status, username).toBe(403);
      expect(answer.body.error.message).toMatch(/Nobody grants themselves a role/);
      expect((await loadUser(t().ctx, me.id))!.memberships).toEqual(me.memberships);
    }
  });

  it('an administrator asks; the role waits, grants nothing, and the other administrators are told', async () => {
    const created = await first.post('/api/users', {
      username: `cora-${++counter}`,
      displayName: 'Cora',
      password,
      memberships: [
        { missionId: missionA, role: 'viewer' },
        { missionId: missionA, role: 'conduct_officer' },
      ],
    });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.memberships).toEqual([{ missionId: missionA, role: 'viewer' }]);
    expect(created.body.pendingRoles).toEqual([
      expect.objectContaining({
        missionId: missionA,
        role: 'conduct_officer',
        requestedBy: 'first-admin',
      }),
    ]);
    const grantId = created.body.pendingRoles[0].grantId;
    // Signed in, the user holds the viewer role only: no conduct permission while it waits.
    const cora = await signIn(t(), created.body.username, password);
    expect((await cora.get('/api/conduct/cases')).status).toBe(403);
    expect(await notices('second-admin', 'accounts.role-grant-requested')).toContain(grantId);
    expect(await notices('hq-admin', 'accounts.role-grant-requested')).toContain(grantId);
    expect(await notices('first-admin', 'accounts.role-grant-requested')).not.toContain(grantId);

    // The one who asked may not approve; the list says so.
    const mine = (await first.get('/api/role-grants')).body.items.find(
      (g: { id: string }) => g.id === grantId,
    );
    expect(mine).toMatchObject({
      mayDecide: false,
      requestedBy: 'first-admin',
      role: 'conduct_officer',
    });
    const self = await first.post(`/api/role-grants/${grantId}/decision`, { decision: 'approve' });
    expect(self.status).toBe(403);
    expect(self.body.error.message).toMatch(/A second administrator approves/);
    expect((await loadUser(t().ctx, created.body.id))!.memberships).toHaveLength(1);

    // The second administrator approves: the role is held, and the mission's conduct lead told.
    const theirs = (await second.get('/api/role-grants')).body.items.find(
      (g: { id: string }) => g.id === grantId,
    );
    expect(theirs.mayDecide).toBe(true);
    const approved = await second.post(`/api/role-grants/${grantId}/decision`, {
      decision: 'approve',
    });
    expect(approved.status, JSON.stringify(approved.body)).toBe(200);
    expect(approved.body.memberships).toEqual([
      { missionId: missionA, role: 'viewer' },
      { missionId: missionA, role: 'conduct_officer' },
    ]);
    expect(approved.body.pendingRoles).toEqual([]);
    expect(await notices('conduct-lead', 'accounts.role-granted')).toContain(grantId);
    expect(await notices('conduct-b', 'accounts.role-granted')).not.toContain(grantId);
    const again = await hq.post(`/api/role-grants/${grantId}/decision`, { decision: 'approve' });
    expect(again.status).toBe(409);
    const audit = await t()
      .ctx.db.selectFrom('audit_entries')
      .select('action')
      .where('record_id', '=', grantId)
      .orderBy('seq')
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      'accounts.role-grant.request',
      'accounts.role-grant.approve',
    ]);
  });

  it('two approvals at once grant the role once', async () => {
    const created = await first.post('/api/users', {
      username: `ivan-${++counter}`,
      displayName: 'Ivan',
      password,
      memberships: [{ missionId: missionA, role: 'investigator' }],
    });
    expect(created.body.memberships).toEqual([]);
    const grantId = created.body.pendingRoles[0].grantId;
    const answers = await Promise.all([
      second.post(`/api/role-grants/${grantId}/decision`, { decision: 'approve' }),
      hq.post(`/api/role-grants/${grantId}/decision`, { decision: 'approve' }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    expect((await loadUser(t().ctx, created.body.id))!.memberships).toEqual([
      { missionId: missionA, role: 'investigator' },
    ]);
  });

  it('nobody approves a role for themselves, even when another administrator asked for it', async () => {
    const me = (await second.get('/api/auth/me')).body.user;
    const asked = await hq.patch(`/api/users/${secondId}`, {
      version: me.version,
      memberships: [...me.memberships, { missionId: missionA, role: 'medical_officer' }],
    });
    expect(asked.status, JSON.stringify(asked.body)).toBe(200);
    const grantId = asked.body.pendingRoles[0].grantId;
    const answer = await second.post(`/api/role-grants/${grantId}/decision`, {
      decision: 'approve',
    });
    expect(answer.status).toBe(403);
    expect(answer.body.error.message).toMatch(/Nobody approves a role for themselves/);
    expect(
      await first.post(`/api/role-grants/${grantId}/decision`, { decision: 'refuse' }),
    ).toMatchObject({
      status: 200,
      body: { pendingRoles: [] },
    });
    expect((await loadUser(t().ctx, secondId))!.memberships).toEqual(me.memberships);
  });

  it('a role no longer asked for is withdrawn; one in another mission is neither seen nor decided', async () => {
    const created = await first.post('/api/users', {
      username: `mo-${++counter}`,
      displayName: 'Mo',
      password,
      memberships: [
        { missionId: missionA, role: 'viewer' },
        { missionId: missionA, role: 'medical_officer' },
      ],
    });
    const grantId = created.body.pendingRoles[0].grantId;
    const withdrawn = await first.patch(`/api/users/${created.body.id}`, {
      version: created.body.version,
      memberships: [{ missionId: missionA, role: 'viewer' }],
    });
    expect(withdrawn.body.pendingRoles).toEqual([]);
    expect(
      (await second.post(`/api/role-grants/${grantId}/decision`, { decision: 'approve' })).status,
    ).toBe(409);

    const inB = await makeUser(`bea-${++counter}`, [{ missionId: missionB, role: 'viewer' }]);
    const askedInB = await hq.patch(`/api/users/${inB.id}`, {
      version: inB.version,
      memberships: [...inB.memberships, { missionId: missionB, role: 'investigator' }],
    });
    const grantInB = askedInB.body.pendingRoles[0].grantId;
    expect(
      (await second.get('/api/role-grants')).body.items.map((g: { id: string }) => g.id),
    ).not.toContain(grantInB);
    expect(
      (await second.post(`/api/role-grants/${grantInB}/decision`, { decision: 'approve' })).status,
    ).toBe(404);
  });

  it('the CLI’s local operator (who holds the database itself) grants directly', async () => {
    const direct = await makeUser(`olga-${++counter}`, [
      { missionId: missionA, role: 'conduct_officer' },
    ]);
    expect(direct.memberships).toEqual([{ missionId: missionA, role: 'conduct_officer' }]);
    expect(direct.pendingRoles).toEqual([]);
  });
});
