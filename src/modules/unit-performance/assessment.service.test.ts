/**
 * K7 (¶97) through the API on both dialects: a deployed unit is assessed in its mission against
 * task-based standards; a deficiency opens a remedial plan with a due date, overdue once past it;
 * trends per unit and per contributor.
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
import { deployedUnit, pledgeUnit } from '../../../test/support/units.js';

eachDialect('unit performance (K7)', (t) => {
  let world: World;
  let fgo: Agent;
  let staff: Agent;
  let unit: string;

  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
    staff = await signIn(t(), 'staff-officer-a', password);
    unit = await deployedUnit(fgo, world.missionA.id, { contributor: 'RWA' });
  });

  const assessment = (assessedOn: string, ratings: string[]) => ({
    assessedOn,
    assessor: 'Force HQ evaluation team',
    standards: ratings.map((rating, i) => ({
      standard: ['Protection of civilians', 'Patrolling', 'Force protection'][i],
      rating,
      evidence: 'observed on patrol',
    })),
  });

  it('K7: a deficiency opens a remedial plan with its due date; overdue once past it', async () => {
    const res = await staff.post(
      `/api/capabilities/pledges/${unit}/assessments`,
      assessment('2026-02-01', ['meets', 'partially_meets', 'exceeds']),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const [a] = res.body.items;
    expect(a).toMatchObject({
      score: 3,
      result: 'needs_improvement',
      recordedBy: 'staff-officer-a',
    });
    expect(a.remedialPlan).toMatchObject({
      deficiencies: ['Patrolling'],
      dueOn: '2026-05-02',
      status: 'open',
      contributor: 'RWA',
    });
    const open = await fgo.get('/api/capabilities/remedial-plans');
    expect(open.body.items.map((p: { id: string }) => p.id)).toEqual([a.remedialPlan.id]);

    t().clock.set(new Date('2026-05-03T09:00:00Z'));
    const later = await signIn(t(), 'fgo-hq', password);
    const overdue = await later.get('/api/capabilities/remedial-plans');
    expect(overdue.body.items[0].status).toBe('overdue');
    t().clock.set(new Date('2026-03-01T09:00:00Z'));
    fgo = await signIn(t(), 'fgo-hq', password);
    staff = await signIn(t(), 'staff-officer-a', password);
  });

  it('K7: closing a plan is done in the mission, once, with the current version', async () => {
    const [a] = (await staff.get(`/api/capabilities/pledges/${unit}/assessments`)).body.items;
    const plan = a.remedialPlan;
    const byHq = await fgo.post(`/api/capabilities/remedial-plans/${plan.id}/close`, {
      version: plan.version,
      closedOn: '2026-02-20',
      outcome: 'remedied',
      note: 'night patrols resumed',
    });
    expect(byHq.status).toBe(403);
    const closed = await staff.post(`/api/capabilities/remedial-plans/${plan.id}/close`, {
      version: plan.version,
      closedOn: '2026-02-20',
      outcome: 'remedied',
      note: 'night patrols resumed',
    });
    expect(closed.body).toMatchObject({ status: 'remedied', closedBy: 'staff-officer-a' });
    const again = await staff.post(`/api/capabilities/remedial-plans/${plan.id}/close`, {
      version: plan.version,
      closedOn: '2026-02-21',
      outcome: 'not_remedied',
      note: 'second try',
    });
    expect(again.body.error.code).toBe('conflict');
  });

  it('K7: a unit not deployed is not assessed; nor before its deployment, nor by another mission', async () => {
    const pledged = await pledgeUnit(fgo, { contributor: 'NPL' });
    const notDeployed = await staff.post(
      `/api/capabilities/pledges/${pledged.id}/assessments`,
      assessment('2026-02-01', ['meets']),
    );
    expect(notDeployed.body.error.code).toBe('invalid_state');
    const early = await staff.post(
      `/api/capabilities/pledges/${unit}/assessments`,
      assessment('2026-01-10', ['meets']),
    );
    expect(early.body.error.details[0].path).toBe('assessedOn');
    const elsewhere = await deployedUnit(fgo, world.missionB.id, { contributor: 'PAK' });
    const outside = await staff.post(
      `/api/capabilities/pledges/${elsewhere}/assessments`,
      assessment('2026-02-01', ['meets']),
    );
    expect(outside.status).toBe(404);
  });

  it('K7: trends per unit and per contributor, quarter by quarter', async () => {
    const second = await deployedUnit(fgo, world.missionA.id, { contributor: 'RWA' });
    await staff.post(
      `/api/capabilities/pledges/${second}/assessments`,
      assessment('2026-02-10', ['does_not_meet', 'meets']),
    );
    await staff.post(
      `/api/capabilities/pledges/${unit}/assessments`,
      assessment('2026-02-25', ['exceeds', 'exceeds', 'meets']),
    );
    const perf = (await fgo.get('/api/capabilities/contributors/rwa/performance')).body;
    // Q1: the first unit's latest is 3.67 (as shown), the second's 2 → 2.835 → 2.84 over 2 units.
    expect(perf.trend).toEqual([{ quarter: '2026-Q1', units: 2, score: 2.84 }]);
    expect(perf.units.find((u: { unitId: string }) => u.unitId === unit).assessments).toEqual([
      { assessedOn: '2026-02-01', score: 3, result: 'needs_improvement' },
      { assessedOn: '2026-02-25', score: 3.67, result: 'satisfactory' },
    ]);
    expect(perf.plans.map((p: { status: string }) => p.status).sort()).toEqual([
      'open',
      'remedied',
    ]);
  });
});
