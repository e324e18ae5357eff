/**
 * E1: country-month forecasts of state-based violence — the probability of at least 1 and of 25 or
 * more fatalities in each of the next months — and the baselines they are scored against. One
 * logistic model per threshold and horizon, trained on every country-month whose outcome month is
 * at or before the origin; features at the origin (forecast.features.ts). Nothing after the origin
 * is read. Pure.
 */
import type { Panel } from './country-month.data.js';
import { featureCount, shareAtLeast, writeFeatures } from './forecast.features.js';
import { fitLogistic, predictLogistic, type LogisticModel } from './logistic.js';

/** The model's name as stored with each published run; change it when the model changes. */
export const modelName = 'peaceops-logistic-1';

export const thresholds = [1, 25] as const;
export type Threshold = (typeof thresholds)[number];
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
/** Probabilities are kept off 0 and 1 (a certain forecast that misses scores the worst Brier). */
const clip = (p: number) => Math.min(1 - 1e-4, Math.max(1e-4, p));

/** Features of every country at every month, computed once (each from its own past). */
export interface FeatureTable {
  panel: Panel;
  countries: number[];
  length: number;
  features: Float64Array;
}

export function featureTable(panel: Panel): FeatureTable {
  const countries = [...panel.series.keys()].sort((a, b) => a - b);
  const length = panel.lastMonth - panel.firstMonth + 1;
  const features = new Float64Array(countries.length * length * featureCount);
  countries.forEach((c, i) => {
    const s = panel.series.get(c)!;
    for (let t = 0; t < length; t++)
      if (!Number.isNaN(s.sb[t]!))
        writeFeatures(s, t, { out: features, offset: (i * length + t) * featureCount });
  });
  return { panel, countries, length, features };
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

/** Trains, for one horizon and both thresholds, the model and the plain logistic baseline. */
function train(
  table: FeatureTable,
  at: { originIndex: number; horizon: number },
  warm: WarmStarts,
): Record<Threshold, Fitted> {
  const { originIndex, horizon } = at;
  const rows: number[] = [];
  const outcomes: number[] = [];
  table.countries.forEach((c, i) => {
    const sb = table.panel.series.get(c)!.sb;
    for (let t = warmUp; t + horizon <= originIndex; t++) {
      if (!present(table, c, t) || !present(table, c, t + horizon)) continue;
      rows.push((i * table.length + t) * featureCount);
      outcomes.push(sb[t + horizon]!);
    }
  });
  const x = new Float64Array(rows.length * featureCount);
  const plainX = new Float64Array(rows.length * plainColumns.length);
  rows.forEach((offset, r) => {
    x.set(table.features.subarray(offset, offset + featureCount), r * featureCount);
    plainColumns.forEach(
      (col, k) => (plainX[r * plainColumns.length + k] = table.features[offset + col]!),
    );
  });
  const fit = (threshold: Threshold): Fitted => {
    const y = Uint8Array.from(outcomes, (v) => (v >= threshold ? 1 : 0));
    const key = `${horizon}:${threshold}`;
    const model = fitLogistic(
      { x, y, features: featureCount },
      { l2: 1, start: warm.get(`model:${key}`) },
    );
    const plain = fitLogistic(
      { x: plainX, y, features: plainColumns.length },
      {
        l2: 1,
        start: warm.get(`plain:${key}`),
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
  at: { c: number; t: number; threshold: Threshold },
) {
  const i = table.countries.indexOf(at.c);
  const offset = (i * table.length + at.t) * featureCount;
  const f = table.features.subarray(offset, offset + featureCount);
  const sb = table.panel.series.get(at.c)!.sb;
  return {
    model: clip(predictLogistic(fitted.model, f)),
    persistence: sb[at.t]! >= at.threshold ? 1 : 0,
    frequency12: shareAtLeast(sb, { t: at.t, window: 12, threshold: at.threshold }),
    frequency24: shareAtLeast(sb, { t: at.t, window: 24, threshold: at.threshold }),
    frequency36: shareAtLeast(sb, { t: at.t, window: 36, threshold: at.threshold }),
    plain_logistic: clip(
      predictLogistic(
        fitted.plain,
        plainColumns.map((col) => f[col]!),
      ),
    ),
  } satisfies Probabilities;
}

export interface CountryForecast {
  countryId: number;
  /** The month forecast (ViEWS month id) and how many months after the origin. */
  monthId: number;
  horizon: number;
  /** Per method, the probability of ≥ 1 and of ≥ 25 fatalities. */
  sb1: Probabilities;
  sb25: Probabilities;
}

/**
 * Forecasts every country present at the origin for each horizon, by every method. The model's
 * probability of 25 or more is kept at or below its probability of at least 1.
 */
export function forecastAll(
  table: FeatureTable,
  at: { origin: number; horizons: readonly number[] },
  warm: WarmStarts = new Map(),
): CountryForecast[] {
  const { origin, horizons } = at;
  const t = origin - table.panel.firstMonth;
  if (t < warmUp || t >= table.length)
    throw new RangeError(
      `origin month ${origin} is outside the data's months with a year of history`,
    );
  const result: CountryForecast[] = [];
  for (const horizon of horizons) {
    const fitted = train(table, { originIndex: t, horizon }, warm);
    for (const c of table.countries) {
      if (!present(table, c, t)) continue;
      const sb1 = predict(table, fitted[1], { c, t, threshold: 1 });
      const sb25 = predict(table, fitted[25], { c, t, threshold: 25 });
      sb25.model = Math.min(sb25.model, sb1.model);
      result.push({ countryId: c, monthId: origin + horizon, horizon, sb1, sb25 });
    }
  }
  return result;
}

/** Whether the country is in the panel in a month, and its state-based fatalities then. */
export function outcome(table: FeatureTable, countryId: number, monthId: number): number | null {
  const t = monthId - table.panel.firstMonth;
  if (!table.panel.series.has(countryId) || !present(table, countryId, t)) return null;
  return table.panel.series.get(countryId)!.sb[t]!;
}
