/**
 * K5 through the API on both dialects: a force generation officer takes a statement of unit
 * requirements to a ranked, explained shortlist; every excluded pledge says which rule excluded
 * it; selecting a ranked unit starts its deployment tracking (K9), whose arrival step deploys it.
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
import {
  pledgeUnit,
  raiseTo,
  readyPerson,
  readyRoster,
  requirementFor,
} from '../../../test/support/units.js';

eachDialect('force selection (K5) and deployment tracking (K9)', (t) => {
  let world: World;
  let fgo: Agent;
  let sur: { id: string; reference: string };
  const units: Record<string, string> = {};
  const equipped = {
    majorEquipment: [{ item: 'Armoured personnel carrier', quantity: 12 }],
    selfSustainment: ['catering', 'accommodation'],
  };

  beforeAll(async () => {
    world = await seedWorld(t());
    fgo = await hqForceGenerationOfficer(t());
    sur = await requirementFor(fgo, world.missionA.id);
    const ready = async (
      name: string,
      contributor: string,
      level: '2' | '3' | 'rdl' | '1',
      extra = {},
    ) => {
      const u = await pledgeUnit(fgo, { contributor, women: 130, ...equipped, ...extra });
      if (level !== '1') await raiseTo(fgo, u, level, sur.id, 40);
      await readyPerson(fgo, u.id);
      units[name] = u.id;
      return u;
    };
    await ready('rapid', 'RWA', 'rdl');
    await ready('three', 'BGD', '3');
    await ready('listed', 'NER', '3');
    for (const year of [2025, 2026])
      await fgo.post('/api/capabilities/contributors/NER/listings', {
        kind: 'caac',
        year,
        parties: 'Armed forces',
        source: `S/${year}/1`,
      });
    await ready('one', 'NPL', '1');
    const cav = await ready('caveat', 'URY', '2');
    await fgo.post(`/api/capabilities/pledges/${cav.id}/caveats`, {
      task: 'protection_of_civilians',
      text: 'Protects civilians only inside the base perimeter.',
    });
    const untrained = await pledgeUnit(fgo, { contributor: 'IND', ...equipped });
    await raiseTo(fgo, untrained, '2', sur.id);
    await fgo.post(`/api/capabilities/pledges/${untrained.id}/personnel`, {
      serviceNumber: 'IN-7',
      rank: 'Major',
      name: 'A. Kumar',
    });
    units.untrained = untrained.id;
    units.hospital = (
      await pledgeUnit(fgo, { contributor: 'CHN', capability: 'level_2_hospital' })
    ).id;
  });

  it('K5: the eligible pledges ranked with points per factor, each explained', async () => {
    const res = await fgo.get(`/api/capabilities/requirements/${sur.id}/selection`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(
      res.body.ranked.map((r: { unit: { contributor: string } }) => r.unit.contributor),
    ).toEqual(['RWA', 'BGD']);
    const [first] = res.body.ranked;
    expect(first.factors[0]).toEqual({
      factor: 'readiness',
      points: 30,
      max: 30,
      text: 'rapid deployment level, verified to deploy in 40 days',
      said: { key: 'readiness.rdl', params: { days: 40 } },
    });
    expect(first.factors[1].text).toBe('could arrive by 2026-04-10, 81 days before the deadline');
    expect(first.factors[2].text).toBe('meets all 3 items of equipment and self-sustainment');
    expect(first.score).toBe(30 + 20 + 20 + 15 + 7.5);
  });

  it('K5: every excluded pledge with the rule that excluded it; other capabilities are not candidates', async () => {
    const res = await fgo.get(`/api/capabilities/requirements/${sur.id}/selection`);
    const why = Object.fromEntries(
      res.body.excluded.map((e: { unit: { contributor: string }; rules: { rule: string }[] }) => [
        e.unit.contributor,
        e.rules.map((r) => r.rule),
      ]),
    );
    expect(why).toEqual({
      NER: ['not_accepted'],
      NPL: ['level'],
      URY: ['caveat'],
      IND: ['personnel'],
    });
    const ner = res.body.excluded.find(
      (e: { unit: { contributor: string } }) => e.unit.contributor === 'NER',
    );
    expect(ner.rules[0].text).toMatch(
      /^Niger is not accepted: listed in 2 of the last 3 annual reports/,
    );
    const ind = res.body.excluded.find(
      (e: { unit: { contributor: string } }) => e.unit.contributor === 'IND',
    );
    expect(ind.rules[0].details).toEqual([
      {
        path: 'personnel.IN-7',
        message:
          'no predeployment training certification; no human-rights screening; no completed e-learning on sexual exploitation and abuse (¶124)',
      },
    ]);
    const all = [...res.body.ranked, ...res.body.excluded].map(
      (x: { unit: { id: string } }) => x.unit.id,
    );
    expect(all).not.toContain(units.hospital);
  });

  it('K5: the rule is configuration — asking for the rapid deployment level excludes level 3 with that reason', async () => {
    const res = await fgo.get(
      `/api/capabilities/requirements/${sur.id}/selection?minimumLevel=rdl`,
    );
    expect(res.body.ranked.map((r: { unit: { id: string } }) => r.unit.id)).toEqual([units.rapid]);
    const bgd = res.body.excluded.find((e: { unit: { id: string } }) => e.unit.id === units.three);
    expect(bgd.rules).toEqual([
      {
        rule: 'level',
        text: 'level 3; the rule needs the rapid deployment level (¶86–87)',
        said: { key: 'level.low', params: { level: '3', needs: 'rdl', on: '' } },
      },
    ]);
  });

  it('K5: an excluded unit cannot be selected; the refusal names its rules', async () => {
    const res = await fgo.post(`/api/capabilities/requirements/${sur.id}/selection`, {
      unitId: units.caveat,
    });
    expect(res.body.error.code).toBe('invalid_state');
    expect(res.body.error.details).toEqual([
      {
        path: 'rules.caveat',
        message:
          'a national caveat restricts protection of civilians, a task of the requirement: “Protects civilians only inside the base perimeter.” (¶98)',
      },
    ]);
  });

  it('K5 → K9: selecting a ranked unit starts its tracking; once per requirement', async () => {
    const res = await fgo.post(`/api/capabilities/requirements/${sur.id}/selection`, {
      unitId: units.rapid,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.steps.length).toBeGreaterThanOrEqual(20);
    expect(res.body.steps[0]).toMatchObject({
      step: 'selection',
      owner: 'force_generation',
      startedOn: '2026-03-01',
      completedOn: '2026-03-01',
      days: 0,
      note: 'ranked 1 of 2; 4 excluded',
    });
    const list = await fgo.get(`/api/capabilities/requirements/${sur.id}/selection`);
    expect(list.body.selection).toMatchObject({ unitId: units.rapid, selectedBy: 'fgo-hq' });
    const again = await fgo.post(`/api/capabilities/requirements/${sur.id}/selection`, {
      unitId: units.three,
    });
    expect(again.body.error.message).toMatch(
      /was selected for SUR-INF-2026-04 on 2026-03-01 already/,
    );
  });

  it('K9: steps carry their dates; the main body’s arrival deploys the unit; where the days go', async () => {
    const [tracking] = (await fgo.get('/api/capabilities/selections')).body.items;
    t().clock.set(new Date('2026-04-20T08:00:00Z'));
    fgo = await signIn(t(), 'fgo-hq', password);
    let version = tracking.version;
    const put = async (step: string, startedOn: string, completedOn: string | null) => {
      const res = await fgo.put(`/api/capabilities/selections/${tracking.id}/steps/${step}`, {
        version,
        startedOn,
        completedOn,
      });
      if (res.status === 200) version = res.body.version;
      return res;
    };
    expect((await put('mou_negotiation', '2026-03-02', '2026-03-20')).body.steps[5]).toMatchObject({
      owner: 'ucsd',
      days: 18,
    });
    const backwards = await put('sea_voyage', '2026-03-10', '2026-03-09');
    expect(backwards.body.error.details[0].path).toBe('completedOn');
    const stale = await fgo.put(`/api/capabilities/selections/${tracking.id}/steps/customs`, {
      version: tracking.version,
      startedOn: '2026-03-10',
    });
    expect(stale.body.error.code).toBe('conflict');
    // K3: every person of the unit is recorded, certified and screened before it can arrive.
    const early = await put('main_body', '2026-04-01', '2026-04-10');
    expect(early.body.error.message).toMatch(/strength is 850 and 1 of its people are recorded/);
    await readyRoster(fgo, units.rapid!, 849, 'RW');
    const arrived = await put('main_body', '2026-04-01', '2026-04-10');
    expect(arrived.body.arrivedOn).toBe('2026-04-10');
    const unit = (await fgo.get(`/api/capabilities/pledges/${units.rapid}`)).body;
    expect(unit.deployment).toEqual({ missionId: world.missionA.id, deployedOn: '2026-04-10' });

    const times = (await fgo.get('/api/capabilities/selections/times')).body;
    expect(times.deployments).toBe(1);
    expect(times.steps.find((s: { step: string }) => s.step === 'main_body')).toMatchObject({
      deployments: 1,
      medianDays: 9,
    });
    expect(times.divisions.find((d: { owner: string }) => d.owner === 'ucsd')).toMatchObject({
      medianDays: 18,
    });
    t().clock.set(new Date('2026-03-01T08:00:00Z'));
    fgo = await signIn(t(), 'fgo-hq', password);
  });

  it('K9: a mission outside view sees no tracking', async () => {
    const outsider = await signIn(t(), world.outsider.username, password);
    expect((await outsider.get('/api/capabilities/selections')).status).toBe(403);
  });
});
