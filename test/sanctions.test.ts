/**
 * Issue 16, defect 5: sanctions change what a unit is, not only what is written about it (¶98,
 * ¶120, ¶127), through the API on both dialects.
 * - C3's pattern and ¶120's non-response raise repatriation decisions that headquarters takes,
 *   naming the contributor's unit deployed in the mission; the unit's repatriation starts (a day to
 *   leave by) and, once it has left, it is no longer deployed — and it stays on the contributor's
 *   record.
 * - ¶120's failure to act raises a sanction decision, taken at headquarters.
 * K4's flags on deployed units: sanctions-eligibility.test.ts.
 * Dates are relative to the test clock.
 */
import { beforeAll, expect, it } from 'vitest';
import { addDays, dayOf } from '../src/core/days.js';
import { hours } from '../src/core/clock.js';
import { addWorkingDays } from '../src/modules/conduct/measure.rules.js';
import { sweepNonResponse } from '../src/modules/conduct/non-response.service.js';
import { allegation } from './access-matrix.conduct.js';
import { eachDialect } from './support/each-dialect.js';
import {
  createHqConductOfficer,
  hqForceGenerationOfficer,
  password,
  seedWorld,
  type World,
} from './support/fixtures.js';
import { signIn, type Agent } from './support/http.js';
import { deployedUnit } from './support/units.js';

interface Decision {
  id: string;
  kind: string;
  trigger: string;
  contributor: string;
  unit: string;
  version: number;
  basis: Record<string, string | number>;
  candidateUnits: { id: string }[];
}

