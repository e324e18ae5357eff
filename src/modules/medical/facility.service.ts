/**
 * M3 (¶110–111): a mission's medical facilities and evacuation aircraft, and the route plan for an
 * evacuation (routing.rules.ts) over them. Read with evacuations:read in the mission's view (the
 * field, the medical officers and the aviation cell all need to know where care is); facilities
 * written by the medical officers (medical:write), aircraft by the aviation cell
 * (evacuations:task); every write audited, every change against the version read. Facilities and
 * aircraft hold no patient data.
 */
import { staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission, missionForWrite, missionsToRead } from '../../core/policy.js';
import { fromBool, fromTimestamp, toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { DomainError } from '../../core/errors.js';
import { audit } from '../audit/audit.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import {
  aircraftNamed,
  aircraftRows,
  facilityNamed,
  facilityRows,
  anyIllustrativeFacility,
  findAircraft,
  findFacility,
  insertAircraft,
  insertFacility,
  updateAircraft as updateAircraftRow,
  updateFacility as updateFacilityRow,
  type AircraftRow,
  type FacilityRow,
} from './facility.repository.js';
import type {
  Aircraft,
  CreateAircraftInput,
  CreateFacilityInput,
  Facility,
  RoutePlanInput,
  UpdateAircraftInput,
  UpdateFacilityInput,
} from './facility.schema.js';
import { aircraftFlying } from './evacuation.repository.js';
import { planRoute, type RoutePlan } from './routing.rules.js';

export const facilityOf = (r: FacilityRow): Facility => ({
  id: r.id,
  missionId: r.mission_id,
  name: r.name,
  level: r.level as Facility['level'],
  status: r.status as Facility['status'],
  statusNote: r.status_note,
  latitude: r.latitude,
  longitude: r.longitude,
  operatedBy: r.operated_by,
  surgery: fromBool(r.surgery),
  blood: fromBool(r.blood),
  beds: r.beds,
  icuBeds: r.icu_beds,
  illustrative: fromBool(r.illustrative),
  updatedAt: fromTimestamp(r.updated_at).toISOString(),
  version: r.version,
});

export const aircraftOf = (r: AircraftRow): Aircraft => ({
  id: r.id,
  missionId: r.mission_id,
  name: r.name,
  kind: r.kind as Aircraft['kind'],
  speedKmh: r.speed_kmh,
  nightCapable: fromBool(r.night_capable),
  available: fromBool(r.available),
  baseName: r.base_name,
  latitude: r.latitude,
  longitude: r.longitude,
  illustrative: fromBool(r.illustrative),
  updatedAt: fromTimestamp(r.updated_at).toISOString(),
  version: r.version,
});

/** The missions whose records a list shows: the one asked for (in view), else every one in view. */

/** Facilities of the mission in view (at headquarters: of every mission, or the one asked). @throws forbidden, not_found */
export async function listFacilities(ctx: RequestContext, missionId?: string): Promise<Facility[]> {
  assertPermission(ctx.actor, 'evacuations:read');
  return (await facilityRows(ctx.db, missionsToRead(ctx.actor, missionId))).map(facilityOf);
}

export async function listAircraft(ctx: RequestContext, missionId?: string): Promise<Aircraft[]> {
  assertPermission(ctx.actor, 'evacuations:read');
  return (await aircraftRows(ctx.db, missionsToRead(ctx.actor, missionId))).map(aircraftOf);
}

const nameTaken = (what: string, name: string) =>
  new DomainError('conflict', `name: the mission has ${what} called ${name}`, [
    { path: 'name', message: 'already used in this mission' },
  ]);

