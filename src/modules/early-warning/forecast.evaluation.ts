/**
 * E1's rolling-origin evaluation: at every origin in the range, every method forecasts every
 * country for each kind of violence and horizon from the months up to the origin only; the
 * forecasts whose outcome month is in the data are pooled per kind, threshold, horizon and method
 * and scored. Pure.
 */
import { brier, calibration, prAuc, rocAuc, type CalibrationBin } from './metrics.js';
import {
  forecastKind,
  kinds,
  methods,
  outcome,
  type FeatureTable,
  type Kind,
  type Method,
  type Outcome,
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

export type HorizonScores = { horizon: number; scores: Record<Method, Score> }[];
export type Evaluation = Record<Outcome, HorizonScores>;

export interface Range {
  from: number;
  to: number;
  horizons: readonly number[];
}

type Pool = Record<Method, number[]> & { y: number[] };
const emptyPool = () =>
  ({ y: [], ...Object.fromEntries(methods.map((m) => [m, [] as number[]])) }) as unknown as Pool;

/** A method's forecasts scored against what happened. */
export const score = (p: number[], y: number[]): Score => ({
  forecasts: y.length,
  events: y.reduce((a, b) => a + b, 0),
  brier: brier(p, y),
  rocAuc: rocAuc(p, y),
  prAuc: prAuc(p, y),
  calibration: calibration(p, y),
});

/** One kind's evaluation: per threshold, per horizon, every method's scores. */
export function evaluateKind(
  table: FeatureTable,
  range: Range & { kind: Kind },
  progress: (done: number) => void = () => undefined,
): { at1: HorizonScores; at25: HorizonScores } {
  const { kind } = range;
  const pools = new Map<string, Pool>();
  const pool = (key: string) => {
    let p = pools.get(key);
    if (!p) pools.set(key, (p = emptyPool()));
    return p;
  };
  const warm: WarmStarts = new Map();
  for (let origin = range.from; origin <= range.to; origin++) {
    const horizons = range.horizons.filter((h) => origin + h <= table.panel.lastMonth);
    for (const f of forecastKind(table, { origin, horizons, kind }, warm)) {
      const actual = outcome(table, { countryId: f.countryId, monthId: f.monthId, kind });
      if (actual === null) continue;
      for (const [threshold, probabilities] of [
        [1, f.at1],
        [25, f.at25],
      ] as const) {
        const p = pool(`${threshold}:${f.horizon}`);
        p.y.push(actual >= threshold ? 1 : 0);
        for (const m of methods) p[m].push(probabilities[m]);
      }
    }
    progress(origin - range.from + 1);
  }
  const per = (threshold: number): HorizonScores =>
    range.horizons
      .filter((h) => pools.has(`${threshold}:${h}`))
      .map((horizon) => {
        const p = pools.get(`${threshold}:${horizon}`)!;
        const scores = Object.fromEntries(methods.map((m) => [m, score(p[m], p.y)]));
        return { horizon, scores: scores as Record<Method, Score> };
      });
  return { at1: per(1), at25: per(25) };
}

/** Every kind's evaluation, one kind after the other; progress counts origins over all kinds. */
export function evaluate(
  table: FeatureTable,
  range: Range,
  progress: (done: number, total: number) => void = () => undefined,
): Evaluation {
  const origins = range.to - range.from + 1;
  const total = origins * kinds.length;
  const result: Partial<Evaluation> = {};
  kinds.forEach((kind, k) => {
    const { at1, at25 } = evaluateKind(table, { ...range, kind }, (done) =>
      progress(k * origins + done, total),
    );
    result[`${kind}1`] = at1;
    result[`${kind}25`] = at25;
  });
  return result as Evaluation;
}
