/**
 * K2 (¶98) through the API on both dialects: caveats are declared before deployment in a
 * structured form; after deployment a new caveat is refused and the attempt kept as an incident of
 * the unit. K4 (¶127) at deployment: a contributor not accepted or suspended cannot deploy.
 */
import { readyRoster, seaTraining } from '../../../test/support/units.js';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { seedWorld, type World, hqForceGenerationOfficer } from '../../../test/support/fixtures.js';
import { type Agent } from '../../../test/support/http.js';

eachDialect('caveats and deployment (K2)', (t) => {
  let world: World;
  let fgo: Agent;
  const pledge = (contributor: string) => ({
    contributor,
    capability: 'formed_police_unit',
    strength: 140,
    women: 22,
    availableFrom: '2026-01-01',
  });
  const night = {
    task: 'night_operations',
    geography: 'outside Bangui',
    time: 'between 19:00 and 06:00',
    conditions: 'without national approval',
    text: 'The unit does not patrol at night outside Bangui without approval from its capital.',
  };

  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
  });

  it('K2: caveats declared during negotiation, structured; after deployment a new one is refused and recorded as an incident of the unit', async () => {
    const p = (await fgo.post('/api/capabilities/pledges', pledge('SEN'))).body;
    const declared = await fgo.post(`/api/capabilities/pledges/${p.id}/caveats`, night);
    expect(declared.status).toBe(201);
    expect(declared.body.caveats).toEqual([
      expect.objectContaining({
        task: 'night_operations',
        geography: 'outside Bangui',
        declaredBy: 'fgo-hq',
      }),
    ]);
    const vague = await fgo.post(`/api/capabilities/pledges/${p.id}/caveats`, {
      task: 'other',
      text: '',
    });
    expect(vague.body.error.details[0].path).toBe('text');

    // K3: its people are certified and screened — every one of the 140 — so the unit may deploy.
    await readyRoster(fgo, p.id, 139, 'FPU');
    const people = await fgo.post(`/api/capabilities/pledges/${p.id}/personnel`, {
      serviceNumber: 'SN-1',
      rank: 'Captain',
      name: 'Awa Diop',
    });
    const personId = people.body.items.find(
      (x: { serviceNumber: string }) => x.serviceNumber === 'SN-1',
    ).id;
    await fgo.post(`/api/capabilities/personnel/${personId}/certifications`, {
      course: 'UN core predeployment training',
      certifiedOn: '2026-01-10',
      authority: 'ITS',
    });
    await fgo.post(`/api/capabilities/personnel/${personId}/screenings`, {
      screenedOn: '2026-01-12',
      outcome: 'cleared',
      screenedBy: 'OHCHR',
    });
    await fgo.post(`/api/capabilities/personnel/${personId}/sea-trainings`, seaTraining);
    const deployed = await fgo.post(`/api/capabilities/pledges/${p.id}/deployment`, {
      version: declared.body.version,
      missionId: world.missionA.id,
      deployedOn: '2026-02-15',
    });
    expect(deployed.body.deployment).toEqual({
      missionId: world.missionA.id,
      deployedOn: '2026-02-15',
    });

    const late = await fgo.post(`/api/capabilities/pledges/${p.id}/caveats`, {
      ...night,
      task: 'crowd_control',
      text: 'No crowd control during elections.',
    });
    expect(late.status).toBe(422);
    expect(late.body.error).toMatchObject({
      code: 'invalid_state',
      message: expect.stringMatching(/frozen since the unit deployed on 2026-02-15.*¶98/),
    });
    const after = (await fgo.get(`/api/capabilities/pledges/${p.id}`)).body;
    expect(after.caveats).toHaveLength(1);
    expect(after.incidents).toEqual([
      expect.objectContaining({
        kind: 'caveat_after_deployment',
        by: 'fgo-hq',
        detail: expect.objectContaining({
          caveat: expect.objectContaining({ task: 'crowd_control' }),
        }),
      }),
    ]);
    const denied = await t()
      .ctx.db.selectFrom('audit_entries')
      .select(['action', 'outcome'])
      .where('record_id', '=', p.id)
      .where('outcome', '=', 'denied')
      .execute();
    expect(denied).toEqual([{ action: 'capabilities.caveat.declare', outcome: 'denied' }]);
    const twice = await fgo.post(`/api/capabilities/pledges/${p.id}/deployment`, {
      version: after.version,
      missionId: world.missionA.id,
      deployedOn: '2026-03-01',
    });
    expect(twice.body.error.code).toBe('invalid_state');
  });

  it('K4 at deployment: a suspended contributor cannot deploy, and is told why', async () => {
    await fgo.post('/api/capabilities/contributors/MLI/listings', {
      kind: 'crsv',
      year: 2026,
      parties: 'National armed forces',
      source: 'S/2026/000',
    });
    const p = (await fgo.post('/api/capabilities/pledges', pledge('MLI'))).body;
    const refused = await fgo.post(`/api/capabilities/pledges/${p.id}/deployment`, {
      version: p.version,
      missionId: world.missionA.id,
      deployedOn: '2026-02-15',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toMatch(
      /Mali cannot deploy: listed in the 2026 report on conflict-related sexual violence and without an action plan/,
    );
  });
});
