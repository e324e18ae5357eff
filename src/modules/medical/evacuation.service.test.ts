/**
 * M2 (¶110–111) on every path and both dialects: a request sent from the field, tasked by the
 * aviation cell with M3's checks, tracked to the facility, its steps in order and in time, refused
 * or aborted only with a reason; the cell notified; two taskings of one aircraft at once.
 */
import { beforeAll, beforeEach, expect, it } from 'vitest';
import { hours, minutes } from '../../core/clock.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import { signIn, type Agent } from '../../../test/support/http.js';
import { levelTwoBangui } from '../../../test/support/medical.js';
import { createUser } from '../accounts/user.service.js';
import { createAircraft, createFacility } from './facility.service.js';

eachDialect('M2 evacuation requests', (t) => {
  let world: World;
  let field: Agent;
  let cell: Agent;
  let otherCell: Agent;
  let medic: Agent;
  let level1: string;
  let level2: string;
  let dayHeli: string;
  let nightHeli: string;
  let otherMissionHeli: string;
  const ago = (n: number) => new Date(t().clock.now().getTime() - minutes(n)).toISOString();
  const request = (extra: Record<string, unknown> = {}) => ({
    injuredAt: ago(5),
    latitude: 4.96, // Damara, 70 km north of Bangui
    longitude: 18.7,
    pickupDescription: 'Damara, football ground',
    patients: { urgent_surgical: 1, priority: 2 },
    security: 'possible_enemy',
    marking: 'smoke',
    nationality: ['un_military', 'civilian'],
    ...extra,
  });
  const signInAll = async () => {
    field = await signIn(t(), world.users.staff_officer.username, password);
    cell = await signIn(t(), world.users.aviation_officer.username, password);
    otherCell = await signIn(t(), 'aviation-b', password);
    medic = await signIn(t(), world.users.medical_officer.username, password);
  };
  const step = (id: string, body: Record<string, unknown>) =>
    cell.post(`/api/medical/evacuations/${id}/steps`, body);

  beforeAll(async () => {
    t().clock.set('2026-03-10T08:00:00.000Z'); // 09:00 at Bangui: day
    world = await seedWorld(t());
    const maker = {
      ...operator(t()),
      actor: {
        ...operator(t()).actor,
        permissions: new Set(['medical:write', 'evacuations:task'] as const),
      },
    };
    const inA = { missionId: world.missionA.id };
    level2 = (await createFacility(maker, { ...levelTwoBangui, ...inA })).id;
    level1 = (
      await createFacility(maker, {
        ...levelTwoBangui,
        ...inA,
        name: 'Level I Damara',
        level: 'level_1',
        surgery: false,
        latitude: 4.96,
        longitude: 18.7,
      })
    ).id;
    const heli = {
      kind: 'helicopter' as const,
      speedKmh: 220,
      available: true,
      baseName: 'Bangui M’Poko',
      latitude: 4.39,
      longitude: 18.52,
    };
    dayHeli = (
      await createAircraft(maker, { ...heli, ...inA, name: 'Bell 212', nightCapable: false })
    ).id;
    nightHeli = (
      await createAircraft(maker, { ...heli, ...inA, name: 'Mi-17 NVG', nightCapable: true })
    ).id;
    otherMissionHeli = (
      await createAircraft(maker, {
        ...heli,
        missionId: world.missionB.id,
        name: 'Mi-8 B',
        nightCapable: true,
      })
    ).id;
    await createUser(operator(t()), {
      username: 'aviation-b',
      displayName: 'Aviation B',
      locale: 'en',
      password,
      memberships: [{ missionId: world.missionB.id, role: 'aviation_officer' }],
    });
  });

  beforeEach(async () => {
    // Each test starts in daylight at Bangui, a day after the one before, signed in afresh.
    t().clock.advance(hours(24) - (t().clock.now().getTime() % hours(24)) + hours(8));
    await signInAll();
  });

  it('M2: a request is tasked, flies, reaches the patient and the facility; each step timed from the request, the clock live, the verdict in time; the aviation cell is told', async () => {
    const sent = await field.post('/api/medical/evacuations', request());
    expect(sent.status).toBe(201);
    const r = sent.body;
    expect(r).toMatchObject({
      reference: expect.stringMatching(/^EVAC-2026-\d{4}$/),
      status: 'requested',
      precedence: 'urgent_surgical',
      patients: { urgent_surgical: 1, urgent: 0, priority: 2, routine: 0 },
      createdBy: world.users.staff_officer.username,
    });
    // The clock follows the most urgent patient: at the facility within 90 minutes of the injury.
    expect(r.clock.arrivalDueAt).toBe(
      new Date(Date.parse(r.injuredAt) + minutes(90)).toISOString(),
    );
    expect(r.clock.minutesLeft).toBe(85);
    // M3 at once: the surgical patient goes to Bangui's level II, not Damara's level I.
    expect(r.plan).toMatchObject({ facility: { name: 'Level II Bangui' }, verdict: 'within' });

    const notes = (await cell.get('/api/notifications')).body.items as {
      kind: string;
      params: Record<string, unknown>;
    }[];
    expect(notes).toContainEqual(
      expect.objectContaining({
        kind: 'medical.evacuation_requested',
        params: expect.objectContaining({ reference: r.reference, patients: 3 }),
      }),
    );
    expect((await otherCell.get('/api/notifications')).body.items).toEqual([]);
    // Another mission's aviation cell does not see it.
    expect((await otherCell.get(`/api/medical/evacuations/${r.id}`)).status).toBe(404);

    t().clock.advance(minutes(4));
    const open = (await cell.get('/api/medical/evacuations')).body.items;
    expect(open.find((e: { id: string }) => e.id === r.id).clock).toMatchObject({
      elapsedMinutes: 4,
      minutesLeft: 81,
      verdict: null,
    });

    let v = r.version;
    const tasked = await step(r.id, {
      version: v,
      to: 'tasked',
      aircraftId: dayHeli,
      facilityId: level2,
      crew: 'MEDEVAC 21',
    });
    expect(tasked.status).toBe(200);
    expect(tasked.body).toMatchObject({
      status: 'tasked',
      aircraft: { name: 'Bell 212' },
      facility: { name: 'Level II Bangui' },
      crew: 'MEDEVAC 21',
      estimateVerdict: 'within',
    });
    v = tasked.body.version;
    for (const [to, after] of [
      ['airborne', 12],
      ['at_patient', 45],
      ['at_facility', 80],
    ] as const) {
      // The cell's page polls while the aircraft flies; the session stays alive.
      while (t().clock.now().getTime() < Date.parse(r.steps[0].at) + minutes(after)) {
        t().clock.advance(minutes(5));
        expect((await cell.get(`/api/medical/evacuations/${r.id}`)).status).toBe(200);
      }
      const at = new Date(Date.parse(r.steps[0].at) + minutes(after)).toISOString();
      const moved = await step(r.id, { version: v, to, at });
      expect(moved.status, to).toBe(200);
      v = moved.body.version;
    }
    const done = (await cell.get(`/api/medical/evacuations/${r.id}`)).body;
    expect(done.clock).toMatchObject({
      stepMinutes: { requested: 0, tasked: 4, airborne: 12, at_patient: 45, at_facility: 80 },
      elapsedMinutes: 80,
      minutesLeft: null,
      verdict: 'in_time',
    });
    expect(
      (await cell.get('/api/medical/evacuations')).body.items.map((e: { id: string }) => e.id),
    ).not.toContain(r.id);
    expect((await cell.get('/api/medical/evacuations?state=ended')).body.items[0].id).toBe(r.id);
  });

  it('M2: steps go one at a time; refused only before tasking and aborted only after, each with its reason; nothing follows the end', async () => {
    const r = (await field.post('/api/medical/evacuations', request())).body;
    const skip = await step(r.id, { version: r.version, to: 'airborne' });
    expect(skip.status).toBe(422);
    expect(skip.body.error.message).toContain('goes next to tasked');
    expect(
      (await step(r.id, { version: r.version, to: 'aborted', reason: 'weather' })).status,
    ).toBe(422);
    const noReason = await step(r.id, { version: r.version, to: 'refused' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe('reason');
    const other = await step(r.id, { version: r.version, to: 'refused', reason: 'other' });
    expect(other.body.error.details[0].path).toBe('note');
    const stopped = await step(r.id, {
      version: r.version,
      to: 'refused',
      reason: 'weather',
      note: 'Dust storm',
    });
    expect(stopped.body).toMatchObject({
      status: 'refused',
      stopReason: 'weather',
      clock: { verdict: 'not_evacuated' },
    });
    const after = await step(r.id, {
      version: stopped.body.version,
      to: 'tasked',
      aircraftId: dayHeli,
      facilityId: level2,
    });
    expect(after.status).toBe(422);
    expect(after.body.error.message).toContain('ended');

    const s = (await field.post('/api/medical/evacuations', request())).body;
    const tasked = (
      await step(s.id, {
        version: s.version,
        to: 'tasked',
        aircraftId: dayHeli,
        facilityId: level2,
      })
    ).body;
    expect(
      (await step(s.id, { version: tasked.version, to: 'refused', reason: 'security' })).status,
    ).toBe(422);
    const aborted = await step(s.id, {
      version: tasked.version,
      to: 'aborted',
      reason: 'patient_died',
    });
    expect(aborted.body).toMatchObject({ status: 'aborted', stopReason: 'patient_died' });
    // The aircraft is free again.
    const u = (await field.post('/api/medical/evacuations', request())).body;
    expect(
      (
        await step(u.id, {
          version: u.version,
          to: 'tasked',
          aircraftId: dayHeli,
          facilityId: level2,
        })
      ).status,
    ).toBe(200);
    await step(u.id, { version: u.version + 1, to: 'aborted', reason: 'no_longer_needed' });
  });

  it('M2: a step is never before the step before it nor in the future; a stale version is refused; the injury comes before the request', async () => {
    const r = (await field.post('/api/medical/evacuations', request())).body;
    const before = await step(r.id, {
      version: r.version,
      to: 'refused',
      reason: 'weather',
      at: ago(1),
    });
    expect(before.status).toBe(400);
    expect(before.body.error.details[0].path).toBe('at');
    const future = await step(r.id, {
      version: r.version,
      to: 'refused',
      reason: 'weather',
      at: new Date(t().clock.now().getTime() + hours(1)).toISOString(),
    });
    expect(future.status).toBe(400);
    expect(future.body.error.details[0]).toMatchObject({ path: 'at', code: 'in_future' });
    expect(
      (await step(r.id, { version: r.version + 1, to: 'refused', reason: 'weather' })).status,
    ).toBe(409);
    const injuredLater = await field.post(
      '/api/medical/evacuations',
      request({ injuredAt: new Date(t().clock.now().getTime() + hours(2)).toISOString() }),
    );
    expect(injuredLater.status).toBe(400);
    expect(injuredLater.body.error.details[0].path).toBe('injuredAt');
    const nobody = await field.post('/api/medical/evacuations', request({ patients: {} }));
    expect(nobody.status).toBe(400);
    expect(nobody.body.error.details[0].path).toBe('patients');
    await step(r.id, { version: r.version, to: 'refused', reason: 'no_longer_needed' });
  });

  it('M3 at tasking: another mission’s aircraft, one flying another request, a day-only aircraft at night and a facility that cannot operate are refused; the estimate is kept and judged', async () => {
    const r = (await field.post('/api/medical/evacuations', request())).body;
    const task = (extra: Record<string, unknown>) =>
      step(r.id, {
        version: r.version,
        to: 'tasked',
        aircraftId: dayHeli,
        facilityId: level2,
        ...extra,
      });
    const foreign = await task({ aircraftId: otherMissionHeli });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.details[0].path).toBe('aircraftId');
    const small = await task({ facilityId: level1 });
    expect(small.status).toBe(400);
    expect(small.body.error.message).toContain('Level I Damara cannot treat urgent surgical');
    expect((await task({ aircraftId: undefined })).body.error.details[0].path).toBe('aircraftId');

    const first = (await field.post('/api/medical/evacuations', request())).body;
    await step(first.id, {
      version: first.version,
      to: 'tasked',
      aircraftId: dayHeli,
      facilityId: level2,
    });
    const busy = await task({});
    expect(busy.status).toBe(422);
    expect(busy.body.error.message).toBe(`Bell 212 is flying ${first.reference}`);
    await step(first.id, { version: first.version + 1, to: 'aborted', reason: 'technical' });

    // 20:00 UTC at Damara: night. The day-only helicopter may not fly; the NVG one may.
    t().clock.set(new Date(Date.parse(r.steps[0].at.slice(0, 10) + 'T20:00:00.000Z')));
    await signInAll();
    const night = await task({});
    expect(night.status).toBe(422);
    expect(night.body.error.message).toContain('cannot fly at night');
    const tasked = await task({ aircraftId: nightHeli });
    expect(tasked.status).toBe(200);
    // Injured 12 h before: the estimate is past the 90-minute target, and says so.
    expect(tasked.body.estimateVerdict).toBe('beyond');
    expect(Date.parse(tasked.body.estimatedArrivalAt)).toBeGreaterThan(t().clock.now().getTime());
    await step(r.id, { version: tasked.body.version, to: 'aborted', reason: 'no_longer_needed' });
  });

  it('M2: two taskings of one aircraft at once — one holds it, the other is refused; two requests at once take two references', async () => {
    const [a, b] = await Promise.all([
      field.post('/api/medical/evacuations', request()),
      field.post('/api/medical/evacuations', request()),
    ]);
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.reference).not.toBe(b.body.reference);
    const answers = await Promise.all(
      [a.body, b.body].map((r) =>
        step(r.id, { version: r.version, to: 'tasked', aircraftId: nightHeli, facilityId: level2 }),
      ),
    );
    expect(answers.map((x) => x.status).sort()).toEqual([200, 422]);
    const held = answers.find((x) => x.status === 200)!.body;
    await step(held.id, { version: held.version, to: 'aborted', reason: 'no_longer_needed' });
  });

  it('M2: who may do what — the field requests, the cell tasks, a request names no patient; only a medical officer links recorded casualties', async () => {
    expect((await cell.post('/api/medical/evacuations', request())).status).toBe(403);
    const r = (await field.post('/api/medical/evacuations', request())).body;
    expect(
      (
        await field.post(`/api/medical/evacuations/${r.id}/steps`, {
          version: r.version,
          to: 'refused',
          reason: 'weather',
        })
      ).status,
    ).toBe(403);
    expect(Object.keys(r)).not.toContain('identity');
    const linked = await field.post('/api/medical/evacuations', request({ casualtyIds: ['x'] }));
    expect(linked.status).toBe(400);
    expect(linked.body.error.details[0].path).toBe('casualtyIds');
    const casualty = await medic.post('/api/medical/casualties', {
      injuredAt: ago(5),
      precedence: 'urgent',
      category: 'un_military',
      identity: { name: 'Canary Evacuee' },
    });
    const byMedic = await medic.post(
      '/api/medical/evacuations',
      request({ casualtyIds: [casualty.body.id] }),
    );
    expect(byMedic.status).toBe(201);
    expect(byMedic.body.casualtyIds).toEqual([casualty.body.id]);
    expect(
      JSON.stringify((await cell.get(`/api/medical/evacuations/${byMedic.body.id}`)).body),
    ).not.toContain('Canary Evacuee');
    await step(r.id, { version: r.version, to: 'refused', reason: 'no_longer_needed' });
    await step(byMedic.body.id, {
      version: byMedic.body.version,
      to: 'refused',
      reason: 'no_longer_needed',
    });
  });
});
