/**
 * E1: country-month forecasts of each kind of violence — state-based (sb), non-state (ns) and
 * one-sided, against civilians (os) — the probability of at least 1 and of 25 or more fatalities in
 * each of the next months, and the baselines they are scored against. One logistic model per kind,
 * threshold and horizon, trained on every country-month whose outcome month is at or before the
 * origin; features at the origin (forecast.features.ts). Nothing after the origin is read. Pure.
 */
import { kinds, type Kind, type Panel } from './country-month.data.js';
import { featureCount, shareAtLeast, writeFeatures } from './forecast.features.js';
import { clipProbability, fitLogistic, predictLogistic, type LogisticModel } from './logistic.js';

export { kinds, type Kind };

/**
 * The model's name as stored with each published run; change it when the model changes. 2: the
 * same state-based model as 1, and the non-state and one-sided kinds beside it.
 */
export const modelName = 'peaceops-logistic-2';

export const thresholds = [1, 25] as const;
export type Threshold = (typeof thresholds)[number];
/** A kind and a threshold: "os25" is 25 or more killed in one-sided violence. */
export type Outcome = `${Kind}${Threshold}`;
export const outcomes = kinds.flatMap((k) => thresholds.map((t) => `${k}${t}` as Outcome));
export const methods = [
  'model',
  'persistence',
  'frequency12',
  'frequency24',
  'frequency36',
  'plain_logistic',
] as const;
export type Method = (typeof methods)[number];

/** Months of history a country-month needs before it is used to train. */
const warmUp = 12;

/** Features of every country at every month for each kind, computed once (each from its own past). */
export interface FeatureTable {
  panel: Panel;
  countries: number[];
  length: number;
  features: Record<Kind, Float64Array>;
}

export function featureTable(panel: Panel): FeatureTable {
  const countries = [...panel.series.keys()].sort((a, b) => a - b);
  const length = panel.lastMonth - panel.firstMonth + 1;
  const ofKind = (kind: Kind) => {
    const out = new Float64Array(countries.length * length * featureCount);
    countries.forEach((c, i) => {
      const s = panel.series.get(c)!;
      for (let t = 0; t < length; t++)
        if (!Number.isNaN(s.sb[t]!))
          writeFeatures(s, { t, kind }, { out, offset: (i * length + t) * featureCount });
    });
    return out;
  };
  return {
    panel,
    countries,
    length,
    features: { sb: ofKind('sb'), ns: ofKind('ns'), os: ofKind('os') },
  };
}

const present = (table: FeatureTable, c: number, t: number) =>
  t >= 0 && t < table.length && !Number.isNaN(table.panel.series.get(c)!.sb[t]!);

/** The plain baseline's features: log fatalities this month and the two before. */
const plainColumns = [0, 1, 2];

interface Fitted {
  model: LogisticModel;
  plain: LogisticModel;
}

/**
 * Weights from an earlier origin, by horizon, threshold and model, to start the next fit from: the
 * fit converges to the same weights in fewer steps (they only ever come from earlier origins).
 */
export type WarmStarts = Map<string, Float64Array>;

/** Trains, for one kind, horizon and both thresholds, the model and the plain logistic baseline. */
function train(
  table: FeatureTable,
  at: { originIndex: number; horizon: number; kind: Kind },
  warm: WarmStarts,
): Record<Threshold, Fitted> {
  const { originIndex, horizon, kind } = at;
  const features = table.features[kind];
  const rows: number[] = [];
  const observed: number[] = [];
  table.countries.forEach((c, i) => {
    const y = table.panel.series.get(c)![kind];
    for (let t = warmUp; t + horizon <= originIndex; t++) {
      if (!present(table, c, t) || !present(table, c, t + horizon)) continue;
      rows.push((i * table.length + t) * featureCount);
      observed.push(y[t + horizon]!);
    }
  });
  const x = new Float64Array(rows.length * featureCount);
  const plainX = new Float64Array(rows.length * plainColumns.length);
  rows.forEach((offset, r) => {
    x.set(features.subarray(offset, offset + featureCount), r * featureCount);
    plainColumns.forEach(
      (col, k) => (plainX[r * plainColumns.length + k] = features[offset + col]!),
    );
  });
  const fit = (threshold: Threshold): Fitted => {
    const y = Uint8Array.from(observed, (v) => (v >= threshold ? 1 : 0));
    const key = `${kind}:${horizon}:${threshold}`;
    const model = fitLogistic(
      { x, y, features: featureCount },
      // From the last origin's weights, else the horizon before's at this origin (a start near
      // the answer: fewer steps to the same optimum).
      {
        l2: 1,
        start: warm.get(`model:${key}`) ?? warm.get(`model:${kind}:${horizon - 1}:${threshold}`),
      },
    );
    const plain = fitLogistic(
      { x: plainX, y, features: plainColumns.length },
      {
        l2: 1,
        start: warm.get(`plain:${key}`) ?? warm.get(`plain:${kind}:${horizon - 1}:${threshold}`),
      },
    );
    warm.set(`model:${key}`, model.weights);
    warm.set(`plain:${key}`, plain.weights);
    return { model, plain };
  };
  return { 1: fit(1), 25: fit(25) };
}

