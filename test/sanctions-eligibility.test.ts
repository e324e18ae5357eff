/**
 * Issue 16, defect 5 for K4 (¶127): a contributor that falls out of standing — suspended, or not
 * accepted — has its units already deployed flagged for headquarters to repatriate or retain, once
 * per deployment and standing, however the standing changes (listing, action plan, the sweep).
 * Through the API on both dialects; years relative to the test clock.
 */
import { beforeAll, expect, it } from 'vitest';
import { addDays, dayOf } from '../src/core/days.js';
import { sweepUnitFlags } from '../src/modules/capabilities/unit-flags.service.js';
import { eachDialect } from './support/each-dialect.js';
import { hqForceGenerationOfficer, password, seedWorld, type World } from './support/fixtures.js';
import { signIn, type Agent } from './support/http.js';
import { deployedUnit } from './support/units.js';

eachDialect('K4 flags on deployed units (issue 16, ¶127)', (t) => {
  let world: World;
  let fgo: Agent;
  let tcd: string;
  const today = () => dayOf(t().clock.now());
  const repatriationsOf = async (unitId: string) =>
    (await fgo.get(`/api/capabilities/repatriations?unitId=${unitId}`)).body.items;

  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
    tcd = await deployedUnit(fgo, world.missionA.id, { contributor: 'TCD', strength: 4, women: 1 });
  });

  it('K4 (¶127): a contributor out of standing has its deployed units flagged for headquarters to decide — once per standing', async () => {
    const year = t().clock.now().getUTCFullYear();
    const flags = async () =>
      (await repatriationsOf(tcd)).filter((r: { basis: string }) => r.basis === 'eligibility');
    const plan = (state: string) =>
      fgo.request('PUT', '/api/capabilities/contributors/TCD/action-plans/caac', {
        state,
        signedOn: state === 'none' ? null : `${year - 3}-05-01`,
      });
    const listing = (y: number) =>
      fgo.post('/api/capabilities/contributors/TCD/listings', {
        kind: 'caac',
        year: y,
        parties: 'Armée nationale tchadienne',
        source: `A/${y - 1946}/1`,
      });
    expect((await plan('implementing')).status).toBe(200);
    expect((await listing(year - 1)).status).toBe(201);
    expect(await flags()).toEqual([]); // listed, with a plan being implemented: eligible

    await plan('not_implemented');
    let raised = await flags();
    expect(raised).toHaveLength(1);
    expect(raised[0]).toMatchObject({
      status: 'decision_required',
      paragraph: '¶127',
      missionId: world.missionA.id,
    });
    expect(raised[0].explanation).toMatch(
      /suspended: listed in the \d{4} report on children and armed conflict/,
    );
    await plan('none'); // still suspended: no second flag
    expect(await sweepUnitFlags(t().ctx)).toBe(0);
    expect(await flags()).toHaveLength(1);

    await listing(year - 2); // now not accepted: a new standing, a new flag
    raised = await flags();
    expect(raised.map((r: { status: string }) => r.status)).toEqual([
      'decision_required',
      'decision_required',
    ]);
    const [notAccepted, suspended] = raised;
    expect(notAccepted.explanation).toMatch(/not accepted/);

    const missionFgo = await signIn(t(), world.users.force_generation_officer.username, password);
    const decide = (
      agent: Agent,
      r: { id: string; version: number },
      body: Record<string, unknown>,
    ) =>
      agent.post(`/api/capabilities/repatriations/${r.id}/decision`, {
        version: r.version,
        reason: 'Decided by the Under-Secretary-General',
        decidedOn: today(),
        ...body,
      });
    expect((await decide(missionFgo, suspended, { decision: 'retain' })).status).toBe(403);
    expect(
      (await decide(fgo, suspended, { decision: 'retain', decidedOn: addDays(today(), 2) })).body
        .error.details[0].path,
    ).toBe('decidedOn');
    const retained = await decide(fgo, suspended, { decision: 'retain' });
    expect(retained.body).toMatchObject({ status: 'retained', leaveBy: null });
    expect((await decide(fgo, retained.body, { decision: 'repatriate' })).body.error.code).toBe(
      'invalid_state',
    );
    const ordered = await decide(fgo, notAccepted, { decision: 'repatriate' });
    expect(ordered.body).toMatchObject({ status: 'ordered', leaveBy: addDays(today(), 90) });
    expect(await sweepUnitFlags(t().ctx)).toBe(0);
  });
});
