/**
 * M2 (¶110–111): CASEVAC / MEDEVAC requests. Sent from the field (evacuations:request — staff
 * and medical officers), tasked, tracked and ended by the mission's aviation cell
 * (evacuations:task), seen by both in the mission's view (evacuations:read). Every change goes
 * through `advanceEvacuation`, which holds M2's order of steps, their times and the reasons; the
 * tasking holds M3: an aircraft of the mission, available, not flying another request, able to fly
 * at night when it is night at the pick-up, to a facility able to treat the precedence — and the
 * estimate is kept and judged against the arrival target before the aircraft leaves. A request
 * counts patients and never names them; the casualties it carries are linked by id.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertHappened } from '../../core/happened.js';
import {
  assertCan,
  assertPermission,
  hasPermission,
  missionForWrite,
  missionsToRead,
} from '../../core/policy.js';
import { toBool, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import type { MedicalEvacuationsTable } from '../../db/schema-medical.js';
import { retryOnUniqueViolation } from '../../db/unique-retry.js';
import { audit } from '../audit/audit.service.js';
import { getIncident } from '../incidents/incident.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import { evacuationRecordType, notifyCell } from './evacuation.notices.js';
import { findCasualty } from './casualty.repository.js';
import type { Updateable } from 'kysely';
import {
  assertTransition,
  isOpen,
  mostUrgent,
  type EvacuationStatus,
  type Precedence,
} from './evacuation.rules.js';
import {
  casualtiesOf,
  countEvacuationReferences,
  evacuationRows,
  findEvacuation,
  insertEvacuation,
  requestFlownBy,
  updateEvacuation,
  type EvacuationRow,
} from './evacuation.repository.js';
import type {
  Evacuation,
  EvacuationStepInput,
  PatientsByPrecedence,
  RequestedEvacuation,
  RequestEvacuationInput,
} from './evacuation.schema.js';
import { findAircraft, findFacility } from './facility.repository.js';
import { answer, evacuationOf, namesOf, stepsOf } from './evacuation.mapping.js';
import { aircraftOf, facilityOf, routingResources } from './facility.service.js';
import { canTreat, flightMinutes, isNight, planRoute } from './routing.rules.js';

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);
const refused = (message: string) => new DomainError('invalid_state', message);
const words = (code: string) => code.replace(/_/g, ' ');

/** The casualties a request carries: recorded in its mission, linked only by a medical officer. */
async function assertCasualties(ctx: RequestContext, missionId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  if (!hasPermission(ctx.actor, 'medical:read'))
    throw invalid('casualtyIds', 'only a medical officer links recorded casualties to a request');
  for (const [i, id] of ids.entries()) {
    const casualty = await findCasualty(ctx.db, id);
    if (!casualty || casualty.mission_id !== missionId)
      throw invalid(`casualtyIds.${i}`, 'not a casualty recorded in this mission');
  }
}

/**
 * M2: a request from the field — the standard request's lines, its clock from the earliest
 * injury — and, with it, the plan M3 would make now. The mission's aviation cell is notified.
 * @throws forbidden, not_found (mission, incident), validation_failed (injury in the future, no patient, casualties)
 */
