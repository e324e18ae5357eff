/**
 * The demo's forecasts (E1): the UCDP country-month series in the ViEWS layout and its country
 * codes are CC BY-NC, so they are not shipped; when the shared data sits beside the checkout (or
 * beside PEACEOPS_DEMO_DATA_DIR), the model forecasts every country from 2020-05, the data's last
 * month, once (about 20 seconds), published with the bundled evaluation.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { RequestContext } from '../db/context.js';
import { readCountryCodes } from '../modules/early-warning/country-codes.js';
import { monthId, readPanel } from '../modules/early-warning/country-month.data.js';
import { bundledEvaluation } from '../modules/early-warning/forecast.evaluation-file.js';
import { featureTable } from '../modules/early-warning/forecast.model.js';
import { publishForecasts } from '../modules/early-warning/forecast.service.js';
import { sharedPeacekeepingData } from './demo-capabilities.js';

export async function loadDemoForecasts(ctx: RequestContext): Promise<string | null> {
  const dir = path.join(
    ctx.config.demoDataDir ?? sharedPeacekeepingData,
    '..',
    'benchmarks/views-2020-competition',
  );
  const data = path.join(dir, 'ged_cm_postpatch.csv.gz');
  const countries = path.join(dir, 'country.csv');
  if (!fs.existsSync(data) || !fs.existsSync(countries)) return null;
  const published = await ctx.db.selectFrom('forecast_runs').select('id').limit(1).execute();
  if (published.length > 0) return null;
  const run = await publishForecasts(ctx, {
    table: featureTable(readPanel(fs.readFileSync(data))),
    origin: monthId('2020-05'),
    codes: readCountryCodes(fs.readFileSync(countries, 'utf8')),
    source: 'ged_cm_postpatch.csv.gz (UCDP GED via ViEWS, CC BY-NC 4.0)',
    horizons: Array.from({ length: 13 }, (_, i) => i + 1),
    evaluation: bundledEvaluation(),
  });
  return run.origin;
}
