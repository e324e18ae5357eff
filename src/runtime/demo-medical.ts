/**
 * The demo's medical picture (issue 19): MINUSCA's facilities and evacuation aircraft, a few
 * casualties against 10-1-2 and evacuation requests in every state — requested, tasked, airborne,
 * at the patient, at the facility in time and late, refused, aborted. All made up, marked
 * illustrative (shown so, never counted as facts); places are real towns of the Central African
 * Republic, times relative to the moment the demo loads. Once: nothing if the mission already has
 * illustrative facilities.
 */
import type { RequestContext } from '../db/context.js';
import { systemActor } from '../core/system-actor.js';
import { advanceEvacuation, requestEvacuation } from '../modules/medical/evacuation.service.js';
import { RequestEvacuationInput } from '../modules/medical/evacuation.schema.js';
import { CreateAircraftInput, CreateFacilityInput } from '../modules/medical/facility.schema.js';
import { loadDemoCasualties, loadDemoFatality } from './demo-casualties.js';
import {
  createAircraft,
  createFacility,
  illustrativeFacilitiesLoaded,
} from '../modules/medical/facility.service.js';

const minute = 60_000;

export interface DemoMedical {
  facilities: number;
  evacuations: number;
  casualties: number;
  fatalities: number;
}

const facilities = [
  {
    name: 'Level II Bangui',
    level: 'level_2',
    latitude: 4.398,
    longitude: 18.519,
    surgery: true,
    blood: true,
    beds: 40,
    icuBeds: 4,
  },
  { name: 'Level I Bria', level: 'level_1', latitude: 6.537, longitude: 21.987, beds: 10 },
  { name: 'Level I Bambari', level: 'level_1', latitude: 5.762, longitude: 20.672, beds: 10 },
  { name: 'Level I Kaga-Bandoro', level: 'level_1', latitude: 6.989, longitude: 19.186, beds: 8 },
  { name: 'Level I Bangassou', level: 'level_1', latitude: 4.741, longitude: 22.818, beds: 8 },
  {
    name: 'Level I Birao',
    level: 'level_1',
    latitude: 10.283,
    longitude: 22.786,
    beds: 6,
    status: 'degraded',
    statusNote: 'One doctor of two',
  },
  {
    name: 'Level II Bouar',
    level: 'level_2',
    latitude: 5.934,
    longitude: 15.596,
    surgery: true,
    blood: true,
    beds: 20,
    icuBeds: 2,
  },
  {
    name: 'Aero-medical team Bangui',
    level: 'aeromedical_team',
    latitude: 4.398,
    longitude: 18.519,
  },
] as const;

const aircraft = [
  {
    name: 'Mi-17 NVG 1',
    speedKmh: 230,
    nightCapable: true,
    baseName: 'Bangui M’Poko',
    latitude: 4.398,
    longitude: 18.519,
  },
  {
    name: 'Mi-17 NVG 2',
    speedKmh: 230,
    nightCapable: true,
    baseName: 'Bambari',
    latitude: 5.762,
    longitude: 20.672,
  },
  {
    name: 'Mi-8 MTV',
    speedKmh: 220,
    nightCapable: true,
    baseName: 'Bangui M’Poko',
    latitude: 4.398,
    longitude: 18.519,
  },
  {
    name: 'Bell 412',
    speedKmh: 240,
    nightCapable: false,
    baseName: 'Bouar',
    latitude: 5.934,
    longitude: 15.596,
  },
] as const;

interface DemoEvacuation {
  /** Minutes before the demo loads the request was sent; the injury ten minutes before it. */
  ago: number;
  pickup: [description: string, latitude: number, longitude: number];
  patients: Partial<Record<'urgent_surgical' | 'urgent' | 'priority' | 'routine', number>>;
  /** The steps reached, each minutes after the request. */
  steps: [to: 'tasked' | 'airborne' | 'at_patient' | 'at_facility', after: number][];
  aircraft?: string;
  facility?: string;
  stop?: {
    to: 'refused' | 'aborted';
    after: number;
    reason: 'weather' | 'patient_died';
    note: string;
  };
}

