/**
 * The grid forecasts' rolling-origin evaluation (issue 23): at every origin in the range, the model
 * and the per-cell baselines forecast every cell active then for each horizon from the months up
 * to the origin only; the forecasts whose month is in the panel are pooled per threshold and
 * horizon and scored as the country forecasts are (Brier, ROC AUC, PR AUC, calibration). Pure.
 */
import { score, type Score } from './forecast.evaluation.js';
import {
  forecastGrid,
  gridMethods,
  gridOutcome,
  gridThresholds,
  type GridMethod,
  type GridThreshold,
  type GridWarmStarts,
} from './grid.model.js';
import type { GridPanel } from './grid.panel.js';

export type GridHorizonScores = { horizon: number; scores: Record<GridMethod, Score> }[];
export type GridEvaluation = Record<GridThreshold, GridHorizonScores>;

type Pool = Record<GridMethod, number[]> & { y: number[] };

export function evaluateGrid(
  panel: GridPanel,
  range: { from: number; to: number; horizons: readonly number[] },
  progress: (done: number, total: number) => void = () => undefined,
): GridEvaluation {
  const pools = new Map<string, Pool>();
  const pool = (key: string) => {
    let p = pools.get(key);
    if (!p) {
      p = { y: [], ...Object.fromEntries(gridMethods.map((m) => [m, []])) } as unknown as Pool;
      pools.set(key, p);
    }
    return p;
  };
  const warm: GridWarmStarts = new Map();
  const total = range.to - range.from + 1;
  for (let origin = range.from; origin <= range.to; origin++) {
    const horizons = range.horizons.filter((h) => origin + h < panel.firstMonth + panel.length);
    for (const f of forecastGrid(panel, { origin, horizons }, warm))
      for (const threshold of gridThresholds) {
        const y = gridOutcome(panel, { cell: f.cell, monthId: f.monthId, threshold });
        if (y === null) continue;
        const p = pool(`${threshold}:${f.horizon}`);
        p.y.push(y);
        for (const m of gridMethods) p[m].push(f[threshold][m]);
      }
    progress(origin - range.from + 1, total);
  }
  const per = (threshold: GridThreshold): GridHorizonScores =>
    range.horizons
      .filter((h) => pools.has(`${threshold}:${h}`))
      .map((horizon) => {
        const p = pools.get(`${threshold}:${horizon}`)!;
        const scores = Object.fromEntries(gridMethods.map((m) => [m, score(p[m], p.y)]));
        return { horizon, scores: scores as Record<GridMethod, Score> };
      });
  return { event: per('event'), killed5: per('killed5') };
}