eachDialect('sanctions that carry through (issue 16; ¶98, ¶120, ¶127)', (t) => {
  let world: World;
  let officer: Agent;
  let hq: Agent;
  let fgo: Agent;
  const today = () => dayOf(t().clock.now());
  const units = { bgd1: '', bgd2: '', bgdInB: '', npl: '' };

  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
    await createHqConductOfficer(t());
    units.bgd1 = await deployedUnit(fgo, world.missionA.id, {
      contributor: 'BGD',
      strength: 4,
      women: 1,
    });
    units.bgd2 = await deployedUnit(fgo, world.missionA.id, {
      contributor: 'BGD',
      strength: 4,
      women: 1,
    });
    units.bgdInB = await deployedUnit(fgo, world.missionB.id, {
      contributor: 'BGD',
      strength: 4,
      women: 1,
    });
    units.npl = await deployedUnit(fgo, world.missionA.id, {
      contributor: 'NPL',
      strength: 4,
      women: 1,
    });
    await signInAll();
  });

  async function signInAll() {
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    hq = await signIn(t(), 'conduct-hq', password);
    fgo = await signIn(t(), 'fgo-hq', password);
  }

  /** A case against a contingent (contributor, unit); credible (under investigation) when asked. */
  const receive = async (contributor: string, unit: string, investigate = true) => {
    const input = allegation(t().clock.now().toISOString());
    input.subjects = [
      {
        personnelCategory: 'military_contingent',
        nationality: contributor,
        unit,
        count: 1,
        identity: null,
      },
    ];
    const c = (await officer.post('/api/conduct/cases', input)).body;
    expect(c.id, JSON.stringify(c)).toBeTruthy();
    if (!investigate) return c;
    const moved = await officer.post(`/api/conduct/cases/${c.id}/status`, {
      version: c.version,
      status: 'under_investigation',
      investigatingEntity: 'national',
    });
    expect(moved.status).toBe(200);
    return moved.body;
  };
  const pending = async (unit: string): Promise<Decision[]> =>
    (await hq.get('/api/conduct/measures?pendingDecisions=true')).body.items.filter(
      (d: Decision) => d.unit === unit,
    );
  const repatriationsOf = async (unitId: string) =>
    (await fgo.get(`/api/capabilities/repatriations?unitId=${unitId}`)).body.items;

  it('C3 (¶120): a pattern’s decision, taken at headquarters, sends the named unit home; once it has left it is no longer deployed', async () => {
    await receive('BGD', 'BANBAT-1');
    await receive('BGD', 'BANBAT-1');
    const [d] = await pending('BANBAT-1');
    expect(d).toMatchObject({ kind: 'repatriation', trigger: 'pattern', contributor: 'BGD' });
    // The choice offered: BGD's units in this mission, not its unit elsewhere nor NPL's.
    expect(d!.candidateUnits.map((u) => u.id).sort()).toEqual([units.bgd1, units.bgd2].sort());

    // The mission does not decide on its own contingents.
    const own = await officer.post(`/api/conduct/measures/${d!.id}/decision`, {
      version: d!.version,
      decision: 'repatriate',
      unitId: units.bgd1,
      reason: 'Pattern',
    });
    expect(own.status).toBe(403);

    const decide = (body: Record<string, unknown>) =>
      hq.post(`/api/conduct/measures/${d!.id}/decision`, {
        version: d!.version,
        decision: 'repatriate',
        reason: 'Two credible allegations in a month; the contributor informed',
        ...body,
      });
    const paths = async (body: Record<string, unknown>) =>
      (await decide(body)).body.error.details.map((x: { path: string }) => x.path);
    expect(await paths({})).toEqual(['unitId']); // which unit goes home is named
    expect(await paths({ unitId: units.npl })).toEqual(['unitId']); // another contributor's
    expect(await paths({ unitId: units.bgdInB })).toEqual(['unitId']); // in another mission
    expect(await paths({ unitId: units.bgd1, leaveBy: addDays(today(), -1) })).toEqual(['leaveBy']);
    expect(await paths({ decision: 'sanction', unitId: units.bgd1 })).toEqual(['decision']);

    const decided = await decide({ unitId: units.bgd1 });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect(decided.body).toMatchObject({
      status: 'decided',
      decision: 'repatriate',
      unitId: units.bgd1,
    });

    const [order] = await repatriationsOf(units.bgd1);
    expect(order).toMatchObject({
      status: 'ordered',
      basis: 'conduct_pattern',
      paragraph: '¶120',
      contributor: 'BGD',
      missionId: world.missionA.id,
      decidedOn: today(),
      leaveBy: addDays(today(), 90),
      overdue: false,
    });
    // Until it has left, the unit is still there.
    expect(
      (await fgo.get(`/api/capabilities/pledges/${units.bgd1}`)).body.deployment,
    ).toMatchObject({
      missionId: world.missionA.id,
    });

    // The mission's force generation officer sees it, but headquarters records the leaving.
    const missionFgo = await signIn(t(), world.users.force_generation_officer.username, password);
    expect(
      (await missionFgo.get(`/api/capabilities/repatriations?unitId=${units.bgd1}`)).body.items,
    ).toHaveLength(1);
    const fromMission = await missionFgo.post(
      `/api/capabilities/repatriations/${order.id}/completion`,
      {
        version: order.version,
        completedOn: today(),
      },
    );
    expect(fromMission.status).toBe(403);
    const ahead = await fgo.post(`/api/capabilities/repatriations/${order.id}/completion`, {
      version: order.version,
      completedOn: addDays(today(), 2),
    });
    expect(ahead.body.error.details[0]).toMatchObject({ path: 'completedOn', code: 'in_future' });

    t().clock.advance(hours(24 * 91));
    await signInAll();
    expect((await repatriationsOf(units.bgd1))[0]).toMatchObject({
      status: 'ordered',
      overdue: true,
    });
    const done = await fgo.post(`/api/capabilities/repatriations/${order.id}/completion`, {
      version: order.version,
      completedOn: today(),
    });
    expect(done.status, JSON.stringify(done.body)).toBe(200);
    expect(done.body).toMatchObject({ status: 'completed', completedOn: today(), overdue: false });
    expect((await fgo.get(`/api/capabilities/pledges/${units.bgd1}`)).body.deployment).toBeNull();
    const again = await fgo.post(`/api/capabilities/repatriations/${order.id}/completion`, {
      version: done.body.version,
      completedOn: today(),
    });
    expect(again.body.error.code).toBe('invalid_state');

    // On the contributor's record.
    const record = (await fgo.get('/api/capabilities/contributors/BGD')).body;
    expect(record.repatriations).toEqual([
      expect.objectContaining({
        unitId: units.bgd1,
        status: 'completed',
        basis: 'conduct_pattern',
      }),
    ]);
  });

  it('¶120 non-response: no answer from the contributor within 10 working days raises a repatriation decision, once', async () => {
    // The first test's two cases against BANBAT-1 were never answered either: 91 days on, the
    // sweep raises their decisions (one per case).
    expect(await sweepNonResponse(t().ctx)).toBe(2);
    const silent = await receive('BGD', 'BANBAT-7', false);
    const answered = await receive('NPL', 'NEPBATT-1', false);
    const staffOnly = allegation(t().clock.now().toISOString());
    staffOnly.subjects = [
      {
        personnelCategory: 'civilian_staff',
        nationality: null,
        unit: null,
        count: 1,
        identity: null,
      },
    ];
    const staffCase = (await officer.post('/api/conduct/cases', staffOnly)).body;
    const dueOn = addWorkingDays(today(), 10);
    expect(silent.contributorResponse).toEqual({
      dueOn,
      respondedOn: null,
      response: null,
      state: 'awaited',
    });
    expect(staffCase.contributorResponse).toBeNull();

    const respond = (c: { id: string; version: number }, respondedOn: string) =>
      officer.post(`/api/conduct/cases/${c.id}/contributor-response`, {
        version: c.version,
        response: 'nio_appointed',
        respondedOn,
      });
    const ahead = await respond(answered, addDays(today(), 3));
    expect(ahead.body.error.details[0]).toMatchObject({ path: 'respondedOn', code: 'in_future' });
    const before = await respond(answered, addDays(today(), -30));
    expect(before.body.error.details[0].path).toBe('respondedOn');
    const inTime = await respond(answered, today());
    expect(inTime.body.contributorResponse).toMatchObject({
      state: 'answered',
      response: 'nio_appointed',
    });
    const twice = await respond(inTime.body, today());
    expect(twice.body.error.code).toBe('invalid_state');
    expect(
      (
        await officer.post(`/api/conduct/cases/${staffCase.id}/contributor-response`, {
          version: staffCase.version,
          response: 'nio_appointed',
          respondedOn: today(),
        })
      ).body.error.code,
    ).toBe('invalid_state');

    // The day it is due, nothing yet; the day after, the sweep raises it whatever anyone does.
    t().clock.set(`${dueOn}T20:00:00.000Z`);
    expect(await sweepNonResponse(t().ctx)).toBe(0);
    t().clock.set(`${addDays(dueOn, 1)}T08:00:00.000Z`);
    expect(await sweepNonResponse(t().ctx)).toBe(1);
    expect(await sweepNonResponse(t().ctx)).toBe(0);
    await signInAll();
    const [d] = await pending('BANBAT-7');
    expect(d).toMatchObject({
      kind: 'repatriation',
      trigger: 'non_response',
      contributor: 'BGD',
      basis: { dueOn, workingDays: 10 },
    });
    expect(JSON.stringify(d)).not.toContain(silent.reference); // the decision names no case
    expect(await pending('NEPBATT-1')).toEqual([]);
    expect(
      (await officer.get(`/api/conduct/cases/${silent.id}`)).body.contributorResponse.state,
    ).toBe('overdue');

    // An answer recorded late is kept, and raises the decision at once.
    const late = await receive('BGD', 'BANBAT-8', false);
    t().clock.advance(hours(24 * 20));
    await signInAll();
    const lateAnswer = await respond(late, today());
    expect(lateAnswer.body.contributorResponse).toMatchObject({ state: 'answered_late' });
    expect(await pending('BANBAT-8')).toHaveLength(1);

    const decided = await hq.post(`/api/conduct/measures/${d!.id}/decision`, {
      version: d!.version,
      decision: 'repatriate',
      unitId: units.bgd2,
      reason: 'No national investigation officer appointed',
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(200);
    expect((await repatriationsOf(units.bgd2))[0]).toMatchObject({
      status: 'ordered',
      basis: 'conduct_non_response',
      paragraph: '¶120',
    });
    // A second decision against a unit already ordered home keeps the one order.
    const [second] = await pending('BANBAT-8');
    await hq.post(`/api/conduct/measures/${second!.id}/decision`, {
      version: second!.version,
      decision: 'repatriate',
      unitId: units.bgd2,
      reason: 'Late answer',
    });
    expect(await repatriationsOf(units.bgd2)).toHaveLength(1);
  });

  it('¶120 failure to act: a commander’s or the leadership’s inaction raises a sanction decision headquarters takes', async () => {
    await signInAll();
    const c = await receive('NPL', 'NEPBATT-2');
    const record = (body: Record<string, unknown>) =>
      officer.post(`/api/conduct/cases/${c.id}/failures-to-act`, {
        who: 'contingent_commander',
        contributor: 'NPL',
        unit: 'NEPBATT-2',
        knownOn: today(),
        what: 'Knew of the allegation for a week and did not report it',
        ...body,
      });
    expect((await record({ knownOn: addDays(today(), 2) })).body.error.details[0]).toMatchObject({
      path: 'knownOn',
      code: 'in_future',
    });
    expect((await record({ contributor: null })).body.error.details[0].path).toBe('contributor');
    const investigator = await signIn(t(), world.users.investigator.username, password);
    expect(
      (
        await investigator.post(`/api/conduct/cases/${c.id}/failures-to-act`, {
          who: 'mission_leadership',
          knownOn: today(),
          what: 'x',
        })
      ).status,
    ).toBe(403);

    const raised = await record({});
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    expect(raised.body).toMatchObject({
      kind: 'sanction',
      trigger: 'failure_to_act',
      status: 'pending_decision',
      caseId: null,
      basis: { who: 'contingent_commander', knownOn: today() },
    });
    const leadership = await record({ who: 'mission_leadership', contributor: null, unit: null });
    expect(leadership.status).toBe(201);

    const id = raised.body.id;
    const decide = (body: Record<string, unknown>) =>
      hq.post(`/api/conduct/measures/${id}/decision`, {
        version: raised.body.version,
        reason: 'The commander was told and did nothing',
        ...body,
      });
    expect(
      (
        await officer.post(`/api/conduct/measures/${id}/decision`, {
          version: 1,
          decision: 'no_sanction',
          reason: 'x',
        })
      ).status,
    ).toBe(403);
    expect(
      (await decide({ decision: 'repatriate', unitId: units.npl })).body.error.details[0].path,
    ).toBe('decision');
    expect((await decide({ decision: 'sanction' })).body.error.details[0].path).toBe('sanction');
    const decided = await decide({ decision: 'sanction', sanction: 'repatriation_of_commander' });
    expect(decided.body).toMatchObject({
      status: 'decided',
      decision: 'sanction',
      basis: { sanction: 'repatriation_of_commander', who: 'contingent_commander' },
    });
  });
});
