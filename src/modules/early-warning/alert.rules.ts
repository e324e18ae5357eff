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
import {
  alertWords,
  withdrawnWords,
  type AlertText,
  type ForecastOutcome,
} from './alert-texts.taxonomy.js';

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
  threshold: ForecastOutcome;
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
  /** What it says in every language (alert-texts.taxonomy.ts); the three above are its English. */
  text: AlertText | null;
  area: CapArea;
  latitude: number | null;
  longitude: number | null;
}

/** The English columns of a draft, written from its text. */
function english(text: AlertText) {
  const { event, headline, description, areaDesc } = alertWords('en', text);
  return { event, headline, description, text, areaDesc };
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
    const { areaDesc, ...words } = english({
      key: 'incident_near_base',
      values: {
        category: i.category,
        killed: i.fatalities,
        day: i.occurredAt.slice(0, 10),
        km: near.km,
        base: near.base.name,
        baseKind: near.base.kind,
        radiusKm: params.radiusKm,
      },
    });
    drafts.push({
      sourceKey: `incident ${i.id}`,
      onset: i.occurredAt,
      ...words,
      area: { areaDesc, circles: [circle(i, params.radiusKm)] },
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
  /** Null in runs published before these kinds were forecast: no alert from them. */
  pNs1: number | null;
  pNs25: number | null;
  pOs1: number | null;
  pOs25: number | null;
}

const probabilityField = {
  sb1: 'pSb1',
  sb25: 'pSb25',
  ns1: 'pNs1',
  ns25: 'pNs25',
  os1: 'pOs1',
  os25: 'pOs25',
} as const satisfies Record<ForecastOutcome, keyof ForecastForRule>;

/** Countries of the rule whose forecast at its horizon reaches the probability. */
export function forecastAlerts(
  run: { origin: string },
  forecasts: readonly ForecastForRule[],
  params: ForecastRuleParams,
): AlertDraft[] {
  const field = probabilityField[params.threshold];
  return forecasts
    .filter((f) => f.horizon === params.horizon && params.countries.includes(f.iso3))
    .flatMap((f) => {
      const probability = f[field];
      return probability !== null && probability >= params.minProbability
        ? [{ ...f, probability }]
        : [];
    })
    .map((f) => {
      const { areaDesc, ...words } = english({
        key: 'forecast',
        values: {
          country: f.country,
          iso3: f.iso3,
          threshold: params.threshold,
          probability: f.probability,
          month: f.month,
          origin: run.origin,
          horizon: f.horizon,
          minProbability: params.minProbability,
        },
      });
      return {
        sourceKey: `forecast ${run.origin} ${f.iso3} ${params.threshold} +${f.horizon}`,
        onset: `${f.month}-01T00:00:00Z`,
        ...words,
        area: { areaDesc, geocodes: [{ valueName: 'ISO 3166-1 alpha-3', value: f.iso3 }] },
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
    const { areaDesc, ...words } = english({
      key: 'hotspot',
      values: {
        events: c.recentEvents,
        killed: c.recentFatalities,
        days: params.recentDays,
        to: c.key.split(' ')[1] ?? '',
        expected: c.expected,
        latitude: c.latitude,
        longitude: c.longitude,
        p: c.pValue,
        q: c.qValue,
        base: near?.base.name ?? null,
        km: near?.km ?? null,
      },
    });
    drafts.push({
      sourceKey: c.key,
      onset: null,
      ...words,
      area: { areaDesc, polygons: [`${s},${w} ${n},${w} ${n},${e} ${s},${e} ${s},${w}`] },
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
  text: AlertText | null;
  area: CapArea;
  latitude: number | null;
  longitude: number | null;
}): AlertDraft {
  const text: AlertText | null = alert.text && { key: 'cancelled', values: { of: alert.text } };
  const words = text
    ? english(text)
    : withdrawnWords('en', { event: alert.event, headline: alert.headline, description: '' });
  return {
    sourceKey: `cancel ${alert.sourceKey}`,
    cancels: alert.id,
    onset: null,
    event: words.event,
    headline: words.headline,
    description: words.description,
    text,
    area: alert.area,
    latitude: alert.latitude,
    longitude: alert.longitude,
  };
}