/** @throws forbidden, not_found (mission), conflict (name), validation_failed (mission at HQ) */
export async function createFacility(
  ctx: RequestContext,
  input: CreateFacilityInput,
  options: { illustrative?: boolean } = {},
): Promise<Facility> {
  assertPermission(ctx.actor, 'medical:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  return inTransaction(ctx, async (tx) => {
    if (await facilityNamed(tx.db, missionId, input.name))
      throw nameTaken('a facility', input.name);
    const now = toTimestamp(tx.clock.now());
    const row = {
      id: tx.ids.newId(),
      mission_id: missionId,
      name: input.name,
      level: input.level,
      status: input.status,
      status_note: input.statusNote,
      latitude: input.latitude,
      longitude: input.longitude,
      operated_by: input.operatedBy,
      surgery: toBool(input.surgery),
      blood: toBool(input.blood),
      beds: input.beds,
      icu_beds: input.icuBeds,
      illustrative: toBool(options.illustrative === true),
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertFacility(tx.db, row);
    const { id: _id, mission_id: _m, created_at: _c, updated_at: _u, ...change } = row;
    await audit(tx, {
      action: 'medical.facility.create',
      recordType: 'medical_facility',
      recordId: row.id,
      missionId,
      change,
    });
    return facilityOf((await findFacility(tx.db, row.id))!);
  });
}

/** @throws forbidden, not_found, conflict (stale version, name) */
export async function updateFacility(
  ctx: RequestContext,
  id: string,
  input: UpdateFacilityInput,
): Promise<Facility> {
  assertPermission(ctx.actor, 'medical:write');
  return inTransaction(ctx, async (tx) => {
    const row = await findFacility(tx.db, id);
    assertCan(tx.actor, 'medical:write', {
      kind: 'Facility',
      record: row && { id, missionId: row.mission_id, compartmentIds: [] },
    });
    const { version, ...fields } = input;
    if (
      fields.name &&
      fields.name !== row!.name &&
      (await facilityNamed(tx.db, row!.mission_id, fields.name))
    )
      throw nameTaken('a facility', fields.name);
    const change = {
      ...(fields.name !== undefined && { name: fields.name }),
      ...(fields.level !== undefined && { level: fields.level }),
      ...(fields.status !== undefined && { status: fields.status }),
      // Back to operational: the note of what was wrong goes with it, unless a new one is given.
      ...(fields.statusNote !== undefined
        ? { status_note: fields.statusNote }
        : fields.status === 'operational' && { status_note: '' }),
      ...(fields.latitude !== undefined && { latitude: fields.latitude }),
      ...(fields.longitude !== undefined && { longitude: fields.longitude }),
      ...(fields.operatedBy !== undefined && { operated_by: fields.operatedBy }),
      ...(fields.surgery !== undefined && { surgery: toBool(fields.surgery) }),
      ...(fields.blood !== undefined && { blood: toBool(fields.blood) }),
      ...(fields.beds !== undefined && { beds: fields.beds }),
      ...(fields.icuBeds !== undefined && { icu_beds: fields.icuBeds }),
    };
    const done = await updateFacilityRow(tx.db, {
      id,
      version,
      change: { ...change, updated_at: toTimestamp(tx.clock.now()) },
    });
    if (!done) throw staleVersion('The facility', version);
    await audit(tx, {
      action: 'medical.facility.update',
      recordType: 'medical_facility',
      recordId: id,
      missionId: row!.mission_id,
      change,
    });
    return facilityOf((await findFacility(tx.db, id))!);
  });
}

/** @throws forbidden, not_found (mission), conflict (name), validation_failed (mission at HQ) */
export async function createAircraft(
  ctx: RequestContext,
  input: CreateAircraftInput,
  options: { illustrative?: boolean } = {},
): Promise<Aircraft> {
  assertPermission(ctx.actor, 'evacuations:task');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  return inTransaction(ctx, async (tx) => {
    if (await aircraftNamed(tx.db, missionId, input.name))
      throw nameTaken('an aircraft', input.name);
    const now = toTimestamp(tx.clock.now());
    const row = {
      id: tx.ids.newId(),
      mission_id: missionId,
      name: input.name,
      kind: input.kind,
      speed_kmh: input.speedKmh,
      night_capable: toBool(input.nightCapable),
      available: toBool(input.available),
      base_name: input.baseName,
      latitude: input.latitude,
      longitude: input.longitude,
      illustrative: toBool(options.illustrative === true),
      created_at: now,
      updated_at: now,
      version: 1,
    };
    await insertAircraft(tx.db, row);
    const { id: _id, mission_id: _m, created_at: _c, updated_at: _u, ...change } = row;
    await audit(tx, {
      action: 'medical.aircraft.create',
      recordType: 'medical_aircraft',
      recordId: row.id,
      missionId,
      change,
    });
    return aircraftOf((await findAircraft(tx.db, row.id))!);
  });
}

