/**
 * M3 (¶110–111) on both dialects: a mission's facilities and aircraft, recorded by its medical
 * officers, seen in its view only, exported as CSV, and the route plan over them — the nearest
 * facility able to treat, night flying only with a night-capable aircraft, the estimate judged.
 */
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { operator, password, seedWorld, type World } from '../../../test/support/fixtures.js';
import type { RequestContext } from '../../db/context.js';
import type { TestApp } from '../../../test/support/test-app.js';
import { levelTwoBangui } from '../../../test/support/medical.js';
import { signIn } from '../../../test/support/http.js';
import {
  createAircraft,
  createFacility,
  listFacilities,
  planEvacuation,
  updateAircraft,
  updateFacility,
} from './facility.service.js';

eachDialect('M3 facilities and the route plan', (t) => {
  let world: World;
  let medic: RequestContext;
  /** The aviation cell keeps the aircraft. */
  let cell: RequestContext;
  let outsiderMedic: RequestContext;
  const as = async (app: TestApp, userId: string, missionId: string | null) => ({
    ...app.ctx,
    requestId: 'test',
    actor: await actorFor(app, userId, missionId),
  });

  beforeAll(async () => {
    world = await seedWorld(t());
    medic = await as(t(), world.users.medical_officer.id, world.missionA.id);
    cell = await as(t(), world.users.aviation_officer.id, world.missionA.id);
    // A medical officer of mission B (created here): sees none of mission A's.
    const { createUser } = await import('../accounts/user.service.js');
    const other = await createUser(operator(t()), {
      username: 'medical-b',
      displayName: 'Medical B',
      password,
      locale: 'en',
      memberships: [{ missionId: world.missionB.id, role: 'medical_officer' }],
    });
    outsiderMedic = await as(t(), other.id, world.missionB.id);
  });

  it('M3: facilities and aircraft recorded in the mission, listed in its view only, exported as CSV', async () => {
    const bria = await createFacility(medic, {
      name: 'Level I Bria',
      level: 'level_1',
      status: 'operational',
      statusNote: '',
      latitude: 6.53,
      longitude: 21.98,
      operatedBy: 'PAK',
      surgery: false,
      blood: false,
      beds: 10,
      icuBeds: 0,
    });
    expect(bria).toMatchObject({ missionId: world.missionA.id, level: 'level_1', version: 1 });
    await createFacility(medic, { ...levelTwoBangui });
    await expect(
      createFacility(medic, {
        name: 'Level I Bria',
        level: 'level_1',
        status: 'operational',
        statusNote: '',
        latitude: 6.5,
        longitude: 22,
        operatedBy: 'UN',
        surgery: false,
        blood: false,
        beds: 0,
        icuBeds: 0,
      }),
    ).rejects.toMatchObject({ code: 'conflict', details: [{ path: 'name' }] });
    expect((await listFacilities(medic)).map((f) => f.name)).toEqual([
      'Level I Bria',
      'Level II Bangui',
    ]);
    expect(await listFacilities(outsiderMedic)).toEqual([]);
    await expect(listFacilities(outsiderMedic, world.missionA.id)).rejects.toMatchObject({
      code: 'not_found',
    });
    const agent = await signIn(t(), world.users.medical_officer.username, password);
    const csv = await agent.get('/api/medical/facilities.csv');
    expect(csv.status).toBe(200);
    const rows = parse(String(csv.body), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r.name, r.level, r.surgery, r.beds])).toEqual([
      ['Level I Bria', 'level_1', 'no', '10'],
      ['Level II Bangui', 'level_2', 'yes', '40'],
    ]);
  });

  it('M3: the plan goes to the nearest facility able to treat, by the aircraft that gets there soonest; a closed facility and an unavailable aircraft are left out', async () => {
    const now = t().ctx.clock.now();
    const injuredAt = new Date(now.getTime() - 10 * 60_000).toISOString();
    const heli = await createAircraft(cell, {
      name: 'Mi-8 Bangui',
      kind: 'helicopter',
      speedKmh: 220,
      nightCapable: true,
      available: true,
      baseName: 'Bangui M’Poko',
      latitude: 4.39,
      longitude: 18.52,
    });
    const fromBria = { latitude: 6.54, longitude: 21.99, injuredAt };
    const urgent = await planEvacuation(medic, { ...fromBria, precedence: 'urgent' });
    expect(urgent).toMatchObject({
      facility: { name: 'Level I Bria' },
      asset: { name: 'Mi-8 Bangui' },
    });
    const surgical = await planEvacuation(medic, { ...fromBria, precedence: 'urgent_surgical' });
    expect(surgical.facility!.name).toBe('Level II Bangui');
    expect(surgical.verdict).toBe('beyond');
    // Bangui's hospital closes: no facility can operate.
    const bangui = (await listFacilities(medic)).find((f) => f.level === 'level_2')!;
    const closed = await updateFacility(medic, bangui.id, {
      version: bangui.version,
      status: 'closed',
      statusNote: 'Generator failure',
    });
    expect(closed).toMatchObject({ status: 'closed', statusNote: 'Generator failure', version: 2 });
    expect(
      (await planEvacuation(medic, { ...fromBria, precedence: 'urgent_surgical' })).reason,
    ).toBe('no_facility');
    await expect(
      updateFacility(medic, bangui.id, { version: 1, status: 'operational' }),
    ).rejects.toMatchObject({ code: 'conflict' });
    const reopened = await updateFacility(medic, bangui.id, { version: 2, status: 'operational' });
    expect(reopened.statusNote).toBe('');
    // The only aircraft grounded: no plan, said so.
    await updateAircraft(cell, heli.id, { version: 1, available: false });
    expect((await planEvacuation(medic, { ...fromBria, precedence: 'urgent' })).reason).toBe(
      'no_asset',
    );
  });

  it('M3: another mission’s medical officer can neither see nor change them; an injury in the future is refused', async () => {
    const bria = (await listFacilities(medic))[0]!;
    await expect(
      updateFacility(outsiderMedic, bria.id, { version: bria.version, status: 'closed' }),
    ).rejects.toMatchObject({ code: 'not_found' });
    await expect(
      planEvacuation(outsiderMedic, {
        missionId: world.missionA.id,
        latitude: 6.5,
        longitude: 22,
        precedence: 'routine',
        injuredAt: new Date().toISOString(),
      }),
    ).rejects.toMatchObject({ code: 'not_found' });
    const future = new Date(t().ctx.clock.now().getTime() + 3_600_000).toISOString();
    await expect(
      planEvacuation(medic, {
        latitude: 6.5,
        longitude: 22,
        precedence: 'routine',
        injuredAt: future,
      }),
    ).rejects.toMatchObject({ code: 'validation_failed', details: [{ path: 'injuredAt' }] });
  });
});
