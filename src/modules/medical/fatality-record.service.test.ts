/**
 * M4 and M5 (¶108) on both dialects: a death recorded in the mission with its incident and
 * casualty, a malicious act opening the host Government follow-up (I1), the record kept out of the
 * public statistics; the next-of-kin steps with their owners and due days, done in order, overdue
 * steps listed and their owner notified once.
 */
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { createUser } from '../accounts/user.service.js';
import { sweepNextOfKin } from './next-of-kin-sweep.service.js';

const day = 86_400_000;

eachDialect('M4 and M5 fatalities recorded in the mission', (t) => {
  let world: World;
  let medic: Agent;
  let otherMedic: Agent;
  let analyst: Agent;
  const today = () => t().clock.now().toISOString().slice(0, 10);
  const daysAgo = (n: number) =>
    new Date(t().clock.now().getTime() - n * day).toISOString().slice(0, 10);
  const incident = async (category: string) =>
    (
      await analyst.post('/api/incidents', {
        occurredAt: new Date(t().clock.now().getTime() - 2 * day).toISOString(),
        location: { latitude: 6.49, longitude: 21.99, precision: 'near', placeName: 'Bria' },
        category,
      })
    ).body as { id: string };
  const signInAll = async () => {
    medic = await signIn(t(), world.users.medical_officer.username, password);
    otherMedic = await signIn(t(), 'medical-b', password);
    analyst = await signIn(t(), world.users.analyst.username, password);
  };

  beforeAll(async () => {
    world = await seedWorld(t());
    await createUser(operator(t()), {
      username: 'medical-b',
      displayName: 'Medical B',
      password,
      locale: 'en',
      memberships: [{ missionId: world.missionB.id, role: 'medical_officer' }],
    });
    await signInAll();
  });

  it('M4: a death by a malicious act is recorded with its incident and casualty and opens the host Government follow-up (I1); it stays out of the public statistics', async () => {
    const attack = await incident('armed_clash');
    expect((await analyst.get('/api/follow-ups')).body.items).toEqual([]);
    const casualty = await medic.post('/api/medical/casualties', {
      incidentId: attack.id,
      injuredAt: new Date(t().clock.now().getTime() - 2 * day).toISOString(),
      precedence: 'urgent_surgical',
      category: 'un_military',
    });
    const fields = {
      diedOn: daysAgo(1),
      gender: 'male',
      nationality: 'Bangladesh',
      personnelType: 'military',
      incidentType: 'malicious_act',
    };
    const withoutIncident = await medic.post('/api/medical/fatalities', fields);
    expect(withoutIncident.status).toBe(400);
    expect(withoutIncident.body.error.details[0].path).toBe('incidentId');

    const other = await incident('crime');
    const mismatch = await medic.post('/api/medical/fatalities', {
      ...fields,
      incidentId: other.id,
      casualtyId: casualty.body.id,
    });
    expect(mismatch.body.error.details[0].path).toBe('casualtyId');

    const recorded = await medic.post('/api/medical/fatalities', {
      ...fields,
      incidentId: attack.id,
      casualtyId: casualty.body.id,
    });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      reference: expect.stringMatching(/^FAT-\d{4}-0001$/),
      incidentId: attack.id,
      casualtyId: casualty.body.id,
      channel: 'member_state',
      followUp: true,
    });
    const followUps = (await analyst.get('/api/follow-ups')).body.items;
    expect(followUps.map((f: { incidentId: string }) => f.incidentId)).toEqual([attack.id]);
    // An accident opens no follow-up.
    const accident = await incident('hazard');
    await medic.post('/api/medical/fatalities', {
      ...fields,
      incidentType: 'accident',
      incidentId: accident.id,
    });
    expect((await analyst.get('/api/follow-ups')).body.items).toHaveLength(1);
    // The UN has not published these: the public statistics do not count them.
    expect((await medic.get('/api/public/medical/fatalities/statistics?by=year')).body.total).toBe(
      0,
    );
    expect((await otherMedic.get('/api/medical/fatalities')).body.items).toEqual([]);
    const future = await medic.post('/api/medical/fatalities', {
      ...fields,
      incidentId: attack.id,
      diedOn: new Date(t().clock.now().getTime() + 3 * day).toISOString().slice(0, 10),
    });
    expect(future.body.error.details[0].path).toBe('diedOn');
  });

  it('M5: the next-of-kin steps open with their owner and due days; they are done in order; filing the claim sets the payment due 90 days on', async () => {
    const diedOn = daysAgo(2);
    const f = (
      await medic.post('/api/medical/fatalities', {
        diedOn,
        nationality: 'France',
        personnelType: 'international_civilian',
        incidentType: 'illness',
      })
    ).body;
    expect(f.channel).toBe('employing_office');
    const step = (name: string) => f.nextOfKin.find((s: { step: string }) => s.step === name);
    expect(f.nextOfKin.map((s: { step: string; dueOn: string }) => [s.step, s.dueOn])).toEqual([
      ['notified', daysAgo(1)],
      ['condolences', daysAgo(-5)],
      ['repatriation', daysAgo(-12)],
      ['claim_filed', daysAgo(-28)],
      ['claim_paid', daysAgo(-118)],
    ]);
    expect(step('notified')).toMatchObject({
      owner: world.users.medical_officer.username,
      state: 'overdue',
    });
    const patch = (name: string, body: Record<string, unknown>) =>
      medic.patch(`/api/medical/fatalities/${f.id}/next-of-kin/${name}`, body);
    const early = await patch('condolences', { version: 1, doneOn: today() });
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain('after notified');
    expect(
      (await patch('notified', { version: 1, doneOn: daysAgo(3) })).body.error.details[0].path,
    ).toBe('doneOn');
    expect(
      (await patch('notified', { version: 1, doneOn: daysAgo(-1) })).body.error.details[0].path,
    ).toBe('doneOn');
    const notified = await patch('notified', {
      version: 1,
      doneOn: daysAgo(1),
      note: 'Through the office in Paris',
    });
    expect(notified.status).toBe(200);
    expect((await patch('notified', { version: 1, note: 'stale' })).status).toBe(409);
    expect((await patch('condolences', { version: 1, doneOn: today() })).status).toBe(200);
    expect((await patch('claim_paid', { version: 1, doneOn: today() })).status).toBe(422);
    const filed = await patch('claim_filed', { version: 1, doneOn: today() });
    expect(filed.body.nextOfKin.find((s: { step: string }) => s.step === 'claim_paid').dueOn).toBe(
      daysAgo(-90),
    );
    // Undoing the notification would leave condolences before it: refused.
    expect((await patch('notified', { version: 2, doneOn: null })).status).toBe(422);
    const stranger = await patch('repatriation', { version: 1, owner: 'medical-b' });
    expect(stranger.body.error.details[0].path).toBe('owner');
    const given = await patch('repatriation', {
      version: 1,
      owner: world.users.staff_officer.username,
    });
    expect(
      given.body.nextOfKin.find((s: { step: string }) => s.step === 'repatriation').owner,
    ).toBe(world.users.staff_officer.username);
    expect(
      (
        await otherMedic.patch(`/api/medical/fatalities/${f.id}/next-of-kin/repatriation`, {
          version: 2,
          note: 'x',
        })
      ).status,
    ).toBe(404);
  });

  it('M5: overdue steps are listed and their owner is told once, however often the sweep runs', async () => {
    t().clock.advance(20 * day);
    await signInAll();
    const overdue = (await medic.get('/api/medical/fatalities?overdue=true')).body.items;
    expect(overdue.length).toBeGreaterThan(0);
    for (const f of overdue)
      expect(f.nextOfKin.some((s: { state: string }) => s.state === 'overdue')).toBe(true);
    const first = await sweepNextOfKin(t().ctx);
    expect(first).toBeGreaterThan(0);
    expect(await sweepNextOfKin(t().ctx)).toBe(0);
    const notes = (await medic.get('/api/notifications')).body.items as {
      kind: string;
      params: Record<string, string>;
    }[];
    const repatriation = notes.filter((n) => n.kind === 'medical.next_of_kin_overdue.repatriation');
    // The illness's repatriation was given to the staff officer: it is not the medical officer's.
    expect(repatriation.map((n) => n.params.reference)).not.toContain('FAT-2026-0003');
    const staff = await signIn(t(), world.users.staff_officer.username, password);
    const theirs = (await staff.get('/api/notifications')).body.items as {
      kind: string;
      params: Record<string, string>;
    }[];
    expect(
      theirs.filter((n) => n.kind === 'medical.next_of_kin_overdue.repatriation'),
    ).toHaveLength(1);
  });
});
