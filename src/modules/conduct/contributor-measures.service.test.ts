/**
 * Issue 5, item 1: a contributor's record shows the payment suspensions on its units read from
 * conduct (C3, ¶120) — mission, unit, status, date — and nothing of the case; force selection notes
 * a suspension in force on the contributor's ranked pledge. Both dialects.
 */
import { beforeAll, expect, it } from 'vitest';
import { allegation } from '../../../test/access-matrix.conduct.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import {
  hqForceGenerationOfficer,
  password,
  seedWorld,
  type World,
} from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { pledgeUnit, raiseTo, readyPerson, requirementFor } from '../../../test/support/units.js';

eachDialect('payment suspensions read by force generation', (t) => {
  let world: World;
  let officer: Agent;
  let fgo: Agent;
  let caseReference: string;

  beforeAll(async () => {
    world = await seedWorld(t());
    officer = await signIn(t(), world.users.conduct_officer.username, password);
    fgo = await hqForceGenerationOfficer(t());
    const input = allegation(t().clock.now().toISOString());
    input.subjects = [
      {
        personnelCategory: 'military_contingent',
        nationality: 'BDI',
        unit: 'BDIBATT-3',
        count: 2,
        identity: null,
      },
    ];
    const c = (await officer.post('/api/conduct/cases', input)).body;
    caseReference = c.reference;
    const moved = await officer.post(`/api/conduct/cases/${c.id}/status`, {
      version: c.version,
      status: 'under_investigation',
      investigatingEntity: 'national',
    });
    const suspended = await officer.post(`/api/conduct/cases/${moved.body.id}/measures`, {
      kind: 'payment_suspension',
      subject: 0,
      reason: 'Credible allegation against the unit',
    });
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(201);
  });

  it('the contributor’s record lists the suspension with mission, unit and date, and nothing of the case', async () => {
    const res = await fgo.get('/api/capabilities/contributors/BDI');
    expect(res.status).toBe(200);
    expect(res.body.conductMeasures).toEqual([
      {
        kind: 'payment_suspension',
        mission: 'MINUSCA',
        unit: 'BDIBATT-3',
        status: 'in_force',
        decision: null,
        since: '2026-03-01',
      },
    ]);
    const text = JSON.stringify(res.body);
    expect(text).not.toContain(caseReference);
    expect(text).not.toContain('Credible allegation');
  });

  it('another contributor’s record has none', async () => {
    expect((await fgo.get('/api/capabilities/contributors/RWA')).body.conductMeasures).toEqual([]);
  });

  it('force selection notes the suspension on the contributor’s ranked pledge', async () => {
    const sur = await requirementFor(fgo, world.missionA.id);
    const unit = await pledgeUnit(fgo, {
      contributor: 'BDI',
      majorEquipment: [{ item: 'Armoured personnel carrier', quantity: 10 }],
      selfSustainment: ['catering', 'accommodation'],
    });
    await raiseTo(fgo, unit, '2', sur.id);
    await readyPerson(fgo, unit.id);
    const list = (await fgo.get(`/api/capabilities/requirements/${sur.id}/selection`)).body;
    expect(list.ranked[0].notes.map((n: { text: string }) => n.text)).toEqual([
      "payment suspension of Burundi's unit BDIBATT-3 in MINUSCA since 2026-03-01 (¶120)",
    ]);
  });
});
