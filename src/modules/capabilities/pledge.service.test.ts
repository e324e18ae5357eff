/**
 * K1 (¶86–87) and K6 (¶62) through the API on both dialects: a pledge starts at level 1 and climbs
 * only with its evidence — a passed assessment and advisory visit, alignment with a statement of
 * unit requirements of its capability, a verification of deployment within 60 days — and falls
 * back with the reason in its history; a visit that has run out counts as level 1.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import {
  password,
  seedWorld,
  type World,
  hqForceGenerationOfficer,
} from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';

eachDialect('pledges and readiness (K1, K6)', (t) => {
  let world: World;
  let fgo: Agent;
  const pledge = {
    contributor: 'rwa',
    capability: 'infantry_battalion',
    strength: 850,
    women: 64,
    majorEquipment: [{ item: 'Armoured personnel carrier', quantity: 12 }],
    selfSustainment: ['catering', 'accommodation', 'medical level 1'],
    availableFrom: '2026-06-01',
  };
  const requirement = (capability: string) => ({
    missionId: world.missionA.id,
    reference: `SUR-${capability}`,
    capability,
    strength: 850,
    tasks: ['protection of civilians', 'patrolling'],
    standards: ['UN Infantry Battalion Manual'],
    location: 'Bambari',
    deadline: '2026-12-31',
  });

  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
  });

  it('K1: a pledge starts at level 1; bad input is named by field', async () => {
    const made = await fgo.post('/api/capabilities/pledges', pledge);
    expect(made.status).toBe(201);
    expect(made.body).toMatchObject({
      contributor: 'RWA',
      contributorName: 'Rwanda',
      level: '1',
      history: [{ change: 'pledged', levelTo: '1', actor: 'fgo-hq' }],
    });
    const tooMany = await fgo.post('/api/capabilities/pledges', { ...pledge, women: 900 });
    expect(tooMany.body.error.details[0].path).toBe('women');
    const nowhere = await fgo.post('/api/capabilities/pledges', { ...pledge, contributor: 'XXX' });
    expect(nowhere.body.error.details[0].path).toBe('contributor');
  });

  it('K1: level 2 by a passed visit, 3 by alignment with a SUR of its capability, rapid deployment within 60 days; no step skipped', async () => {
    const p = (await fgo.post('/api/capabilities/pledges', pledge)).body;
    const step = (version: number, evidence: object) =>
      fgo.post(`/api/capabilities/pledges/${p.id}/evidence`, { version, evidence });
    const sur = (
      await fgo.post('/api/capabilities/requirements', requirement('infantry_battalion'))
    ).body;
    const otherSur = (
      await fgo.post('/api/capabilities/requirements', requirement('level_2_hospital'))
    ).body;

    // Issue 16: evidence of the future is refused (the test clock reads 2026-03-01).
    const ahead = await step(1, {
      kind: 'assessment_visit',
      visitedOn: '2026-03-05',
      reportReference: 'AAV-AHEAD',
      passed: true,
    });
    expect(ahead.status).toBe(400);
    expect(ahead.body.error.details).toEqual([
      expect.objectContaining({ path: 'evidence.visitedOn', code: 'in_future' }),
    ]);
    const early = await step(1, {
      kind: 'sur_alignment',
      requirementId: sur.id,
      alignedOn: '2026-02-20',
    });
    expect(early.status).toBe(422);
    expect(early.body.error).toMatchObject({
      code: 'invalid_state',
      message: expect.stringMatching(/needs level 2 first/),
    });

    const two = await step(1, {
      kind: 'assessment_visit',
      visitedOn: '2026-02-01',
      reportReference: 'AAV-RWA-2026-01',
      passed: true,
    });
    expect(two.body).toMatchObject({ level: '2', visitValidUntil: '2029-02-01' });
    const wrongSur = await step(2, {
      kind: 'sur_alignment',
      requirementId: otherSur.id,
      alignedOn: '2026-02-20',
    });
    expect(wrongSur.body.error.details[0].path).toBe('evidence.requirementId');
    const three = await step(2, {
      kind: 'sur_alignment',
      requirementId: sur.id,
      alignedOn: '2026-02-20',
    });
    expect(three.body.level).toBe('3');
    const slow = await step(3, {
      kind: 'rdl_verification',
      verifiedOn: '2026-02-25',
      daysToDeploy: 75,
      passed: true,
    });
    expect(slow.body).toMatchObject({
      level: '3',
      history: expect.arrayContaining([
        expect.objectContaining({ change: 'kept', reason: expect.stringMatching(/75 days/) }),
      ]),
    });
    const rdl = await step(4, {
      kind: 'rdl_verification',
      verifiedOn: '2026-02-26',
      daysToDeploy: 45,
      passed: true,
    });
    expect(rdl.body.level).toBe('rdl');
    const stale = await step(4, {
      kind: 'rdl_verification',
      verifiedOn: '2026-02-27',
      daysToDeploy: 45,
      passed: false,
    });
    expect(stale.status).toBe(409);
    const failed = await step(5, {
      kind: 'rdl_verification',
      verifiedOn: '2026-02-27',
      daysToDeploy: 45,
      passed: false,
    });
    expect(failed.body.level).toBe('3');
    expect(
      failed.body.history.map(
        (h: { change: string; levelTo: string }) => `${h.change}:${h.levelTo}`,
      ),
    ).toEqual(['pledged:1', 'reached:2', 'reached:3', 'kept:3', 'reached:rdl', 'lost:3']);
    const audited = await t()
      .ctx.db.selectFrom('audit_entries')
      .select('action')
      .where('record_id', '=', p.id)
      .execute();
    expect(audited.map((a) => a.action)).toContain('capabilities.pledge.lost');
  });

  it('K1: once the visit has run out the pledge counts as level 1, whatever was recorded', async () => {
    const p = (await fgo.post('/api/capabilities/pledges', pledge)).body;
    await fgo.post(`/api/capabilities/pledges/${p.id}/evidence`, {
      version: 1,
      evidence: {
        kind: 'assessment_visit',
        visitedOn: '2026-02-01',
        reportReference: 'AAV-RWA-2026-02',
        passed: true,
      },
    });
    t().clock.set('2029-03-01T08:00:00Z');
    const again = await signIn(t(), 'fgo-hq', password);
    const later = await again.get(`/api/capabilities/pledges/${p.id}`);
    expect(later.body).toMatchObject({
      level: '1',
      recordedLevel: '2',
      visitExpiredOn: '2029-02-01',
    });
    const list = await again.get('/api/capabilities/pledges?contributor=RWA');
    expect(list.body.items.find((x: { id: string }) => x.id === p.id).level).toBe('1');
    t().clock.set('2026-03-01T08:00:00Z');
  });
});
