/**
 * K3 (¶100, ¶126) through the API on both dialects: a unit's people, their certifications and
 * screenings; from 2016 the unit deploys only when everyone is certified and cleared, and the
 * refusal names who misses what; from June 2016 the SEA e-learning is owed too (P6, ¶124). Names
 * are encrypted at rest.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { hqForceGenerationOfficer, seedWorld, type World } from '../../../test/support/fixtures.js';
import type { Agent } from '../../../test/support/http.js';
import { seaTraining } from '../../../test/support/units.js';

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
    await fgo.post(`/api/capabilities/personnel/${sita!.id}/sea-trainings`, seaTraining);
    const listed = await fgo.get(`/api/capabilities/pledges/${p.id}/personnel`);
    expect(
      listed.body.items.map((x: { serviceNumber: string; missing: string[] }) => [
        x.serviceNumber,
        x.missing,
      ]),
    ).toEqual([
      ['NP-100', []],
      ['NP-101', ['certification', 'cleared_screening', 'sea_training']],
    ]);
    const refused = await deploy(p.version);
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toBe('1 of 2 people are not ready to deploy (¶100, ¶126)');
    expect(refused.body.error.details).toEqual([
      {
        path: 'personnel.NP-101',
        message:
          'no predeployment training certification; a human-rights screening that did not clear them; no completed e-learning on sexual exploitation and abuse (¶124)',
      },
    ]);

    await fgo.post(`/api/capabilities/personnel/${ram!.id}/sea-trainings`, seaTraining);
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

  it('issue 16: no date or late arrival walks around K3 — history, the future, an uncertified person joining after deployment', async () => {
    // The test clock reads 2026-03-01T08:00Z.
    const p = (
      await fgo.post('/api/capabilities/pledges', {
        contributor: 'NPL',
        capability: 'engineering_company',
        strength: 1,
        women: 0,
        availableFrom: '2026-01-01',
      })
    ).body;
    const deploy = (deployedOn: string) =>
      fgo.post(`/api/capabilities/pledges/${p.id}/deployment`, {
        version: p.version,
        missionId: world.missionA.id,
        deployedOn,
      });
    const noOne = await deploy('2015-12-31');
    expect(noOne.status).toBe(400);
    expect(noOne.body.error.details).toEqual([
      {
        path: 'deployedOn',
        message: expect.stringMatching(/before 1 January 2016, when K3 began/),
      },
    ]);
    const certification = {
      course: 'UN core predeployment training',
      certifiedOn: '2026-01-05',
      authority: 'BPOTC',
    };
    const screening = { screenedOn: '2026-01-06', outcome: 'cleared', screenedBy: 'OHCHR' };
    const sea = { seaTraining };
    // Dates of things that happened are not in the future (allowed: today in UTC+14).
    const future = await fgo.post(`/api/capabilities/pledges/${p.id}/personnel`, {
      serviceNumber: 'NP-200',
      rank: 'Captain',
      name: 'Maya Rai',
      certification: { ...certification, certifiedOn: '2026-03-03' },
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details).toEqual([
      expect.objectContaining({ path: 'certification.certifiedOn', code: 'in_future' }),
    ]);
    const added = await fgo.post(`/api/capabilities/pledges/${p.id}/personnel`, {
      serviceNumber: 'NP-200',
      rank: 'Captain',
      name: 'Maya Rai',
      certification,
      screening,
      ...sea,
    });
    expect(added.status).toBe(201);
    const later = await fgo.post(
      `/api/capabilities/personnel/${added.body.items[0].id}/screenings`,
      {
        ...screening,
        screenedOn: '2026-03-01',
      },
    );
    expect(later.status).toBe(201); // today
    const tomorrow = await fgo.post(
      `/api/capabilities/personnel/${added.body.items[0].id}/screenings`,
      {
        ...screening,
        screenedOn: '2026-03-02',
      },
    );
    expect(tomorrow.status).toBe(400); // at 08:00Z it is 22:00 in UTC+14: still the 1st
    expect((await deploy('2026-03-03')).status).toBe(400);
    const deployed = await deploy('2026-02-20');
    expect(deployed.status, JSON.stringify(deployed.body)).toBe(200);

    // After deployment a person joins only certified and cleared, both given with them.
    const bare = await fgo.post(`/api/capabilities/pledges/${p.id}/personnel`, {
      serviceNumber: 'NP-201',
      rank: 'Sergeant',
      name: 'Hari Tamang',
    });
    expect(bare.status).toBe(422);
    expect(bare.body.error.message).toMatch(
      /deployed on 2026-02-20: a person joins it certified, cleared by a human-rights screening and trained/,
    );
    expect(bare.body.error.details.map((d: { path: string }) => d.path)).toEqual([
      'certification',
      'screening',
      'seaTraining',
    ]);
    const notCleared = await fgo.post(`/api/capabilities/pledges/${p.id}/personnel`, {
      serviceNumber: 'NP-201',
      rank: 'Sergeant',
      name: 'Hari Tamang',
      certification,
      screening: { ...screening, outcome: 'not_cleared' },
      ...sea,
    });
    expect(notCleared.status).toBe(422);
    const joined = await fgo.post(`/api/capabilities/pledges/${p.id}/personnel`, {
      serviceNumber: 'NP-201',
      rank: 'Sergeant',
      name: 'Hari Tamang',
      certification,
      screening,
      ...sea,
    });
    expect(joined.status).toBe(201);
    expect(
      joined.body.items.map((x: { serviceNumber: string; missing: string[] }) => x.missing),
    ).toEqual([[], []]);
  });

  it('the nominal roll at once: 850 people, all or nothing, problems named by position; then the battalion deploys', async () => {
    const p = (
      await fgo.post('/api/capabilities/pledges', {
        contributor: 'GHA',
        capability: 'infantry_battalion',
        strength: 850,
        women: 120,
        availableFrom: '2026-01-01',
      })
    ).body;
    const person = (i: number) => ({
      serviceNumber: `GH-${i}`,
      rank: 'Private',
      name: `Soldier ${i}`,
      certification: { course: 'UN CPTM', certifiedOn: '2026-01-10', authority: 'KAIPTC' },
      screening: { screenedOn: '2026-01-12', outcome: 'cleared', screenedBy: 'OHCHR' },
      seaTraining,
    });
    const roll = Array.from({ length: 850 }, (_, i) => person(i + 1));
    const count = async () =>
      (await fgo.get(`/api/capabilities/pledges/${p.id}/personnel`)).body.items.length;
    const twice = await fgo.post(`/api/capabilities/pledges/${p.id}/personnel/roster`, {
      people: [...roll.slice(0, 10), person(3)],
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.details).toEqual([
      { path: 'people.10.serviceNumber', message: 'already in the unit' },
    ]);
    const ahead = await fgo.post(`/api/capabilities/pledges/${p.id}/personnel/roster`, {
      people: [
        person(1),
        { ...person(2), screening: { ...person(2).screening, screenedOn: '2026-03-05' } },
      ],
    });
    expect(ahead.status).toBe(400);
    expect(ahead.body.error.details[0]).toMatchObject({ path: 'people.1.screening.screenedOn' });
    expect(await count()).toBe(0);
    const added = await fgo.post(`/api/capabilities/pledges/${p.id}/personnel/roster`, {
      people: roll,
    });
    expect(added.status).toBe(201);
    expect(added.body.items).toHaveLength(850);
    const deployed = await fgo.post(`/api/capabilities/pledges/${p.id}/deployment`, {
      version: p.version,
      missionId: world.missionA.id,
      deployedOn: '2026-02-01',
    });
    expect(deployed.status, JSON.stringify(deployed.body).slice(0, 300)).toBe(200);
    // Names are ciphertext at rest, the roll's as the single person's.
    const stored = await t()
      .ctx.db.selectFrom('unit_personnel')
      .select('name')
      .where('pledge_id', '=', p.id)
      .execute();
    expect(stored.some((r) => r.name.includes('Soldier'))).toBe(false);
  });
});
