/**
 * E4 (¶20) through the API on both dialects: an inquiry into an incident where a battalion failed
 * to act — who, what was known, what was ordered, what happened — ends in a finding; the Council
 * and the Member States (the contributor among them) are informed with dates and references; the
 * unit's record shows it without the narrative; a formed police unit is a police contingent;
 * another mission sees nothing.
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
import { deployedUnit } from '../../../test/support/units.js';

eachDialect('failure-to-act inquiries (E4)', (t) => {
  let world: World;
  let analyst: Agent;
  let fgo: Agent;
  let battalion: string;
  let fpu: string;
  let incident: string;
  let inquiry: { id: string; version: number };

  beforeAll(async () => {
    world = await seedWorld(t());
    analyst = await signIn(t(), world.users.analyst.username, password);
    fgo = await hqForceGenerationOfficer(t());
    battalion = await deployedUnit(fgo, world.missionA.id, { contributor: 'RWA' });
    fpu = await deployedUnit(fgo, world.missionA.id, {
      contributor: 'SEN',
      capability: 'formed_police_unit',
      strength: 140,
    });
    incident = (
      await analyst.post('/api/incidents', {
        occurredAt: '2026-02-20T05:00:00Z',
        location: { latitude: 6.54, longitude: 21.98 },
        category: 'violence_against_civilians',
        casualties: { civilians: { killed: 14, injured: 20, abducted: 0 } },
      })
    ).body.id;
  });

  it('E4: an inquiry names the unit, who failed, what was known, ordered and happened', async () => {
    const units = (await analyst.get('/api/early-warning/units')).body.items;
    expect(units.map((u: { contributor: string }) => u.contributor).sort()).toEqual(['RWA', 'SEN']);
    const opened = await analyst.post('/api/early-warning/inquiries', {
      incidentId: incident,
      subjectKind: 'military_unit',
      unitId: battalion,
      who: 'Company commander at the Bria base',
      known: 'Warned at 04:30 that an armed group was entering the camp',
      ordered: 'Sector commander ordered a patrol to the camp at 04:45',
      happened: 'The patrol did not leave the base until 09:00',
    });
    expect(opened.status, JSON.stringify(opened.body)).toBe(201);
    expect(opened.body).toMatchObject({
      incidentOn: '2026-02-20',
      openedOn: '2026-03-01',
      state: 'open',
      unit: { id: battalion, contributor: 'RWA', contributorName: 'Rwanda' },
    });
    inquiry = opened.body;
    // What was known and who may name witnesses: stored encrypted, read back in clear.
    const raw = await t()
      .ctx.db.selectFrom('failure_to_act_inquiries')
      .select(['who', 'known', 'ordered', 'happened'])
      .where('id', '=', inquiry.id)
      .executeTakeFirstOrThrow();
    expect(JSON.stringify(raw)).not.toMatch(/Company commander|armed group|patrol/);
    expect(opened.body.known).toBe('Warned at 04:30 that an armed group was entering the camp');
  });

  it('E4: nobody is informed before the finding; the finding; the Council and the Member States informed', async () => {
    const early = await analyst.post(`/api/early-warning/inquiries/${inquiry.id}/notifications`, {
      version: inquiry.version,
      recipient: 'council',
      on: '2026-03-01',
      reference: 'S/2026/1',
    });
    expect(early.status).toBe(422);
    const found = await analyst.post(`/api/early-warning/inquiries/${inquiry.id}/finding`, {
      version: inquiry.version,
      finding: 'failed_to_act',
      text: 'The company did not act on a warning it received in time.',
      foundOn: '2026-03-01',
    });
    expect(found.body.state).toBe('awaiting_notification');
    const missingContributor = await analyst.post(
      `/api/early-warning/inquiries/${inquiry.id}/notifications`,
      {
        version: found.body.version,
        recipient: 'member_states',
        on: '2026-03-01',
        reference: 'Note verbale 2026/17',
        memberStates: ['FRA'],
      },
    );
    expect(missingContributor.status).toBe(400);
    expect(JSON.stringify(missingContributor.body)).toContain('memberStates');
    const council = await analyst.post(`/api/early-warning/inquiries/${inquiry.id}/notifications`, {
      version: found.body.version,
      recipient: 'council',
      on: '2026-03-01',
      reference: 'S/2026/123',
    });
    expect(council.body.state).toBe('council_informed');
    const states = await analyst.post(`/api/early-warning/inquiries/${inquiry.id}/notifications`, {
      version: council.body.version,
      recipient: 'member_states',
      on: '2026-03-01',
      reference: 'Note verbale 2026/17',
      memberStates: ['RWA'],
    });
    expect(states.body).toMatchObject({
      state: 'notified',
      council: { on: '2026-03-01', reference: 'S/2026/123' },
      memberStates: { on: '2026-03-01', reference: 'Note verbale 2026/17', states: ['RWA'] },
    });
  });

  it('E4: the unit’s record shows the inquiry with its finding and notifications, not the narrative', async () => {
    const record = await fgo.get(`/api/capabilities/pledges/${battalion}/failure-to-act`);
    expect(record.body.items).toEqual([
      {
        id: inquiry.id,
        incidentOn: '2026-02-20',
        openedOn: '2026-03-01',
        finding: 'failed_to_act',
        foundOn: '2026-03-01',
        councilNotifiedOn: '2026-03-01',
        memberStatesNotifiedOn: '2026-03-01',
        state: 'notified',
      },
    ]);
    expect(JSON.stringify(record.body)).not.toContain('Company commander');
  });

  it('E4: a formed police unit is a police contingent; the mission names no unit', async () => {
    const base = {
      incidentId: incident,
      who: 'FPU duty officer',
      known: 'Warned of the attack',
      ordered: 'Deploy to the camp',
      happened: 'Stayed in the base',
    };
    const wrong = await analyst.post('/api/early-warning/inquiries', {
      ...base,
      subjectKind: 'military_unit',
      unitId: fpu,
    });
    expect(wrong.status).toBe(400);
    expect(JSON.stringify(wrong.body)).toContain('subjectKind');
    const police = await analyst.post('/api/early-warning/inquiries', {
      ...base,
      subjectKind: 'police_contingent',
      unitId: fpu,
    });
    expect(police.status).toBe(201);
    const mission = await analyst.post('/api/early-warning/inquiries', {
      ...base,
      subjectKind: 'mission',
      unitId: battalion,
    });
    expect(mission.status).toBe(400);
  });

  it('another mission sees no inquiry', async () => {
    const other = await signIn(t(), world.outsider.username, password);
    expect((await other.get('/api/early-warning/inquiries')).body.items).toEqual([]);
    expect((await other.get(`/api/early-warning/inquiries/${inquiry.id}`)).status).toBe(404);
  });
});
