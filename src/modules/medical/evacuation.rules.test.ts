/** M2 (¶110): evacuation requests, their steps and their clocks; M3 (¶110–111): routing. */
import { describe, expect, it } from 'vitest';
import { distanceKm } from '../../core/geo.js';
import {
  assertTransition,
  evacuationClock,
  mostUrgent,
  type EvacuationStatus,
} from './evacuation.rules.js';
import {
  canTreat,
  isNight,
  planRoute,
  sunElevation,
  type AssetForRouting,
  type FacilityForRouting,
} from './routing.rules.js';

const t0 = Date.parse('2026-03-10T08:00:00.000Z');
const min = (m: number) => new Date(t0 + m * 60_000).toISOString();

describe('M2 evacuation requests (¶110)', () => {
  it('M2: steps go forward one at a time; refused before tasking, aborted after; nothing after the end', () => {
    const path: EvacuationStatus[] = [
      'requested',
      'tasked',
      'airborne',
      'at_patient',
      'at_facility',
    ];
    for (let i = 0; i + 1 < path.length; i++)
      expect(() => assertTransition(path[i]!, path[i + 1]!)).not.toThrow();
    expect(() => assertTransition('requested', 'airborne')).toThrow(
      /a request requested goes next to tasked, not airborne/,
    );
    expect(() => assertTransition('requested', 'refused')).not.toThrow();
    expect(() => assertTransition('airborne', 'refused')).toThrow(/can be aborted, not refused/);
    expect(() => assertTransition('requested', 'aborted')).toThrow(/refused, not aborted/);
    for (const from of ['tasked', 'airborne', 'at_patient'] as const)
      expect(() => assertTransition(from, 'aborted')).not.toThrow();
    for (const end of ['at_facility', 'refused', 'aborted'] as const)
      expect(() => assertTransition(end, 'tasked')).toThrow(/the request has ended/);
  });

  it('M2: the clock follows the most urgent patient, runs while open and judges the arrival', () => {
    expect(mostUrgent({ routine: 2, urgent: 1 })).toBe('urgent');
    expect(mostUrgent({ priority: 1, urgent_surgical: 1 })).toBe('urgent_surgical');
    expect(() => mostUrgent({ routine: 0 })).toThrow(/patients: at least one patient/);
    const injuredAt = min(0);
    const steps = [
      { status: 'requested' as const, at: min(12) },
      { status: 'tasked' as const, at: min(20) },
      { status: 'airborne' as const, at: min(31) },
    ];
    const open = evacuationClock({ injuredAt, precedence: 'urgent', steps }, new Date(min(50)));
    expect(open).toEqual({
      stepMinutes: { requested: 0, tasked: 8, airborne: 19 },
      elapsedMinutes: 38,
      arrivalDueAt: min(60),
      minutesLeft: 10,
      verdict: null,
    });
    const arrived = [
      ...steps,
      { status: 'at_patient' as const, at: min(45) },
      { status: 'at_facility' as const, at: min(61) },
    ];
    expect(
      evacuationClock({ injuredAt, precedence: 'urgent', steps: arrived }, new Date(min(500)))
        .verdict,
    ).toBe('late');
    expect(
      evacuationClock(
        { injuredAt, precedence: 'urgent_surgical', steps: arrived },
        new Date(min(500)),
      ),
    ).toMatchObject({ verdict: 'in_time', elapsedMinutes: 49, minutesLeft: null });
    const aborted = [...steps, { status: 'aborted' as const, at: min(40) }];
    expect(
      evacuationClock({ injuredAt, precedence: 'routine', steps: aborted }, new Date(min(500)))
        .verdict,
    ).toBe('not_evacuated');
  });
});

// Around Bangui and Bria (Central African Republic), illustrative.
const pickup = { latitude: 6.54, longitude: 21.99 }; // Bria
const facilities: FacilityForRouting[] = [
  {
    id: 'l1-bria',
    name: 'Level I Bria',
    level: 'level_1',
    status: 'operational',
    surgery: false,
    latitude: 6.53,
    longitude: 21.98,
  },
  {
    id: 'l2-kaga',
    name: 'Level II Kaga-Bandoro',
    level: 'level_2',
    status: 'degraded',
    surgery: true,
    latitude: 6.99,
    longitude: 19.19,
  },
  {
    id: 'l2-bangui',
    name: 'Level II Bangui',
    level: 'level_2',
    status: 'operational',
    surgery: true,
    latitude: 4.39,
    longitude: 18.52,
  },
  {
    id: 'l3-closed',
    name: 'Level III (closed)',
    level: 'level_3',
    status: 'closed',
    surgery: true,
    latitude: 6.6,
    longitude: 22.0,
  },
];
const helicopter = (over: Partial<AssetForRouting> = {}): AssetForRouting => ({
  id: 'mi8',
  name: 'Mi-8 Bangui',
  speedKmh: 220,
  nightCapable: false,
  available: true,
  latitude: 4.39,
  longitude: 18.52,
  ...over,
});
// 10:00 UTC is 11:00 in Bria: day; 22:00 UTC is night.
const day = new Date('2026-03-10T10:00:00.000Z');
const night = new Date('2026-03-10T22:00:00.000Z');

