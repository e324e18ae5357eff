/**
 * E1's rolling-origin evaluation: at every origin in the range, every method forecasts every
 * country for each horizon from the months up to the origin only; the forecasts whose outcome month
 * is in the data are pooled per threshold, horizon and method and scored. Pure.
 */
import { brier, calibration, prAuc, rocAuc, type CalibrationBin } from './metrics.js';
import {
  forecastAll,
  methods,
  outcome,
  thresholds,
  type FeatureTable,
  type Method,
  type WarmStarts,
} from './forecast.model.js';

export interface Score {
  forecasts: number;
  events: number;
  brier: number;
  rocAuc: number;
  prAuc: number;
  calibration: CalibrationBin[];
}

export type Evaluation = Record<
  `sb${(typeof thresholds)[number]}`,
  { horizon: number; scores: Record<Method, Score> }[]
>;

export function evaluate(
  table: FeatureTable,
  range: { from: number; to: number; horizons: readonly number[] },
  progress: (done: number, total: number) => void = () => undefined,
): Evaluation {
  type Pool = Record<Method, number[]> & { y: number[] };
  const pools = new Map<string, Pool>();
  const pool = (key: string) => {
    let p = pools.get(key);
    if (!p) {
      p = {
        y: [],
        ...Object.fromEntries(methods.map((m) => [m, [] as number[]])),
      } as unknown as Pool;
      pools.set(key, p);
    }
    return p;
  };
  const total = range.to - range.from + 1;
  const warm: WarmStarts = new Map();
  for (let origin = range.from; origin <= range.to; origin++) {
    const horizons = range.horizons.filter((h) => origin + h <= table.panel.lastMonth);
    for (const f of forecastAll(table, { origin, horizons }, warm)) {
      const actual = outcome(table, f.countryId, f.monthId);
      if (actual === null) continue;
      for (const threshold of thresholds) {
        const p = pool(`${threshold}:${f.horizon}`);
        if (threshold === 1) p.y.push(actual >= 1 ? 1 : 0);
        else p.y.push(actual >= 25 ? 1 : 0);
        const probabilities = threshold === 1 ? f.sb1 : f.sb25;
        for (const m of methods) p[m].push(probabilities[m]);
      }
    }
    progress(origin - range.from + 1, total);
  }
  const score = (p: number[], y: number[]): Score => ({
    forecasts: y.length,
    events: y.reduce((a, b) => a + b, 0),
    brier: brier(p, y),
    rocAuc: rocAuc(p, y),
    prAuc: prAuc(p, y),
    calibration: calibration(p, y),
  });
  const per = (threshold: number) =>
    range.horizons
      .filter((h) => pools.has(`${threshold}:${h}`))
      .map((horizon) => {
        const p = pools.get(`${threshold}:${horizon}`)!;
        return {
          horizon,
          scores: Object.fromEntries(methods.map((m) => [m, score(p[m], p.y)])) as Record<
            Method,
            Score
          >,
        };
      });
  return { sb1: per(1), sb25: per(25) };
}