export type Probabilities = Record<Method, number>;

function predict(
  table: FeatureTable,
  fitted: Fitted,
  at: { c: number; t: number; kind: Kind; threshold: Threshold },
) {
  const i = table.countries.indexOf(at.c);
  const offset = (i * table.length + at.t) * featureCount;
  const f = table.features[at.kind].subarray(offset, offset + featureCount);
  const y = table.panel.series.get(at.c)![at.kind];
  return {
    model: clipProbability(predictLogistic(fitted.model, f)),
    persistence: y[at.t]! >= at.threshold ? 1 : 0,
    frequency12: shareAtLeast(y, { t: at.t, window: 12, threshold: at.threshold }),
    frequency24: shareAtLeast(y, { t: at.t, window: 24, threshold: at.threshold }),
    frequency36: shareAtLeast(y, { t: at.t, window: 36, threshold: at.threshold }),
    plain_logistic: clipProbability(
      predictLogistic(
        fitted.plain,
        plainColumns.map((col) => f[col]!),
      ),
    ),
  } satisfies Probabilities;
}

/** One kind's forecast of a country for a month: per method, P(≥ 1) and P(≥ 25). */
export interface KindForecast {
  countryId: number;
  /** The month forecast (ViEWS month id) and how many months after the origin. */
  monthId: number;
  horizon: number;
  at1: Probabilities;
  at25: Probabilities;
}

/**
 * Forecasts one kind of violence for every country present at the origin, for each horizon, by
 * every method. The model's probability of 25 or more is kept at or below its probability of at
 * least 1. @throws RangeError when the origin has less than a year of history or is past the data
 */
export function forecastKind(
  table: FeatureTable,
  at: { origin: number; horizons: readonly number[]; kind: Kind },
  warm: WarmStarts = new Map(),
): KindForecast[] {
  const { origin, horizons, kind } = at;
  const t = origin - table.panel.firstMonth;
  if (t < warmUp || t >= table.length)
    throw new RangeError(
      `origin month ${origin} is outside the data's months with a year of history`,
    );
  const result: KindForecast[] = [];
  for (const horizon of horizons) {
    const fitted = train(table, { originIndex: t, horizon, kind }, warm);
    for (const c of table.countries) {
      if (!present(table, c, t)) continue;
      const at1 = predict(table, fitted[1], { c, t, kind, threshold: 1 });
      const at25 = predict(table, fitted[25], { c, t, kind, threshold: 25 });
      at25.model = Math.min(at25.model, at1.model);
      result.push({ countryId: c, monthId: origin + horizon, horizon, at1, at25 });
    }
  }
  return result;
}

export type CountryForecast = {
  countryId: number;
  monthId: number;
  horizon: number;
} & Record<Outcome, Probabilities>;

/** Every kind's forecasts, one row per country and horizon (in forecastKind's order). */
export function forecastAll(
  table: FeatureTable,
  at: { origin: number; horizons: readonly number[] },
  warm: WarmStarts = new Map(),
): CountryForecast[] {
  const [sb, ns, os] = kinds.map((kind) => forecastKind(table, { ...at, kind }, warm));
  return sb!.map((r, i) => ({
    countryId: r.countryId,
    monthId: r.monthId,
    horizon: r.horizon,
    sb1: r.at1,
    sb25: r.at25,
    ns1: ns![i]!.at1,
    ns25: ns![i]!.at25,
    os1: os![i]!.at1,
    os25: os![i]!.at25,
  }));
}

/** Whether the country is in the panel in a month, and its fatalities of the kind then. */
export function outcome(
  table: FeatureTable,
  at: { countryId: number; monthId: number; kind: Kind },
): number | null {
  const t = at.monthId - table.panel.firstMonth;
  if (!table.panel.series.has(at.countryId) || !present(table, at.countryId, t)) return null;
  return table.panel.series.get(at.countryId)![at.kind][t]!;
}