export async function requestEvacuation(
  ctx: RequestContext,
  input: RequestEvacuationInput,
  options: { illustrative?: boolean; requestedAt?: Date } = {},
): Promise<RequestedEvacuation> {
  assertPermission(ctx.actor, 'evacuations:request');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  const now = ctx.clock.now();
  const requestedAt = options.requestedAt ?? now;
  assertHappened(now, { injuredAt: input.injuredAt });
  if (Date.parse(input.injuredAt) > requestedAt.getTime())
    throw invalid('injuredAt', 'after the request: the injury comes first');
  const precedence = mostUrgent(input.patients);
  if (input.incidentId !== null) {
    const incident = await getIncident(ctx, input.incidentId);
    if (incident.missionId !== missionId)
      throw invalid('incidentId', 'an incident of another mission');
  }
  await assertCasualties(ctx, missionId, input.casualtyIds);
  const casualtyIds = [...new Set(input.casualtyIds)];
  const row = await retryOnUniqueViolation(ctx, () =>
    inTransaction(ctx, async (tx) => {
      const prefix = `EVAC-${requestedAt.getUTCFullYear()}-`;
      const n = (await countEvacuationReferences(tx.db, missionId, prefix)) + 1;
      const id = tx.ids.newId();
      const values = {
        id,
        mission_id: missionId,
        reference: `${prefix}${String(n).padStart(4, '0')}`,
        kind: input.kind,
        incident_id: input.incidentId,
        injured_at: toTimestamp(new Date(input.injuredAt)),
        precedence,
        patients: toJson(input.patients satisfies PatientsByPrecedence),
        pickup_latitude: input.latitude,
        pickup_longitude: input.longitude,
        pickup_description: input.pickupDescription,
        special_equipment: toJson([...new Set(input.specialEquipment)]),
        security: input.security,
        marking: input.marking,
        nationality: toJson([...new Set(input.nationality)]),
        cbrn: input.cbrn,
        terrain: input.terrain,
        status: 'requested',
        requested_at: toTimestamp(requestedAt),
        stop_note: '',
        crew: '',
        illustrative: toBool(options.illustrative === true),
        created_by: tx.actor.username,
        updated_at: toTimestamp(now),
        version: 1,
      };
      await insertEvacuation(tx.db, values, casualtyIds);
      const { id: _id, mission_id: _m, updated_at: _u, ...change } = values;
      await audit(tx, {
        action: 'medical.evacuation.request',
        recordType: evacuationRecordType,
        recordId: id,
        missionId,
        change: { ...change, casualtyIds },
      });
      return (await findEvacuation(tx.db, id))!;
    }),
  );
  const evacuation = await answer(ctx, row);
  await notifyCell(ctx, evacuation);
  const { facilities, aircraft } = await routingResources(ctx, missionId);
  const plan = planRoute({
    pickup: { latitude: input.latitude, longitude: input.longitude },
    precedence,
    injuredAt: evacuation.injuredAt,
    now,
    facilities,
    assets: aircraft,
  });
  return { ...evacuation, plan };
}

async function reachable(
  ctx: RequestContext,
  id: string,
  permission: 'evacuations:read' | 'evacuations:task',
) {
  const row = await findEvacuation(ctx.db, id);
  assertCan(ctx.actor, permission, {
    kind: 'Evacuation',
    record: row && { id, missionId: row.mission_id, compartmentIds: [] },
  });
  return row!;
}

/** One request with its clock. @throws forbidden, not_found */
export async function getEvacuation(ctx: RequestContext, id: string): Promise<Evacuation> {
  return answer(ctx, await reachable(ctx, id, 'evacuations:read'));
}

/**
 * The requests in view: the open ones the most pressing first (the earliest arrival due), then the
 * ended ones, the latest request first. @throws forbidden, not_found (mission)
 */
export async function listEvacuations(
  ctx: RequestContext,
  query: { missionId?: string; state: 'open' | 'ended' | 'all' },
): Promise<Evacuation[]> {
  assertPermission(ctx.actor, 'evacuations:read');
  const missionIds = missionsToRead(ctx.actor, query.missionId);
  const rows = await evacuationRows(ctx.db, { missionIds, state: query.state });
  const links = await casualtiesOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const names = await namesOf(ctx, missionIds);
  const now = ctx.clock.now();
  const items = rows.map((r) =>
    evacuationOf(r, { casualtyIds: links.get(r.id) ?? [], names, now }),
  );
  const open = items.filter((e) => isOpen(e.status));
  open.sort(
    (a, b) =>
      a.clock.arrivalDueAt.localeCompare(b.clock.arrivalDueAt) ||
      a.reference.localeCompare(b.reference),
  );
  return [...open, ...items.filter((e) => !isOpen(e.status))];
}

const stepColumn = {
  tasked: 'tasked_at',
  airborne: 'airborne_at',
  at_patient: 'at_patient_at',
  at_facility: 'at_facility_at',
  refused: 'ended_at',
  aborted: 'ended_at',
} as const;

