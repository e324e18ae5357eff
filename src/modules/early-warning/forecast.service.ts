/**
 * E1 published (¶17–20, 34): an analyst at headquarters (early-warning:write, headquarters view)
 * or the local operator publishes the model's country-month forecasts at an origin — computed here
 * from the UCDP series, countries named by ISO3 — with the rolling-origin evaluation they are
 * judged by. Whoever holds early-warning:read reads the latest run: the map of one horizon, a
 * country's history and forecasts, the evaluation. Forecasts are about countries, not missions.
 */
import type { Selectable } from 'kysely';
import { DomainError } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import { fromJson, fromTimestamp, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import type { CountryForecastsTable } from '../../db/schema-early-warning.js';
import { audit } from '../audit/audit.service.js';
import { monthOf } from './country-month.data.js';
import type { CountryCode } from './country-codes.taxonomy.js';
import { forecastAll, modelName, type FeatureTable } from './forecast.model.js';
import {
  forecastRows,
  historyRows,
  insertRun,
  latestRunRow,
  runRow,
} from './forecast.repository.js';
import type {
  CountryForecastDetail,
  CountryProbability,
  EvaluationAnswer,
  ForecastEvaluation,
  ForecastMap,
  ForecastRun,
} from './forecast.schema.js';

/** Months of history kept with a run for the country page. */
export const historyMonths = 48;

type RunRow = NonNullable<Awaited<ReturnType<typeof latestRunRow>>>;

const runOf = (r: RunRow): ForecastRun => ({
  id: r.id,
  origin: r.origin,
  model: r.model,
  source: r.source,
  countries: r.countries,
  publishedAt: fromTimestamp(r.published_at).toISOString(),
  publishedBy: r.published_by,
  evaluated: r.evaluation !== null,
});

const probabilityOf = (r: Selectable<CountryForecastsTable>): CountryProbability => ({
  iso3: r.iso3,
  country: r.country,
  horizon: r.horizon,
  month: r.month,
  pSb1: r.p_sb1,
  pSb25: r.p_sb25,
  pNs1: r.p_ns1,
  pNs25: r.p_ns25,
  pOs1: r.p_os1,
  pOs25: r.p_os25,
});

export interface PublishInput {
  table: FeatureTable;
  /** ViEWS month id of the origin. */
  origin: number;
  codes: Map<number, CountryCode>;
  source: string;
  horizons: readonly number[];
  evaluation: ForecastEvaluation | null;
}

/** @throws forbidden (not at headquarters), validation_failed (no country could be named) */
export async function publishForecasts(
  ctx: RequestContext,
  input: PublishInput,
): Promise<ForecastRun & { unnamed: number[] }> {
  assertPermission(ctx.actor, 'early-warning:write');
  if (ctx.actor.missionId !== null)
    throw new DomainError('forbidden', 'forecasts are published from the headquarters view');
  const rows = forecastAll(input.table, { origin: input.origin, horizons: input.horizons });
  const unnamed = [...new Set(rows.map((r) => r.countryId))].filter((c) => !input.codes.has(c));
  const named = rows.filter((r) => input.codes.has(r.countryId));
  if (named.length === 0)
    throw new DomainError(
      'validation_failed',
      'countries: no country of the data has an ISO3 code',
      [{ path: 'countries', message: 'no country named' }],
    );
  const countries = [...new Set(named.map((r) => r.countryId))];
  return inTransaction(ctx, async (tx) => {
    const id = tx.ids.newId();
    const origin = monthOf(input.origin);
    const first = input.origin - historyMonths + 1 - input.table.panel.firstMonth;
    await insertRun(
      tx.db,
      {
        id,
        origin,
        model: modelName,
        source: input.source,
        countries: countries.length,
        evaluation: input.evaluation ? toJson(input.evaluation) : null,
        published_at: toTimestamp(tx.clock.now()),
        published_by: tx.actor.username,
      },
      {
        forecasts: named.map((r) => ({
          run_id: id,
          iso3: input.codes.get(r.countryId)!.iso3,
          country: input.codes.get(r.countryId)!.name,
          horizon: r.horizon,
          month: monthOf(r.monthId),
          p_sb1: r.sb1.model,
          p_sb25: r.sb25.model,
          p_ns1: r.ns1.model,
          p_ns25: r.ns25.model,
          p_os1: r.os1.model,
          p_os25: r.os25.model,
        })),
        history: countries.flatMap((c) => {
          const s = input.table.panel.series.get(c)!;
          return Array.from({ length: historyMonths }, (_, i) => first + i)
            .filter((t) => t >= 0 && !Number.isNaN(s.sb[t]!))
            .map((t) => ({
              run_id: id,
              iso3: input.codes.get(c)!.iso3,
              month: monthOf(input.table.panel.firstMonth + t),
              fatalities: Math.round(s.sb[t]!),
              fatalities_ns: Math.round(s.ns[t]!),
              fatalities_os: Math.round(s.os[t]!),
            }));
        }),
      },
    );
    await audit(tx, {
      action: 'early-warning.forecast.publish',
      recordType: 'forecast_run',
      recordId: id,
      missionId: null,
      change: { origin, source: input.source, countries: countries.length, unnamed },
    });
    return { ...runOf((await runRow(tx.db, id))!), unnamed };
  });
}

/** The latest run's probabilities for every country at one horizon. @throws forbidden */
export async function forecastMap(
  ctx: RequestContext,
  query: { horizon: number },
): Promise<ForecastMap> {
  assertPermission(ctx.actor, 'early-warning:read');
  const run = await latestRunRow(ctx.db);
  if (!run) return { run: null, items: [] };
  const rows = await forecastRows(ctx.db, run.id, { horizon: query.horizon });
  return { run: runOf(run), items: rows.map(probabilityOf) };
}

/** A country's history and forecasts in the latest run. @throws forbidden, not_found */
export async function countryForecast(
  ctx: RequestContext,
  iso3: string,
): Promise<CountryForecastDetail> {
  assertPermission(ctx.actor, 'early-warning:read');
  const run = await latestRunRow(ctx.db);
  const rows = run ? await forecastRows(ctx.db, run.id, { iso3 }) : [];
  if (!run || rows.length === 0)
    throw new DomainError('not_found', `no forecast for ${iso3} in the latest run`);
  return {
    run: runOf(run),
    iso3,
    country: rows[0]!.country,
    history: (await historyRows(ctx.db, run.id, iso3)).map((h) => ({
      month: h.month,
      fatalities: h.fatalities,
      fatalitiesNs: h.fatalities_ns,
      fatalitiesOs: h.fatalities_os,
    })),
    forecasts: rows.map(probabilityOf),
  };
}

/** The evaluation published with the latest run. @throws forbidden */
export async function forecastEvaluation(ctx: RequestContext): Promise<EvaluationAnswer> {
  assertPermission(ctx.actor, 'early-warning:read');
  const run = await latestRunRow(ctx.db);
  if (!run) return { run: null, evaluation: null };
  return {
    run: runOf(run),
    evaluation: run.evaluation === null ? null : fromJson<ForecastEvaluation>(run.evaluation),
  };
}