const evacuations: DemoEvacuation[] = [
  { ago: 3, pickup: ['Damara, checkpoint', 4.96, 18.7], patients: { urgent: 1 }, steps: [] },
  {
    ago: 12,
    pickup: ['Sibut, base', 5.718, 19.074],
    patients: { urgent_surgical: 1, priority: 1 },
    steps: [['tasked', 6]],
    aircraft: 'Mi-17 NVG 1',
    facility: 'Level II Bangui',
  },
  {
    ago: 30,
    pickup: ['Grimari road, km 12', 5.73, 20.06],
    patients: { priority: 2 },
    steps: [
      ['tasked', 5],
      ['airborne', 14],
    ],
    aircraft: 'Mi-17 NVG 2',
    facility: 'Level I Bambari',
  },
  {
    ago: 50,
    pickup: ['Boali, bridge', 4.8, 18.12],
    patients: { urgent: 2 },
    steps: [
      ['tasked', 4],
      ['airborne', 12],
      ['at_patient', 40],
    ],
    aircraft: 'Mi-8 MTV',
    facility: 'Level II Bangui',
  },
  {
    ago: 300,
    pickup: ['Bossembélé, market', 5.267, 17.65],
    patients: { urgent_surgical: 1 },
    steps: [
      ['tasked', 5],
      ['airborne', 13],
      ['at_patient', 35],
      ['at_facility', 62],
    ],
    aircraft: 'Mi-17 NVG 1',
    facility: 'Level II Bangui',
  },
  {
    ago: 900,
    pickup: ['Ndélé, airstrip', 8.409, 20.653],
    patients: { urgent_surgical: 1, routine: 1 },
    steps: [
      ['tasked', 20],
      ['airborne', 35],
      ['at_patient', 110],
      ['at_facility', 190],
    ],
    aircraft: 'Mi-17 NVG 2',
    facility: 'Level II Bangui',
  },
  {
    ago: 1500,
    pickup: ['Obo, base', 5.4, 26.49],
    patients: { urgent: 1 },
    steps: [],
    stop: { to: 'refused', after: 15, reason: 'weather', note: 'Thunderstorms over the Mbomou' },
  },
  {
    ago: 2200,
    pickup: ['Kaga-Bandoro, camp', 6.989, 19.186],
    patients: { urgent: 1 },
    steps: [['tasked', 8]],
    aircraft: 'Mi-8 MTV',
    facility: 'Level II Bangui',
    stop: { to: 'aborted', after: 20, reason: 'patient_died', note: '' },
  },
];

/** Loads the demo's facilities, aircraft, casualties and evacuations into the mission, once. */
export async function loadDemoMedical(
  loader: RequestContext,
  missionId: string,
): Promise<DemoMedical> {
  const ctx: RequestContext = {
    ...loader,
    actor: systemActor('demo-loader', 'system', [
      'incidents:read',
      'medical:read',
      'medical:write',
      'evacuations:read',
      'evacuations:request',
      'evacuations:task',
    ]),
  };
  if (await illustrativeFacilitiesLoaded(ctx, missionId))
    return { facilities: 0, evacuations: 0, casualties: 0, fatalities: 0 };
  const illustrative = { illustrative: true };
  const facilityIds = new Map<string, string>();
  for (const f of facilities) {
    const made = await createFacility(
      ctx,
      CreateFacilityInput.parse({ ...f, missionId }),
      illustrative,
    );
    facilityIds.set(f.name, made.id);
  }
  const aircraftIds = new Map<string, string>();
  for (const a of aircraft) {
    const made = await createAircraft(
      ctx,
      CreateAircraftInput.parse({ ...a, missionId, kind: 'helicopter', available: true }),
      illustrative,
    );
    aircraftIds.set(a.name, made.id);
  }
  const now = ctx.clock.now().getTime();
  const at = (ms: number) => new Date(ms).toISOString();
  // The oldest first, so each aircraft is free again before the next one takes it.
  for (const e of [...evacuations].sort((a, b) => b.ago - a.ago)) {
    const requestedAt = now - e.ago * minute;
    const [description, latitude, longitude] = e.pickup;
    let r = await requestEvacuation(
      ctx,
      RequestEvacuationInput.parse({
        missionId,
        injuredAt: at(requestedAt - 10 * minute),
        latitude,
        longitude,
        pickupDescription: description,
        patients: e.patients,
        security: 'possible_enemy',
        marking: 'smoke',
        nationality: ['un_military'],
      }),
      { illustrative: true, requestedAt: new Date(requestedAt) },
    );
    for (const [to, after] of e.steps)
      r = {
        ...r,
        ...(await advanceEvacuation(ctx, r.id, {
          version: r.version,
          to,
          at: at(requestedAt + after * minute),
          ...(to === 'tasked'
            ? {
                aircraftId: aircraftIds.get(e.aircraft!)!,
                facilityId: facilityIds.get(e.facility!)!,
                crew: 'UNIFIED 7',
              }
            : {}),
        })),
      };
    if (e.stop)
      await advanceEvacuation(ctx, r.id, {
        version: r.version,
        to: e.stop.to,
        at: at(requestedAt + e.stop.after * minute),
        reason: e.stop.reason,
        note: e.stop.note,
      });
  }
  const casualties = await loadDemoCasualties(ctx, missionId, facilityIds.get('Level II Bangui')!);
  const fatalities = await loadDemoFatality(ctx, missionId);
  return { facilities: facilities.length, evacuations: evacuations.length, casualties, fatalities };
}
