/**
 * Forecasts published from files (E1): the UCDP country-month series in the ViEWS layout and its
 * country list, read and modelled, then published with an evaluation (the bundled one unless a
 * file is named). The CLI's `forecast publish` and the demo loader both come here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../core/errors.js';
import type { AppContext, RequestContext } from '../../db/context.js';
import { readCountryCodes } from './country-codes.taxonomy.js';
import { monthId, readPanel } from './country-month.data.js';
import { bundledEvaluation, readEvaluation } from './forecast.evaluation-file.js';
import { featureTable, type FeatureTable } from './forecast.model.js';
import { publishForecasts } from './forecast.service.js';

const mustExist = (field: string, file: string) => {
  if (!fs.existsSync(file))
    throw new DomainError('validation_failed', `${field}: ${file} does not exist`, [
      { path: field, message: 'no such file' },
    ]);
};

/** The country-month series of a file as the model's feature table. @throws validation_failed */
export function readForecastData(file: string): FeatureTable {
  mustExist('data', file);
  return featureTable(readPanel(fs.readFileSync(file)));
}

export interface ForecastFiles {
  data: string;
  countries: string;
  /** YYYY-MM, the last month the forecasts may read. */
  origin: string;
  horizons: number[];
  /** A rolling evaluation written by `forecast evaluate`; the bundled one when absent. */
  evaluation?: string;
  /** Where the data came from, as the forecast page says it; the data file's name when absent. */
  source?: string;
}

/** @throws validation_failed (a file missing or unreadable), forbidden */
export function publishForecastFiles(ctx: RequestContext, files: ForecastFiles) {
  // The country list first: it is small, and a wrong one is said before the data is read.
  mustExist('countries', files.countries);
  const codes = readCountryCodes(fs.readFileSync(files.countries, 'utf8'));
  const table = readForecastData(files.data);
  return publishForecasts(ctx, {
    table,
    origin: monthId(files.origin),
    codes,
    source: files.source ?? path.basename(files.data),
    horizons: files.horizons,
    evaluation: files.evaluation ? readEvaluation(files.evaluation) : bundledEvaluation(),
  });
}

/** Whether any forecast has been published (the demo publishes once). */
export async function forecastsPublished(app: AppContext): Promise<boolean> {
  return (
    (await app.db.selectFrom('forecast_runs').select('id').limit(1).executeTakeFirst()) !==
    undefined
  );
}
