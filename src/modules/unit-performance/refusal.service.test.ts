/**
 * K8 (¶98) through the API on both dialects: the force commander or police commissioner reports a
 * refusal to follow orders → headquarters informs the contributor (the hours are kept) → a remedial
 * action is due → with none by then a repatriation decision is required and recorded; the periodic
 * summary for the Council holds it; the unit's record shows it.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import {
  hqForceGenerationOfficer,
  password,
  seedWorld,
  type World,
} from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { deployedUnit } from '../../../test/support/units.js';

eachDialect('refusals to follow orders (K8)', (t) => {
  let world: World;
  let fgo: Agent;
  let staff: Agent;
  let unit: string;
  const report = {
    occurredOn: '2026-02-20',
    reportedBy: 'force_commander',
    order: 'Deploy a platoon to protect the displaced persons site at Bria',
    whatHappened: 'The company commander declined, citing instructions from the capital.',
  };

  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
    staff = await signIn(t(), 'staff-officer-a', password);
    unit = await deployedUnit(fgo, world.missionA.id, { contributor: 'BGD' });
  });

  it('K8: report → contributor informed → remedial due → no action → repatriation decision recorded', async () => {
    const reported = await staff.post(`/api/capabilities/pledges/${unit}/refusals`, report);
    expect(reported.status, JSON.stringify(reported.body)).toBe(201);
    const r = reported.body;
    expect(r).toMatchObject({
      status: 'contributor_not_informed',
      contributor: 'BGD',
      reportedBy: 'staff-officer-a',
      reportedAt: '2026-03-01T08:00:00.000Z',
    });
    const early = await fgo.post(`/api/capabilities/refusals/${r.id}/remedial-due`, {
      version: r.version,
      remedialDue: '2026-03-31',
    });
    expect(early.body.error).toMatchObject({ code: 'invalid_state' });
    expect(early.body.error.message).toMatch(/inform the contributor first/);

    const informed = await fgo.post(`/api/capabilities/refusals/${r.id}/inform`, {
      version: r.version,
      informedAt: '2026-03-01T08:00:00.000Z',
      means: 'Note verbale to the Permanent Mission',
    });
    expect(informed.body).toMatchObject({
      status: 'awaiting_remedial_due',
      promptness: { hours: 0, immediate: true },
      informedBy: 'fgo-hq',
    });
    const due = await fgo.post(`/api/capabilities/refusals/${r.id}/remedial-due`, {
      version: informed.body.version,
      remedialDue: '2026-03-31',
    });
    expect(due.body).toMatchObject({
      status: 'remedial_due',
      next: 'remedial action due by 2026-03-31',
    });
    const tooSoon = await fgo.post(`/api/capabilities/refusals/${r.id}/decision`, {
      version: due.body.version,
      decidedOn: '2026-03-01',
      decision: 'repatriate',
      reason: 'refused',
    });
    expect(tooSoon.body.error.message).toMatch(/due until 2026-03-31/);

    t().clock.set(new Date('2026-04-02T09:00:00Z'));
    const hq = await signIn(t(), 'fgo-hq', password);
    expect((await hq.get(`/api/capabilities/refusals/${r.id}`)).body.status).toBe(
      'decision_required',
    );
    const decided = await hq.post(`/api/capabilities/refusals/${r.id}/decision`, {
      version: due.body.version,
      decidedOn: '2026-04-02',
      decision: 'repatriate',
      reason: 'No remedial action; the contingent commander was not replaced.',
    });
    expect(decided.body).toMatchObject({ status: 'repatriated', decidedBy: 'fgo-hq' });
    // Issue 16: the decision carries through — the unit's repatriation is ordered, 90 days to leave.
    const orders = (await hq.get(`/api/capabilities/repatriations?unitId=${unit}`)).body.items;
    expect(orders).toEqual([
      expect.objectContaining({
        status: 'ordered',
        basis: 'order_refusal',
        paragraph: '¶98',
        decidedOn: '2026-04-02',
        leaveBy: '2026-07-01',
      }),
    ]);
    const after = await hq.post(`/api/capabilities/refusals/${r.id}/remedial-action`, {
      version: decided.body.version,
      takenOn: '2026-04-02',
      action: 'too late',
    });
    expect(after.body.error.code).toBe('invalid_state');

    const summary = await hq.get(
      '/api/capabilities/refusals/council-summary?from=2026-01-01&to=2026-03-31',
    );
    expect(summary.body.items.map((i: { id: string }) => i.id)).toEqual([r.id]);
    const pledge = (await hq.get(`/api/capabilities/pledges/${unit}`)).body;
    expect(pledge.incidents.map((i: { kind: string }) => i.kind)).toContain(
      'refusal_to_follow_orders',
    );
    t().clock.set(new Date('2026-03-01T08:00:00Z'));
    fgo = await signIn(t(), 'fgo-hq', password);
    staff = await signIn(t(), 'staff-officer-a', password);
  });

  it('K8: informing late is said with the hours; a remedial action taken in time settles it', async () => {
    const r = (await staff.post(`/api/capabilities/pledges/${unit}/refusals`, report)).body;
    t().clock.set(new Date('2026-03-02T14:00:00Z'));
    fgo = await signIn(t(), 'fgo-hq', password);
    const late = await fgo.post(`/api/capabilities/refusals/${r.id}/inform`, {
      version: r.version,
      informedAt: '2026-03-02T14:00:00.000Z',
      means: 'Telephone to the military adviser',
    });
    expect(late.body.promptness).toEqual({ hours: 30, immediate: false });
    const due = await fgo.post(`/api/capabilities/refusals/${r.id}/remedial-due`, {
      version: late.body.version,
      remedialDue: '2026-03-15',
    });
    const remedied = await fgo.post(`/api/capabilities/refusals/${r.id}/remedial-action`, {
      version: due.body.version,
      takenOn: '2026-03-01',
      action: 'Company commander replaced; the platoon deployed to Bria.',
    });
    expect(remedied.body.status).toBe('remedied');
    const decide = await fgo.post(`/api/capabilities/refusals/${r.id}/decision`, {
      version: remedied.body.version,
      decidedOn: '2026-03-01',
      decision: 'retain',
      reason: 'n/a',
    });
    expect(decide.body.error.message).toMatch(/no repatriation decision is due/);
    t().clock.set(new Date('2026-03-01T08:00:00Z'));
    fgo = await signIn(t(), 'fgo-hq', password);
    staff = await signIn(t(), 'staff-officer-a', password);
  });

  it('K8: the police commissioner reports on formed police units, the force commander on the others', async () => {
    const fpu = await deployedUnit(fgo, world.missionA.id, {
      contributor: 'SEN',
      capability: 'formed_police_unit',
      strength: 140,
      women: 20,
    });
    const wrong = await staff.post(`/api/capabilities/pledges/${fpu}/refusals`, report);
    expect(wrong.body.error.details[0]).toMatchObject({
      path: 'reportedBy',
      message: 'must be police_commissioner',
    });
    const ok = await staff.post(`/api/capabilities/pledges/${fpu}/refusals`, {
      ...report,
      reportedBy: 'police_commissioner',
    });
    expect(ok.status).toBe(201);
  });

  it('K8: reported by the mission, acted on by headquarters; another mission sees nothing', async () => {
    const r = (await staff.post(`/api/capabilities/pledges/${unit}/refusals`, report)).body;
    const staffInforms = await staff.post(`/api/capabilities/refusals/${r.id}/inform`, {
      version: r.version,
      informedAt: '2026-03-01T08:00:00.000Z',
      means: 'email',
    });
    expect(staffInforms.status).toBe(403);
    const fgoReports = await fgo.post(`/api/capabilities/pledges/${unit}/refusals`, report);
    expect(fgoReports.status).toBe(403);
    const outsider = await signIn(t(), world.outsider.username, password);
    expect((await outsider.get(`/api/capabilities/refusals/${r.id}`)).status).toBe(403);
  });
});
