/**
 * E2 (¶17–20, 34): what an alert rule matches and what the alert says. Three kinds of rule:
 * an incident of given categories with at least so many killed within a distance of a mission base;
 * a published forecast over a probability for a country; a hotspot (a flagged cell), anywhere in
 * view or within a distance of a base. Alerts never carry a narrative, a name or a source: the
 * category, the number killed, the day, the distance to the nearest base. Sexual violence is never
 * alerted on (the victims could be recognised from place and day). Pure.
 */
import { distanceKm } from '../../core/geo.js';
import type { CapArea } from './cap.js';
import type { HotspotCell } from './hotspot.rules.js';

export const alertRuleKinds = ['incident_near_base', 'forecast', 'hotspot'] as const;
export type AlertRuleKind = (typeof alertRuleKinds)[number];

/** Categories no alert is raised on: their victims could be recognised from place and day. */
export const neverAlerted: ReadonlySet<string> = new Set([
  'conflict_related_sexual_violence',
  'children_sexual_violence',
]);

export interface IncidentRuleParams {
  /** Incident categories; empty means any category (but never those in neverAlerted). */
  categories: string[];
  minKilled: number;
  radiusKm: number;
  /** Incidents that happened within this many days before the evaluation. */
  lookbackDays: number;
}

export interface ForecastRuleParams {
  countries: string[];
  threshold: 'sb1' | 'sb25';
  horizon: number;
  minProbability: number;
}

export interface HotspotRuleParams {
  /** Only hotspots whose centre is within this distance of a base; null: anywhere in view. */
  radiusKm: number | null;
}

export interface Place {
  name: string;
  kind: string;
  latitude: number;
  longitude: number;
}

export interface AlertDraft {
  sourceKey: string;
  /** A cancellation names the alert it cancels. */
  cancels?: string;
  onset: string | null;
  event: string;
  headline: string;
  description: string;
  area: CapArea;
  latitude: number | null;
  longitude: number | null;
}

export function nearestBase(
  point: { latitude: number; longitude: number },
  bases: readonly Place[],
): { base: Place; km: number } | null {
  let best: { base: Place; km: number } | null = null;
  for (const base of bases) {
    const km = distanceKm(point, base);
    if (!best || km < best.km) best = { base, km };
  }
  return best;
}

const km = (v: number) => (v < 10 ? v.toFixed(1) : Math.round(v).toString());
const label = (code: string) => code.replace(/_/g, ' ');
const circle = (p: { latitude: number; longitude: number }, radius: number) =>
  `${p.latitude.toFixed(4)},${p.longitude.toFixed(4)} ${radius}`;

export interface IncidentForRule {
  id: string;
  latitude: number;
  longitude: number;
  occurredAt: string;
  category: string;
  fatalities: number;
}

/** Incidents the rule matches, each with its nearest base within the distance. */
export function incidentAlerts(
  incidents: readonly IncidentForRule[],
  bases: readonly Place[],
  params: IncidentRuleParams,
): AlertDraft[] {
  const drafts: AlertDraft[] = [];
  for (const i of incidents) {
    if (neverAlerted.has(i.category)) continue;
    if (params.categories.length > 0 && !params.categories.includes(i.category)) continue;
    if (i.fatalities < params.minKilled) continue;
    const near = nearestBase(i, bases);
    if (!near || near.km > params.radiusKm) continue;
    const day = i.occurredAt.slice(0, 10);
    drafts.push({
      sourceKey: `incident ${i.id}`,
      onset: i.occurredAt,
      event: `${label(i.category)} near a mission base`,
      headline: `${i.fatalities} killed ${km(near.km)} km from ${near.base.name}`,
      description: `An incident of ${label(i.category)} on ${day} with ${i.fatalities} killed, ${km(near.km)} km from ${near.base.name} (${label(near.base.kind)}).`,
      area: {
        areaDesc: `Within ${params.radiusKm} km of ${near.base.name}`,
        circles: [circle(i, params.radiusKm)],
      },
      latitude: i.latitude,
      longitude: i.longitude,
    });
  }
  return drafts;
}