/** The tasking (M3 before the aircraft leaves): what it is tasked with and the estimate kept. */
async function tasking(
  ctx: RequestContext,
  row: EvacuationRow,
  { input, at }: { input: EvacuationStepInput; at: Date },
): Promise<Updateable<MedicalEvacuationsTable>> {
  if (!input.aircraftId) throw invalid('aircraftId', 'the aircraft tasked');
  if (!input.facilityId) throw invalid('facilityId', 'the facility it flies the patients to');
  const aircraftRow = await findAircraft(ctx.db, input.aircraftId);
  if (!aircraftRow || aircraftRow.mission_id !== row.mission_id)
    throw invalid('aircraftId', 'not an aircraft of this mission');
  const aircraft = aircraftOf(aircraftRow);
  if (!aircraft.available) throw refused(`${aircraft.name} is not available`);
  const flying = await requestFlownBy(ctx.db, aircraft.id);
  if (flying) throw refused(`${aircraft.name} is flying ${flying.reference}`);
  const pickup = { latitude: row.pickup_latitude, longitude: row.pickup_longitude };
  if (isNight(pickup, at) && !aircraft.nightCapable)
    throw refused(
      `it is night at the pick-up and ${aircraft.name} cannot fly at night: task a night-capable aircraft, or refuse the request (night without a night-capable asset)`,
    );
  const facility = await facilityFor(ctx, row, input.facilityId);
  const minutes = flightMinutes(aircraft, pickup, facility);
  return {
    aircraft_id: aircraft.id,
    crew: input.crew ?? '',
    facility_id: facility.id,
    estimated_arrival_at: toTimestamp(new Date(at.getTime() + minutes * 60_000)),
  };
}

/** A facility of the request's mission able to treat its precedence. */
async function facilityFor(ctx: RequestContext, row: EvacuationRow, facilityId: string) {
  const found = await findFacility(ctx.db, facilityId);
  if (!found || found.mission_id !== row.mission_id)
    throw invalid('facilityId', 'not a facility of this mission');
  const facility = facilityOf(found);
  if (!canTreat(facility, row.precedence as Precedence))
    throw invalid(
      'facilityId',
      facility.status === 'closed'
        ? `${facility.name} is closed`
        : `${facility.name} cannot treat ${words(row.precedence)} patients (surgery at level II or above)`,
    );
  return facility;
}

/**
 * M2: the request's next step, at the time given (now when absent): tasked (aircraft, crew,
 * facility — M3's checks and the estimate), airborne, at the patient, at the facility (a
 * diversion names the facility), or refused / aborted with the reason. Against the version read.
 * @throws forbidden, not_found, conflict, invalid_state (order, aircraft), validation_failed (time, fields)
 */
export async function advanceEvacuation(
  ctx: RequestContext,
  id: string,
  input: EvacuationStepInput,
): Promise<Evacuation> {
  assertPermission(ctx.actor, 'evacuations:task');
  const row = await retryOnUniqueViolation(ctx, () =>
    inTransaction(ctx, async (tx) => {
      const row = await reachable(tx, id, 'evacuations:task');
      assertTransition(row.status as EvacuationStatus, input.to);
      const now = tx.clock.now();
      const at = input.at === undefined ? now : new Date(input.at);
      assertHappened(now, { at: input.at });
      const last = stepsOf(row).at(-1)!;
      if (at.getTime() < Date.parse(last.at))
        throw invalid('at', `before the step before it (${words(last.status)} at ${last.at})`);
      let change: Updateable<MedicalEvacuationsTable> = { [stepColumn[input.to]]: toTimestamp(at) };
      if (input.to === 'tasked') change = { ...change, ...(await tasking(tx, row, { input, at })) };
      if (input.to === 'at_facility' && input.facilityId !== undefined)
        change.facility_id = (await facilityFor(tx, row, input.facilityId)).id;
      if (input.to === 'refused' || input.to === 'aborted') {
        if (!input.reason) throw invalid('reason', `why the request is ${input.to}`);
        if (input.reason === 'other' && !input.note)
          throw invalid('note', 'say what the other reason is');
        change = { ...change, stop_reason: input.reason, stop_note: input.note ?? '' };
      }
      const done = await updateEvacuation(tx.db, {
        id,
        version: input.version,
        change: { ...change, status: input.to, updated_at: toTimestamp(now) },
      });
      if (!done) throw staleVersion('The request', input.version);
      await audit(tx, {
        action: `medical.evacuation.${input.to}`,
        recordType: evacuationRecordType,
        recordId: id,
        missionId: row.mission_id,
        change: { status: input.to, ...change },
      });
      return (await findEvacuation(tx.db, id))!;
    }),
  );
  return answer(ctx, row);
}
