/**
 * D6 (¶81–82) on both dialects: a mandate's start-up clocks from its adoption — the headquarters
 * functional milestone, the standing start-up measures renewed only by headquarters and only while
 * in force (a renewal dated in the past does not revive them), the heads of mission and
 * headquarters told once when a clock is overdue.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { createUser } from '../accounts/user.service.js';
import type { Mandate } from './mandate.schema.js';
import { sweepStartupClocks } from './startup-sweep.service.js';

const day = 86_400_000;

eachDialect('D6 start-up clocks', (t) => {
  let world: World;
  let planner: Agent;
  let hqPlanner: Agent;
  let head: Agent;
  const dayOf = (offset: number) =>
    new Date(t().clock.now().getTime() + offset * day).toISOString().slice(0, 10);
  const signInAll = async () => {
    planner = await signIn(t(), world.users.planner.username, password);
    hqPlanner = await signIn(t(), 'hq-planner', password);
    head = await signIn(t(), world.users.head_of_mission.username, password);
  };

  beforeAll(async () => {
    world = await seedWorld(t());
    await createUser(operator(t()), {
      username: 'hq-planner',
      displayName: 'HQ planner',
      password,
      locale: 'en',
      memberships: [{ missionId: null, role: 'planner' }],
    });
    await signInAll();
  });

  it('D6: from the adoption the headquarters is due within 8–12 weeks and the measures are in force six months; the milestone recorded meets the clock', async () => {
    const created = await planner.post('/api/mandates', {
      resolution: '2552 (2020)',
      title: 'Start-up',
      adoptedOn: dayOf(-60),
      expiresOn: dayOf(300),
    });
    const m: Mandate = created.body;
    expect(m.startup.hq).toMatchObject({
      state: 'due',
      from: dayOf(-4),
      by: dayOf(24),
      functionalOn: null,
    });
    expect(m.startup.measures.state).toBe('in_force');
    const hqMilestone = m.startup.milestones.find((x) => x.hqFunctional)!;
    const future = await planner.post(`/api/mandates/milestones/${hqMilestone.id}/done`, {
      version: 1,
      doneOn: dayOf(2),
    });
    expect(future.body.error.details[0].path).toBe('doneOn');
    const early = await planner.post(`/api/mandates/milestones/${hqMilestone.id}/done`, {
      version: 1,
      doneOn: dayOf(-61),
    });
    expect(early.body.error.details[0].path).toBe('doneOn');
    const added = await planner.post(`/api/mandates/${m.id}/milestones`, {
      name: 'Advance team deployed',
    });
    expect(added.body.startup.milestones.map((x: { name: string }) => x.name)).toEqual([
      'Headquarters functional',
      'Advance team deployed',
    ]);
    const done = await planner.post(`/api/mandates/milestones/${hqMilestone.id}/done`, {
      version: 1,
      doneOn: dayOf(-1),
    });
    expect(done.body.startup.hq).toMatchObject({ state: 'met', functionalOn: dayOf(-1) });
  });

  it('D6: only headquarters renews the measures, while in force, six months at a time; expired, a renewal dated in the past is refused; overdue clocks tell the heads of mission and headquarters once', async () => {
    const created = await planner.post('/api/mandates', {
      resolution: '2709 (2023)',
      title: 'Late start-up',
      adoptedOn: dayOf(-170),
      expiresOn: dayOf(200),
    });
    const m: Mandate = created.body;
    expect(m.startup.hq.state).toBe('overdue');
    expect(m.startup.measures.state).toBe('renewal_due');
    const mission = await planner.post(`/api/mandates/${m.id}/measures`, {
      version: m.version,
      action: 'renew',
    });
    expect(mission.status).toBe(403);
    const sent = await sweepStartupClocks(t().ctx);
    expect(sent).toBeGreaterThan(0);
    expect(await sweepStartupClocks(t().ctx)).toBe(0);
    const kinds = async (agent: Agent) =>
      (
        (await agent.get('/api/notifications')).body.items as {
          kind: string;
          params: { resolution: string };
        }[]
      )
        .filter((n) => n.params.resolution === '2709 (2023)')
        .map((n) => n.kind)
        .sort();
    expect(await kinds(head)).toEqual(['mandates.hq_overdue', 'mandates.measures_renewal_due']);
    expect(await kinds(hqPlanner)).toEqual([
      'mandates.hq_overdue',
      'mandates.measures_renewal_due',
    ]);
    expect(await kinds(planner)).toEqual([]);

    // Twenty days on they have expired; a renewal dated back to when they were in force is refused.
    t().clock.advance(20 * day);
    await signInAll();
    const read = (await hqPlanner.get(`/api/mandates/${m.id}`)).body as Mandate;
    expect(read.startup.measures.state).toBe('expired');
    const backdated = await hqPlanner.post(`/api/mandates/${m.id}/measures`, {
      version: read.version,
      action: 'renew',
      on: dayOf(-30),
    });
    expect(backdated.status).toBe(422);
    expect(backdated.body.error.message).toMatch(/expired/);
    const lapsed = await hqPlanner.post(`/api/mandates/${m.id}/measures`, {
      version: read.version,
      action: 'lapse',
    });
    expect(lapsed.body.startup.measures).toMatchObject({ state: 'lapsed', lapsedOn: dayOf(0) });
  });

  it('D6: a renewal in force adds six months; two decisions on one version: the second is refused', async () => {
    const created = await planner.post('/api/mandates', {
      resolution: '2800 (2025)',
      title: 'Renewed',
      adoptedOn: dayOf(-160),
      expiresOn: dayOf(300),
    });
    const m: Mandate = created.body;
    const [a, b] = await Promise.all([
      hqPlanner.post(`/api/mandates/${m.id}/measures`, { version: m.version, action: 'renew' }),
      hqPlanner.post(`/api/mandates/${m.id}/measures`, { version: m.version, action: 'renew' }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const renewed = (a.status === 200 ? a : b).body as Mandate;
    expect(Date.parse(renewed.startup.measures.until)).toBeGreaterThan(
      Date.parse(m.startup.measures.until) + 180 * day,
    );
    expect(renewed.startup.measures.state).toBe('in_force');
  });
});