export interface ForecastForRule {
  iso3: string;
  country: string;
  month: string;
  horizon: number;
  pSb1: number;
  pSb25: number;
}

/** Countries of the rule whose forecast at its horizon reaches the probability. */
export function forecastAlerts(
  run: { origin: string },
  forecasts: readonly ForecastForRule[],
  params: ForecastRuleParams,
): AlertDraft[] {
  const deaths = params.threshold === 'sb1' ? 'at least 1 death' : '25 or more deaths';
  return forecasts
    .filter((f) => f.horizon === params.horizon && params.countries.includes(f.iso3))
    .filter((f) => (params.threshold === 'sb1' ? f.pSb1 : f.pSb25) >= params.minProbability)
    .map((f) => {
      const p = params.threshold === 'sb1' ? f.pSb1 : f.pSb25;
      return {
        sourceKey: `forecast ${run.origin} ${f.iso3} ${params.threshold} +${f.horizon}`,
        onset: `${f.month}-01T00:00:00Z`,
        event: 'Forecast of state-based violence',
        headline: `${f.country}: ${Math.round(p * 100)}% chance of ${deaths} from state-based violence in ${f.month}`,
        description: `The model's forecast from ${run.origin} gives ${f.country} a probability of ${(p * 100).toFixed(1)}% that state-based violence causes ${deaths} in ${f.month} (${f.horizon === 1 ? 'next month' : `${f.horizon} months ahead`}); the rule alerts at ${Math.round(params.minProbability * 100)}% or more.`,
        area: {
          areaDesc: f.country,
          geocodes: [{ valueName: 'ISO 3166-1 alpha-3', value: f.iso3 }],
        },
        latitude: null,
        longitude: null,
      };
    });
}

/** Flagged hotspots, anywhere or within the distance of a base. */
export function hotspotAlerts(
  cells: readonly HotspotCell[],
  bases: readonly Place[],
  params: HotspotRuleParams & { recentDays: number },
): AlertDraft[] {
  const drafts: AlertDraft[] = [];
  for (const c of cells) {
    if (!c.flagged) continue;
    const near = nearestBase(c, bases);
    if (params.radiusKm !== null && (!near || near.km > params.radiusKm)) continue;
    const [s, w, n, e] = c.bounds;
    drafts.push({
      sourceKey: c.key,
      onset: null,
      event: 'Rise in violence (hotspot)',
      headline: `${c.recentEvents} incidents in ${params.recentDays} days where ${c.expected.toFixed(1)} were expected`,
      description: `The 0.5° cell centred on ${c.latitude},${c.longitude} had ${c.recentEvents} incidents (${c.recentFatalities} killed) in the ${params.recentDays} days to ${c.key.split(' ')[1]}, against ${c.expected.toFixed(1)} expected from its own history (Poisson p = ${c.pValue.toPrecision(2)}, false discovery rate q = ${c.qValue.toPrecision(2)})${near ? `; nearest base ${near.base.name}, ${km(near.km)} km` : ''}.`,
      area: {
        areaDesc: `0.5° cell centred on ${c.latitude},${c.longitude}`,
        polygons: [`${s},${w} ${n},${w} ${n},${e} ${s},${e} ${s},${w}`],
      },
      latitude: c.latitude,
      longitude: c.longitude,
    });
  }
  return drafts;
}

/**
 * The cancellation of an alert whose report was discarded after review: same event and area,
 * "Cancelled:" before the headline, no reason given (the review's reasons stay in the incident).
 */
export function cancellationOf(alert: {
  id: string;
  sourceKey: string;
  event: string;
  headline: string;
  area: CapArea;
  latitude: number | null;
  longitude: number | null;
}): AlertDraft {
  return {
    sourceKey: `cancel ${alert.sourceKey}`,
    cancels: alert.id,
    onset: null,
    event: alert.event,
    headline: `Cancelled: ${alert.headline}`,
    description:
      'The report this alert was raised on was discarded after review; the alert is withdrawn.',
    area: alert.area,
    latitude: alert.latitude,
    longitude: alert.longitude,
  };
}
