/**
 * K6 (¶62) through the API on both dialects: an MOU records the unit it covers and carries the
 * statement of unit requirements for it — of the unit's capability, one MOU per unit.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { hqForceGenerationOfficer, seedWorld, type World } from '../../../test/support/fixtures.js';
import type { Agent } from '../../../test/support/http.js';

eachDialect('memoranda of understanding (K6)', (t) => {
  let world: World;
  let fgo: Agent;
  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
  });

  it('K6: the MOU carries its statement of unit requirements; another capability or a second MOU is refused', async () => {
    const unit = (
      await fgo.post('/api/capabilities/pledges', {
        contributor: 'BGD',
        capability: 'level_2_hospital',
        strength: 68,
        women: 20,
        availableFrom: '2026-01-01',
      })
    ).body;
    const sur = (capability: string) =>
      fgo.post('/api/capabilities/requirements', {
        missionId: world.missionA.id,
        reference: `SUR-${capability}`,
        capability,
        strength: 68,
        tasks: ['level II medical care'],
        location: 'Bangui',
        deadline: '2026-09-30',
      });
    const hospital = (await sur('level_2_hospital')).body;
    const battalion = (await sur('infantry_battalion')).body;
    const mou = (requirementId: string, reference: string) =>
      fgo.post('/api/capabilities/mous', {
        reference,
        pledgeId: unit.id,
        requirementId,
        signedOn: '2026-02-01',
      });
    // Issue 16: a signature is of something that happened (the test clock reads 2026-03-01).
    const ahead = await fgo.post('/api/capabilities/mous', {
      reference: 'MOU-BGD-0',
      pledgeId: unit.id,
      requirementId: hospital.id,
      signedOn: '2026-04-01',
    });
    expect(ahead.body.error.details[0]).toMatchObject({ path: 'signedOn', code: 'in_future' });
    const wrong = await mou(battalion.id, 'MOU-BGD-1');
    expect(wrong.body.error.details[0].path).toBe('requirementId');
    const signed = await mou(hospital.id, 'MOU-BGD-1');
    expect(signed.status).toBe(201);
    expect(signed.body).toMatchObject({
      contributor: 'BGD',
      pledgeId: unit.id,
      requirement: { reference: 'SUR-level_2_hospital', location: 'Bangui' },
    });
    const second = await mou(hospital.id, 'MOU-BGD-2');
    expect(second.status).toBe(409);
    const listed = await fgo.get('/api/capabilities/mous');
    expect(listed.body.items.map((m: { reference: string }) => m.reference)).toEqual(['MOU-BGD-1']);
  });
});