/** @throws forbidden, not_found, conflict (stale version) */
export async function updateAircraft(
  ctx: RequestContext,
  id: string,
  input: UpdateAircraftInput,
): Promise<Aircraft> {
  assertPermission(ctx.actor, 'evacuations:task');
  return inTransaction(ctx, async (tx) => {
    const row = await findAircraft(tx.db, id);
    assertCan(tx.actor, 'evacuations:task', {
      kind: 'Aircraft',
      record: row && { id, missionId: row.mission_id, compartmentIds: [] },
    });
    const { version, ...fields } = input;
    const change = {
      ...(fields.available !== undefined && { available: toBool(fields.available) }),
      ...(fields.nightCapable !== undefined && { night_capable: toBool(fields.nightCapable) }),
      ...(fields.speedKmh !== undefined && { speed_kmh: fields.speedKmh }),
      ...(fields.baseName !== undefined && { base_name: fields.baseName }),
      ...(fields.latitude !== undefined && { latitude: fields.latitude }),
      ...(fields.longitude !== undefined && { longitude: fields.longitude }),
    };
    const done = await updateAircraftRow(tx.db, {
      id,
      version,
      change: { ...change, updated_at: toTimestamp(tx.clock.now()) },
    });
    if (!done) throw staleVersion('The aircraft', version);
    await audit(tx, {
      action: 'medical.aircraft.update',
      recordType: 'medical_aircraft',
      recordId: id,
      missionId: row!.mission_id,
      change,
    });
    return aircraftOf((await findAircraft(tx.db, id))!);
  });
}

/**
 * A mission's facilities and aircraft as the route plan sees them: an aircraft flying an open
 * evacuation is not available for another.
 */
export async function routingResources(ctx: RequestContext, missionId: string) {
  const facilities = (await facilityRows(ctx.db, [missionId])).map(facilityOf);
  const busy = await aircraftFlying(ctx.db, missionId);
  const aircraft = (await aircraftRows(ctx.db, [missionId]))
    .map(aircraftOf)
    .map((a) => (busy.has(a.id) ? { ...a, available: false } : a));
  return { facilities, aircraft };
}

/**
 * M3: the plan for an evacuation from a point, now, over the mission's facilities and aircraft:
 * the facility, the aircraft, the estimate and its verdict against the precedence's target.
 * @throws forbidden, not_found (mission), validation_failed (injury in the future; mission at HQ)
 */
export async function planEvacuation(
  ctx: RequestContext,
  input: RoutePlanInput,
): Promise<RoutePlan> {
  assertPermission(ctx.actor, 'evacuations:read');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  const now = ctx.clock.now();
  if (Date.parse(input.injuredAt) > now.getTime())
    throw new DomainError('validation_failed', 'injuredAt: the injury cannot be in the future', [
      { path: 'injuredAt', message: 'in the future' },
    ]);
  const { facilities, aircraft } = await routingResources(ctx, missionId);
  return planRoute({
    pickup: { latitude: input.latitude, longitude: input.longitude },
    precedence: input.precedence,
    injuredAt: new Date(input.injuredAt).toISOString(),
    now,
    facilities,
    assets: aircraft,
  });
}

/** Whether the demo's illustrative facilities are in the mission already (the demo loads once). */
export async function illustrativeFacilitiesLoaded(
  ctx: RequestContext,
  missionId: string,
): Promise<boolean> {
  return anyIllustrativeFacility(ctx.db, missionId);
}
