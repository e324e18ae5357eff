/** M2: an evacuation request as the API answers it — its steps in order, its clock, the names of its aircraft and facility. */
import { fromBool, fromJson, fromTimestamp } from '../../db/codecs.js';
import type { AppContext } from '../../db/context.js';
import {
  evacuationClock,
  type EvacuationStatus,
  type EvacuationStep,
  type Precedence,
} from './evacuation.rules.js';
import { casualtiesOf, type EvacuationRow } from './evacuation.repository.js';
import type { Evacuation } from './evacuation.schema.js';
import { aircraftRows, facilityRows } from './facility.repository.js';

/** The steps reached, in order, from the row's timestamps. */
export function stepsOf(row: EvacuationRow): EvacuationStep[] {
  const at = (value: string | Date | null) =>
    value === null ? null : fromTimestamp(value).toISOString();
  const steps: EvacuationStep[] = [{ status: 'requested', at: at(row.requested_at)! }];
  for (const [status, value] of [
    ['tasked', row.tasked_at],
    ['airborne', row.airborne_at],
    ['at_patient', row.at_patient_at],
    ['at_facility', row.at_facility_at],
  ] as const) {
    const when = at(value);
    if (when !== null) steps.push({ status, at: when });
  }
  if (row.status === 'refused' || row.status === 'aborted')
    steps.push({ status: row.status, at: at(row.ended_at)! });
  return steps;
}

export interface Names {
  aircraft: Map<string, string>;
  facilities: Map<string, string>;
}

export async function namesOf(
  ctx: AppContext,
  missionIds: 'all' | readonly string[],
): Promise<Names> {
  return {
    aircraft: new Map((await aircraftRows(ctx.db, missionIds)).map((a) => [a.id, a.name])),
    facilities: new Map((await facilityRows(ctx.db, missionIds)).map((f) => [f.id, f.name])),
  };
}

export function evacuationOf(
  row: EvacuationRow,
  { casualtyIds, names, now }: { casualtyIds: string[]; names: Names; now: Date },
): Evacuation {
  const injuredAt = fromTimestamp(row.injured_at).toISOString();
  const precedence = row.precedence as Precedence;
  const steps = stepsOf(row);
  const clock = evacuationClock({ injuredAt, precedence, steps }, now);
  const estimated =
    row.estimated_arrival_at === null
      ? null
      : fromTimestamp(row.estimated_arrival_at).toISOString();
  const named = (id: string | null, from: Map<string, string>) =>
    id === null ? null : { id, name: from.get(id) ?? id };
  return {
    id: row.id,
    missionId: row.mission_id,
    reference: row.reference,
    kind: row.kind as Evacuation['kind'],
    incidentId: row.incident_id,
    casualtyIds,
    injuredAt,
    precedence,
    patients: fromJson<Evacuation['patients']>(row.patients),
    latitude: row.pickup_latitude,
    longitude: row.pickup_longitude,
    pickupDescription: row.pickup_description,
    specialEquipment: fromJson<Evacuation['specialEquipment']>(row.special_equipment),
    security: row.security as Evacuation['security'],
    marking: row.marking as Evacuation['marking'],
    nationality: fromJson<Evacuation['nationality']>(row.nationality),
    cbrn: row.cbrn as Evacuation['cbrn'],
    terrain: row.terrain,
    status: row.status as EvacuationStatus,
    steps,
    stopReason: row.stop_reason as Evacuation['stopReason'],
    stopNote: row.stop_note,
    aircraft: named(row.aircraft_id, names.aircraft),
    crew: row.crew,
    facility: named(row.facility_id, names.facilities),
    estimatedArrivalAt: estimated,
    estimateVerdict:
      estimated === null ? null : estimated <= clock.arrivalDueAt ? 'within' : 'beyond',
    clock,
    now: now.toISOString(),
    illustrative: fromBool(row.illustrative),
    createdBy: row.created_by,
    version: row.version,
  };
}

export async function answer(ctx: AppContext, row: EvacuationRow): Promise<Evacuation> {
  const links = await casualtiesOf(ctx.db, [row.id]);
  return evacuationOf(row, {
    casualtyIds: links.get(row.id) ?? [],
    names: await namesOf(ctx, [row.mission_id]),
    now: ctx.clock.now(),
  });
}
