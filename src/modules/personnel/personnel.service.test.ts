/**
 * P1, P2, P5, P6 through the API on both dialects: a recruitment through its steps in order, its
 * candidate's name encrypted and shown only to human resources; the pipeline's days against ¶76;
 * fast-track refused outside the start-up measures (D6) and shown beside regular recruitments;
 * national staffing month by month against the plan; and the SEA e-learning: a uniformed person
 * without it blocks the unit's deployment, named, and is listed with the civilians without it.
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
import { pledgeUnit, readyRoster } from '../../../test/support/units.js';
import type { Pipeline, Recruitment } from './recruitment.schema.js';
import type { SeaTrainingGaps, Staffing } from './staffing.schema.js';

const day = 86_400_000;

eachDialect('personnel: recruitments, staffing, SEA training (P1, P2, P5, P6)', (t) => {
  let world: World;
  let hr: Agent;
  let planner: Agent;
  const dayOf = (offset: number) =>
    new Date(t().clock.now().getTime() + offset * day).toISOString().slice(0, 10);

  beforeAll(async () => {
    world = await seedWorld(t());
    hr = await signIn(t(), world.users.human_resources_officer.username, password);
    planner = await signIn(t(), world.users.planner.username, password);
  });

  const open = (reference: string, extra: object = {}) =>
    hr.post('/api/personnel/recruitments', {
      reference,
      post: 'Human rights officer',
      grade: 'P-3',
      category: 'international',
      source: 'roster',
      openedOn: dayOf(-200),
      ...extra,
    });

  it('P1: steps in order and dated in order; the candidate named only to human resources; the days against ¶76', async () => {
    const opened = await open('JO-1');
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    let r: Recruitment = opened.body;
    const step = async (s: string, offset: number, extra: object = {}) => {
      const res = await hr.post(`/api/personnel/recruitments/${r.id}/steps`, {
        version: r.version,
        step: s,
        on: dayOf(offset),
        ...extra,
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      r = res.body;
    };
    const skipped = await hr.post(`/api/personnel/recruitments/${r.id}/steps`, {
      version: r.version,
      step: 'offer',
      on: dayOf(-150),
    });
    expect(skipped.status).toBe(422);
    expect(skipped.body.error.message).toMatch(/offer comes after selection/);
    const tomorrow = await hr.post(`/api/personnel/recruitments/${r.id}/steps`, {
      version: r.version,
      step: 'selection',
      on: dayOf(2),
    });
    expect(tomorrow.status).toBe(400);
    await step('selection', -170, { candidate: 'Amina Diallo' });
    const backwards = await hr.post(`/api/personnel/recruitments/${r.id}/steps`, {
      version: r.version,
      step: 'offer',
      on: dayOf(-171),
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].path).toBe('on');
    for (const [s, offset] of [
      ['offer', -160],
      ['reference_checks', -110],
      ['medical_clearance', -90],
      ['security_clearance', -80],
      ['visa', -60],
      ['travel', -32],
      ['arrival', -30],
    ] as const)
      await step(s, offset);
    expect(r.candidate).toBe('Amina Diallo');
    expect(r.days).toMatchObject({ selection: 30, offer: 10, reference_checks: 50, arrival: 2 });
    expect(r.waiting).toBeNull();
    // Stored as ciphertext; the planner sees the recruitment, not the name.
    const stored = await t()
      .ctx.db.selectFrom('personnel_recruitments')
      .select('candidate')
      .execute();
    expect(stored.map((s) => s.candidate).join(' ')).not.toMatch(/Amina/);
    const seen = (await planner.get('/api/personnel/recruitments')).body.items as Recruitment[];
    expect(seen.find((x) => x.id === r.id)?.candidate).toBeNull();
    // A second one in progress, waiting on its reference checks.
    r = (await open('JO-2')).body;
    await step('selection', -100);
    await step('offer', -90);
    const pipeline: Pipeline = (await planner.get('/api/personnel/pipeline')).body;
    expect(pipeline.standard).toEqual({ totalDays: 180, afterOfferDays: 120 });
    const all = pipeline.groups.find((g) => g.category === 'all' && g.track === 'all')!;
    expect(all).toMatchObject({ recruitments: 2, arrived: 1 });
    expect(all.total).toMatchObject({ n: 1, median: 170 });
    expect(all.afterOffer).toMatchObject({ n: 1, median: 130 });
    expect(all.steps.selection).toMatchObject({ n: 2, median: 65 });
    expect(all.waiting.reference_checks).toMatchObject({ n: 1, median: 90 });
  });

  it('P2: fast-track refused outside the mission’s start-up measures; inside, shown beside the regular ones', async () => {
    const outside = await open('FT-0', { fastTrack: true, openedOn: dayOf(-40) });
    expect(outside.status).toBe(422);
    expect(outside.body.error.message).toMatch(/has had none recorded/);
    const mandate = await planner.post('/api/mandates', {
      resolution: '2552 (2020)',
      title: 'Start-up',
      adoptedOn: dayOf(-60),
      expiresOn: dayOf(300),
    });
    expect(mandate.status).toBe(201);
    const before = await open('FT-1', { fastTrack: true, openedOn: dayOf(-61) });
    expect(before.status).toBe(422);
    expect(before.body.error.details).toEqual([
      { path: 'fastTrack', message: `opened on ${dayOf(-61)}, outside the measures` },
    ]);
    const inside = await open('FT-2', { fastTrack: true, openedOn: dayOf(-40) });
    expect(inside.status, JSON.stringify(inside.body)).toBe(201);
    const pipeline: Pipeline = (await hr.get('/api/personnel/pipeline')).body;
    const tracks = pipeline.groups.filter((g) => g.category === 'all').map((g) => g.track);
    expect(tracks).toEqual(['all', 'regular', 'fast_track']);
    expect(
      pipeline.groups.find((g) => g.category === 'all' && g.track === 'fast_track'),
    ).toMatchObject({
      recruitments: 1,
    });
  });

  it('P5: national staffing month by month from the first, against the plan; no month to come', async () => {
    const month = dayOf(0).slice(0, 7);
    const plan = await hr.post('/api/personnel/staffing/plans', {
      category: 'community_liaison',
      fromMonth: '2014-04',
      planned: 20,
      plannedWomen: 10,
    });
    expect(plan.status, JSON.stringify(plan.body)).toBe(200);
    const counted = await hr.post('/api/personnel/staffing/counts', {
      month,
      category: 'community_liaison',
      women: 4,
      men: 12,
    });
    expect(counted.status).toBe(200);
    const staffing: Staffing = (await planner.get('/api/personnel/staffing')).body;
    expect(staffing.firstMonth).toBe('2014-04');
    const now = staffing.months.find(
      (m) => m.month === month && m.category === 'community_liaison',
    );
    expect(now).toMatchObject({ women: 4, men: 12, planned: 20, shortfall: 4, womenShare: 25 });
    expect(staffing.missing).toContainEqual({ month: '2014-04', category: 'community_liaison' });
    const future = await hr.post('/api/personnel/staffing/counts', {
      month: dayOf(40).slice(0, 7),
      category: 'community_liaison',
      women: 1,
      men: 1,
    });
    expect(future.status).toBe(400);
    const early = await hr.post('/api/personnel/staffing/counts', {
      month: '2014-03',
      category: 'national_professional',
      women: 1,
      men: 1,
    });
    expect(early.status).toBe(400);
    expect(early.body.error.details[0].path).toBe('month');
  });

  it('P6: a uniformed person without the SEA e-learning blocks the deployment, named; the untrained are listed', async () => {
    const fgo = await hqForceGenerationOfficer(t());
    const unit = await pledgeUnit(fgo, { contributor: 'RWA', strength: 3, women: 1 });
    await readyRoster(fgo, unit.id, 2, 'RW');
    await fgo.post(`/api/capabilities/pledges/${unit.id}/personnel`, {
      serviceNumber: 'RW-9',
      rank: 'Sergeant',
      name: 'Jean Habimana',
      certification: { course: 'CPTM', certifiedOn: '2026-01-10', authority: 'ITS' },
      screening: { screenedOn: '2026-01-12', outcome: 'cleared', screenedBy: 'OHCHR' },
    });
    const deploy = () =>
      fgo.post(`/api/capabilities/pledges/${unit.id}/deployment`, {
        version: unit.version,
        missionId: world.missionA.id,
        deployedOn: '2026-02-01',
      });
    const refused = await deploy();
    expect(refused.status).toBe(422);
    expect(refused.body.error.details).toEqual([
      {
        path: 'personnel.RW-9',
        message: 'no completed e-learning on sexual exploitation and abuse (¶124)',
      },
    ]);
    const people = (await fgo.get(`/api/capabilities/pledges/${unit.id}/personnel`)).body.items;
    const sergeant = people.find((p: { serviceNumber: string }) => p.serviceNumber === 'RW-9');
    expect(sergeant.missing).toEqual(['sea_training']);
    // Completed after the deployment day does not cover it.
    await fgo.post(`/api/capabilities/personnel/${sergeant.id}/sea-trainings`, {
      course: 'PSEA e-learning',
      completedOn: '2026-02-02',
    });
    expect((await deploy()).status).toBe(422);
    const early = await fgo.post(`/api/capabilities/personnel/${sergeant.id}/sea-trainings`, {
      course: 'PSEA e-learning',
      completedOn: '2026-01-20',
    });
    expect(early.status).toBe(201);
    expect((await deploy()).status).toBe(200);

    // A civilian on board without it is listed by name for HR, counted for the planner.
    let r: Recruitment = (
      await open('NS-1', { category: 'national_general_service', openedOn: dayOf(-50) })
    ).body;
    for (const [s, offset, extra] of [
      ['selection', -45, { candidate: 'Grâce Ndoumba' }],
      ['offer', -40, {}],
      ['reference_checks', -30, {}],
      ['medical_clearance', -25, {}],
      ['security_clearance', -20, {}],
      ['arrival', -10, {}],
    ] as const)
      r = (
        await hr.post(`/api/personnel/recruitments/${r.id}/steps`, {
          version: r.version,
          step: s,
          on: dayOf(offset),
          ...extra,
        })
      ).body;
    const gaps: SeaTrainingGaps = (await hr.get('/api/personnel/sea-training')).body;
    expect(gaps.civilians.people.map((p) => p.name)).toContain('Grâce Ndoumba');
    expect(gaps.uniformed.deployedUnits).toBeGreaterThanOrEqual(1);
    const counted: SeaTrainingGaps = (await planner.get('/api/personnel/sea-training')).body;
    expect(counted.civilians.people.every((p) => p.name === null)).toBe(true);
    const trained = await hr.post(`/api/personnel/recruitments/${r.id}/sea-training`, {
      version: r.version,
      completedOn: dayOf(-5),
    });
    expect(trained.status).toBe(200);
    const after: SeaTrainingGaps = (await hr.get('/api/personnel/sea-training')).body;
    expect(after.civilians.untrained).toBe(gaps.civilians.untrained - 1);
  });
});
