/**
 * M3 (¶110–111): a request goes to the nearest facility able to treat its most urgent patient, and
 * its time to care is estimated before the aircraft leaves — launch, flight to the patient, time
 * on the ground, flight to the facility, at the asset's speed over the great-circle distance — so
 * the plan is judged against the arrival target of its precedence (evacuation.rules.ts). At night
 * (the sun more than 6° below the horizon at the pick-up) only a night-capable asset may fly.
 * Pure.
 */
import { distanceKm } from '../../core/geo.js';
import { arrivalTargetMinutes, type Precedence } from './evacuation.rules.js';

export const facilityLevels = ['level_1', 'level_2', 'level_3', 'aeromedical_team'] as const;
export type FacilityLevel = (typeof facilityLevels)[number];
export const facilityStatuses = ['operational', 'degraded', 'closed'] as const;
export type FacilityStatus = (typeof facilityStatuses)[number];

export interface Point {
  latitude: number;
  longitude: number;
}

export interface FacilityForRouting extends Point {
  id: string;
  name: string;
  level: FacilityLevel;
  status: FacilityStatus;
  surgery: boolean;
}

export interface AssetForRouting extends Point {
  id: string;
  name: string;
  /** Cruise speed, km/h. */
  speedKmh: number;
  nightCapable: boolean;
  available: boolean;
}

/** Minutes from tasking to take-off, and on the ground at the patient. */
export const launchMinutes = 15;
export const groundMinutes = 10;

/**
 * The sun's elevation in degrees at a place and instant (NOAA's approximation, within a fraction
 * of a degree — enough to tell day from night).
 */
export function sunElevation(at: Point, when: Date): number {
  const rad = Math.PI / 180;
  const day = (when.getTime() - Date.UTC(when.getUTCFullYear(), 0, 1)) / 86_400_000;
  const gamma = ((2 * Math.PI) / 365) * day;
  const declination =
    0.006918 -
    0.399912 * Math.cos(gamma) +
    0.070257 * Math.sin(gamma) -
    0.006758 * Math.cos(2 * gamma) +
    0.000907 * Math.sin(2 * gamma) -
    0.002697 * Math.cos(3 * gamma) +
    0.00148 * Math.sin(3 * gamma);
  const equationOfTime =
    229.18 *
    (0.000075 +
      0.001868 * Math.cos(gamma) -
      0.032077 * Math.sin(gamma) -
      0.014615 * Math.cos(2 * gamma) -
      0.040849 * Math.sin(2 * gamma));
  const minutes = when.getUTCHours() * 60 + when.getUTCMinutes() + when.getUTCSeconds() / 60;
  const solarMinutes = minutes + equationOfTime + 4 * at.longitude;
  const hourAngle = (solarMinutes / 4 - 180) * rad;
  const latitude = at.latitude * rad;
  const cosZenith =
    Math.sin(latitude) * Math.sin(declination) +
    Math.cos(latitude) * Math.cos(declination) * Math.cos(hourAngle);
  return 90 - Math.acos(Math.max(-1, Math.min(1, cosZenith))) / rad;
}

/** Night for flying: the sun more than 6° below the horizon (past civil twilight). */
export const isNight = (at: Point, when: Date) => sunElevation(at, when) < -6;

/** Can this facility treat a patient of this precedence now? */
export function canTreat(f: FacilityForRouting, precedence: Precedence): boolean {
  if (f.status === 'closed' || f.level === 'aeromedical_team') return false;
  if (precedence === 'urgent_surgical') return f.surgery && f.level !== 'level_1';
  return true;
}

/**
 * Minutes from tasking until the patient is at the facility: launch, the flight from the asset's
 * base to the pick-up and on to the facility at its cruise speed, time on the ground.
 */
export function flightMinutes(asset: AssetForRouting, pickup: Point, facility: Point): number {
  const km = distanceKm(asset, pickup) + distanceKm(pickup, facility);
  return Math.ceil(launchMinutes + (km / asset.speedKmh) * 60 + groundMinutes);
}

export interface RoutePlan {
  facility: { id: string; name: string; distanceKm: number; degraded: boolean } | null;
  asset: { id: string; name: string; distanceKm: number } | null;
  /** Minutes from tasking to the patient at the facility. */
  estimatedMinutes: number | null;
  /** When the patient would reach the facility, if tasked now. */
  estimatedArrivalAt: string | null;
  arrivalDueAt: string;
  /** within: the plan meets the precedence's target; beyond: it cannot; none: no plan. */
  verdict: 'within' | 'beyond' | 'none';
  night: boolean;
  /** Why there is no plan, when there is none. */
  reason: 'no_facility' | 'no_asset' | 'night_without_capable_asset' | null;
}

/**
 * The plan for a request at `pickup`: the nearest facility able to treat the precedence (an
 * operational one before a degraded one), the available asset that gets the patient there soonest
 * (night-capable only, at night), and the estimate judged against the arrival target.
 */
export function planRoute(input: {
  pickup: Point;
  precedence: Precedence;
  injuredAt: string;
  now: Date;
  facilities: readonly FacilityForRouting[];
  assets: readonly AssetForRouting[];
}): RoutePlan {
  const { pickup, precedence, now } = input;
  const arrivalDueAt = new Date(
    Date.parse(input.injuredAt) + arrivalTargetMinutes[precedence] * 60_000,
  ).toISOString();
  const night = isNight(pickup, now);
  const none = (reason: RoutePlan['reason']): RoutePlan => ({
    facility: null,
    asset: null,
    estimatedMinutes: null,
    estimatedArrivalAt: null,
    arrivalDueAt,
    verdict: 'none',
    night,
    reason,
  });
  const able = input.facilities
    .filter((f) => canTreat(f, precedence))
    .map((f) => ({ f, km: distanceKm(pickup, f) }))
    .sort(
      (a, b) =>
        Number(a.f.status === 'degraded') - Number(b.f.status === 'degraded') || a.km - b.km,
    );
  const target = able[0];
  if (!target) return none('no_facility');
  const available = input.assets.filter((a) => a.available);
  if (available.length === 0) return none('no_asset');
  const flyable = available.filter((a) => !night || a.nightCapable);
  if (flyable.length === 0) return none('night_without_capable_asset');
  const options = flyable.map((a) => ({
    a,
    toPatient: distanceKm(a, pickup),
    minutes: flightMinutes(a, pickup, target.f),
  }));
  options.sort((x, y) => x.minutes - y.minutes);
  const best = options[0]!;
  const arrival = new Date(now.getTime() + best.minutes * 60_000).toISOString();
  return {
    facility: {
      id: target.f.id,
      name: target.f.name,
      distanceKm: Math.round(target.km),
      degraded: target.f.status === 'degraded',
    },
    asset: { id: best.a.id, name: best.a.name, distanceKm: Math.round(best.toPatient) },
    estimatedMinutes: best.minutes,
    estimatedArrivalAt: arrival,
    arrivalDueAt,
    verdict: arrival <= arrivalDueAt ? 'within' : 'beyond',
    night,
    reason: null,
  };
}
