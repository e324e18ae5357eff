/**
 * K3 (¶100, ¶126) through the API on both dialects: a unit's people, their certifications and
 * screenings; from 2016 the unit deploys only when everyone is certified and cleared, and the
 * refusal names who misses what. Names are encrypted at rest.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { hqForceGenerationOfficer, seedWorld, type World } from '../../../test/support/fixtures.js';
import type { Agent } from '../../../test/support/http.js';

eachDialect('unit personnel, certification and screening (K3)', (t) => {
  let world: World;
  let fgo: Agent;
  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
  });

  it('K3: no deployment without people; then exactly who misses what; then, all ready, it deploys', async () => {
    const p = (
      await fgo.post('/api/capabilities/pledges', {
        contributor: 'NPL',
        capability: 'engineering_company',
        strength: 2,
        women: 1,
        availableFrom: '2026-01-01',
      })
    ).body;
    const deploy = (version: number) =>
      fgo.post(`/api/capabilities/pledges/${p.id}/deployment`, {
        version,
        missionId: world.missionA.id,
        deployedOn: '2026-02-15',
      });
    const empty = await deploy(p.version);
    expect(empty.body.error).toMatchObject({
      code: 'invalid_state',
      message: expect.stringMatching(/no personnel recorded/),
    });

    const add = (serviceNumber: string, name: string) =>
      fgo.post(`/api/capabilities/pledges/${p.id}/personnel`, {
        serviceNumber,
        rank: 'Sergeant',
        name,
      });
    await add('NP-100', 'Sita Gurung');
    const both = (await add('NP-101', 'Ram Thapa')).body.items as {
      id: string;
      serviceNumber: string;
    }[];
    const dup = await add('NP-100', 'Someone Else');
    expect(dup.status).toBe(409);
    const [sita, ram] = both;
    await fgo.post(`/api/capabilities/personnel/${sita!.id}/certifications`, {
      course: 'UN core predeployment training',
      certifiedOn: '2026-01-05',
      authority: 'Nepal Army Birendra Peace Operations Training Centre',
    });
    await fgo.post(`/api/capabilities/personnel/${sita!.id}/screenings`, {
      screenedOn: '2026-01-06',
      outcome: 'cleared',
      screenedBy: 'OHCHR',
    });
    await fgo.post(`/api/capabilities/personnel/${ram!.id}/screenings`, {
      screenedOn: '2026-01-06',
      outcome: 'not_cleared',
      screenedBy: 'OHCHR',
    });
    const listed = await fgo.get(`/api/capabilities/pledges/${p.id}/personnel`);
    expect(
      listed.body.items.map((x: { serviceNumber: string; missing: string[] }) => [
        x.serviceNumber,
        x.missing,
      ]),
    ).toEqual([
      ['NP-100', []],
      ['NP-101', ['certification', 'cleared_screening']],
    ]);
    const refused = await deploy(p.version);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe('1 of 2 people are not ready to deploy (¶100, ¶126)');
    expect(refused.body.error.details).toEqual([
      {
        path: 'personnel.NP-101',
        message:
          'no predeployment training certification; a human-rights screening that did not clear them',
      },
    ]);

    await fgo.post(`/api/capabilities/personnel/${ram!.id}/certifications`, {
      course: 'UN core predeployment training',
      certifiedOn: '2026-01-20',
      authority: 'Nepal Army Birendra Peace Operations Training Centre',
    });
    await fgo.post(`/api/capabilities/personnel/${ram!.id}/screenings`, {
      screenedOn: '2026-01-25',
      outcome: 'cleared',
      screenedBy: 'OHCHR',
    });
    const deployed = await deploy(p.version);
    expect(deployed.status).toBe(200);
    expect(deployed.body.deployment.deployedOn).toBe('2026-02-15');

    const stored = await t().ctx.db.selectFrom('unit_personnel').select('name').execute();
    expect(stored.map((s) => s.name).join(' ')).not.toMatch(/Sita|Ram Thapa/);
  });
});