describe('M3 facilities and routing (¶110–111)', () => {
  it('M3: knows day from night where the patient is (the sun 6° below the horizon)', () => {
    expect(sunElevation(pickup, day)).toBeGreaterThan(60);
    expect(sunElevation(pickup, night)).toBeLessThan(-30);
    // Around sunset in Bria (about 17:00 UTC in March): twilight is still day for flying.
    expect(isNight(pickup, new Date('2026-03-10T17:05:00.000Z'))).toBe(false);
    expect(isNight(pickup, new Date('2026-03-10T18:00:00.000Z'))).toBe(true);
  });

  it('M3: a level I clinic resuscitates but does not operate; a closed facility treats no one', () => {
    expect(canTreat(facilities[0]!, 'urgent')).toBe(true);
    expect(canTreat(facilities[0]!, 'urgent_surgical')).toBe(false);
    expect(canTreat(facilities[3]!, 'routine')).toBe(false);
  });

  it('M3: routes to the nearest facility able to treat, operational before degraded, and judges the plan against its target', () => {
    const urgent = planRoute({
      pickup,
      precedence: 'urgent',
      injuredAt: day.toISOString(),
      now: day,
      facilities,
      assets: [helicopter()],
    });
    expect(urgent.facility).toMatchObject({ id: 'l1-bria', distanceKm: 2 });
    const surgical = planRoute({
      pickup,
      precedence: 'urgent_surgical',
      injuredAt: day.toISOString(),
      now: day,
      facilities,
      assets: [helicopter()],
    });
    // Kaga-Bandoro is nearer but degraded: Bangui, 480 km from Bria, is chosen.
    expect(surgical.facility).toMatchObject({ id: 'l2-bangui', degraded: false });
    expect(surgical.facility!.distanceKm).toBeGreaterThan(400);
    // Launch 15 + Bangui → Bria → Bangui at 220 km/h + 10 on the ground: far beyond 90 minutes.
    const leg = distanceKm(pickup, facilities[2]!);
    expect(surgical.estimatedMinutes).toBe(Math.ceil(15 + ((2 * leg) / 220) * 60 + 10));
    expect(surgical.estimatedMinutes).toBeGreaterThan(250);
    expect(surgical.verdict).toBe('beyond');
    const routine = planRoute({
      pickup,
      precedence: 'routine',
      injuredAt: day.toISOString(),
      now: day,
      facilities,
      assets: [helicopter()],
    });
    expect(routine.verdict).toBe('within');
    const nearAsset = helicopter({
      id: 'bria-heli',
      latitude: 6.5,
      longitude: 21.9,
      speedKmh: 250,
    });
    const withTwo = planRoute({
      pickup,
      precedence: 'urgent',
      injuredAt: day.toISOString(),
      now: day,
      facilities,
      assets: [helicopter(), nearAsset],
    });
    expect(withTwo.asset!.id).toBe('bria-heli');
    expect(withTwo.verdict).toBe('within');
  });

  it('M3: at night only a night-capable asset flies; without one the plan says so', () => {
    const dark = planRoute({
      pickup,
      precedence: 'urgent',
      injuredAt: night.toISOString(),
      now: night,
      facilities,
      assets: [helicopter()],
    });
    expect(dark).toMatchObject({
      night: true,
      verdict: 'none',
      reason: 'night_without_capable_asset',
    });
    const capable = planRoute({
      pickup,
      precedence: 'urgent',
      injuredAt: night.toISOString(),
      now: night,
      facilities,
      assets: [helicopter(), helicopter({ id: 'nvg', nightCapable: true })],
    });
    expect(capable.asset!.id).toBe('nvg');
    expect(
      planRoute({
        pickup,
        precedence: 'urgent',
        injuredAt: day.toISOString(),
        now: day,
        facilities,
        assets: [helicopter({ available: false })],
      }).reason,
    ).toBe('no_asset');
    expect(
      planRoute({
        pickup,
        precedence: 'urgent_surgical',
        injuredAt: day.toISOString(),
        now: day,
        facilities: facilities.slice(0, 1),
        assets: [helicopter()],
      }).reason,
    ).toBe('no_facility');
  });
});
