/**
 * The demo's early warning. Forecasts (E1): the UCDP country-month series in the ViEWS layout and
 * its country codes are CC BY-NC, so they are not shipped; when the shared data sits beside the
 * checkout (or beside PEACEOPS_DEMO_DATA_DIR), the model forecasts every country from 2020-05, the
 * data's last month, once (about 10 seconds), published with the bundled evaluation. Bases: the
 * mission's locations in Geo-PKO 2.3's latest year, when that file is at hand (not shipped). Then
 * four alert rules (E2), evaluated at once: attacks on civilians near a base (none in the demo's
 * events, which end in 2022), the forecasts of state-based violence in the host country and its
 * neighbours, of civilians killed in the host country, hotspots near a base. Grid forecasts (issue 23): MINUSCA's 0.5° cells 1–6 months ahead, learned from the
 * shipped UCDP events of the Central African Republic and scored against the per-cell baselines on
 * the 36 months before, once.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RequestContext } from '../db/context.js';
import { anyAlertRule, createRule } from '../modules/early-warning/alert.service.js';
import {
  forecastsPublished,
  publishForecastFiles,
} from '../modules/early-warning/forecast-files.service.js';
import {
  gridForecastEvaluation,
  publishGridForecast,
} from '../modules/early-warning/grid-forecast.service.js';
import { addBases } from '../modules/missions/base.service.js';
import { geopkoBases } from '../modules/missions/geopko-bases.service.js';
import { sharedPeacekeepingData } from './demo-capabilities.js';

const sharedData = (ctx: RequestContext, ...parts: string[]) =>
  path.join(ctx.config.demoDataDir ?? sharedPeacekeepingData, '..', ...parts);

/** The country-month series and its country codes, when at hand (CC BY-NC: never shipped). */
export function demoForecastFiles(ctx: RequestContext): { data: string; countries: string } | null {
  const dir = sharedData(ctx, 'benchmarks/views-2020-competition');
  const data = path.join(dir, 'ged_cm_postpatch.csv.gz');
  const countries = path.join(dir, 'country.csv');
  return fs.existsSync(data) && fs.existsSync(countries) ? { data, countries } : null;
}

/** Geo-PKO 2.3's mission-year-location table, when at hand (not shipped). */
export function demoBasesFile(ctx: RequestContext): string | null {
  const file = sharedData(ctx, 'geo-pko/FrontMap_v.2.3.csv');
  return fs.existsSync(file) ? file : null;
}

async function loadDemoForecasts(ctx: RequestContext): Promise<string | null> {
  const files = demoForecastFiles(ctx);
  if (!files) return null;
  const { data, countries } = files;
  if (await forecastsPublished(ctx)) return null;
  const run = await publishForecastFiles(ctx, {
    data,
    countries,
    origin: '2020-05',
    source: 'ged_cm_postpatch.csv.gz (UCDP GED via ViEWS, CC BY-NC 4.0)',
    horizons: Array.from({ length: 13 }, (_, i) => i + 1),
  });
  return run.origin;
}

async function loadDemoBases(ctx: RequestContext, missionId: string): Promise<number> {
  const file = demoBasesFile(ctx);
  if (!file) return 0;
  const { year, bases } = geopkoBases(fs.readFileSync(file, 'utf8'), { mission: 'MINUSCA' });
  const added = await addBases(ctx, missionId, {
    bases,
    source: `Geo-PKO 2.3 (${year})`,
    skipExisting: true,
  });
  return added.length;
}

const neighbours = ['CAF', 'TCD', 'SDN', 'SSD', 'COD', 'COG', 'CMR'];

async function loadDemoRules(ctx: RequestContext, missionId: string): Promise<void> {
  if (await anyAlertRule(ctx)) return;
  await createRule(ctx, {
    missionId,
    name: 'Attack on civilians, 5 or more killed, within 20 km of a base',
    kind: 'incident_near_base',
    severity: 'Severe',
    urgency: 'Immediate',
    certainty: 'Observed',
    params: {
      categories: ['violence_against_civilians'],
      minKilled: 5,
      radiusKm: 20,
      lookbackDays: 30,
    },
  });
  await createRule(ctx, {
    missionId,
    name: 'Host country and neighbours: state-based violence likely next month',
    kind: 'forecast',
    severity: 'Moderate',
    urgency: 'Future',
    certainty: 'Possible',
    params: { countries: neighbours, threshold: 'sb1', horizon: 1, minProbability: 0.4 },
  });
  await createRule(ctx, {
    missionId,
    name: 'Host country: civilians likely to be killed next month',
    kind: 'forecast',
    severity: 'Severe',
    urgency: 'Future',
    certainty: 'Possible',
    params: { countries: ['CAF'], threshold: 'os1', horizon: 1, minProbability: 0.5 },
  });
  await createRule(ctx, {
    missionId,
    name: 'Hotspot within 50 km of a base',
    kind: 'hotspot',
    severity: 'Moderate',
    urgency: 'Expected',
    certainty: 'Likely',
    params: { radiusKm: 50 },
  });
}

export interface DemoEarlyWarning {
  forecastsFrom: string | null;
  bases: number;
  /** The grid forecast published this time (null when the mission had one). */
  grid: { origin: string; cells: number } | null;
}

async function loadDemoGrid(
  ctx: RequestContext,
  missionId: string,
): Promise<DemoEarlyWarning['grid']> {
  if ((await gridForecastEvaluation(ctx, { missionId })).run) return null;
  const run = await publishGridForecast(ctx, { missionId, evaluate: true });
  return { origin: run.origin, cells: run.cells };
}

export async function loadDemoEarlyWarning(
  ctx: RequestContext,
  missionId: string,
): Promise<DemoEarlyWarning> {
  const forecastsFrom = await loadDemoForecasts(ctx);
  const bases = await loadDemoBases(ctx, missionId);
  const grid = await loadDemoGrid(ctx, missionId);
  await loadDemoRules(ctx, missionId);
  return { forecastsFrom, bases, grid };
}
