/** Published country-month forecasts: storage. No authorization. */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type {
  CountryForecastsTable,
  CountryHistoryTable,
  ForecastRunsTable,
} from '../../db/schema-early-warning.js';

const chunk = 500;

export async function insertRun(
  db: Kysely<Database>,
  run: Insertable<ForecastRunsTable>,
  rows: {
    forecasts: Insertable<CountryForecastsTable>[];
    history: Insertable<CountryHistoryTable>[];
  },
): Promise<void> {
  await db.insertInto('forecast_runs').values(run).execute();
  for (let i = 0; i < rows.forecasts.length; i += chunk)
    await db
      .insertInto('country_forecasts')
      .values(rows.forecasts.slice(i, i + chunk))
      .execute();
  for (let i = 0; i < rows.history.length; i += chunk)
    await db
      .insertInto('country_history')
      .values(rows.history.slice(i, i + chunk))
      .execute();
}

export function runRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('forecast_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** The run published last (by origin, then by publication). */
export function latestRunRow(db: Kysely<Database>) {
  return db
    .selectFrom('forecast_runs')
    .selectAll()
    .orderBy('origin', 'desc')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
}

export function forecastRows(
  db: Kysely<Database>,
  runId: string,
  filter: { horizon?: number; iso3?: string },
) {
  let q = db.selectFrom('country_forecasts').selectAll().where('run_id', '=', runId);
  if (filter.horizon !== undefined) q = q.where('horizon', '=', filter.horizon);
  if (filter.iso3 !== undefined) q = q.where('iso3', '=', filter.iso3);
  return q.orderBy('iso3').orderBy('horizon').execute();
}

export function historyRows(db: Kysely<Database>, runId: string, iso3: string) {
  return db
    .selectFrom('country_history')
    .select(['month', 'fatalities', 'fatalities_ns', 'fatalities_os'])
    .where('run_id', '=', runId)
    .where('iso3', '=', iso3)
    .orderBy('month')
    .execute();
}
