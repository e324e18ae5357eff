/**
 * A mission's grid forecasts (issue 23): per PRIO-GRID cell and month 1–6 months ahead, the
 * probability of at least one incident and of 5 or more killed, learned from the mission's own
 * incidents up to the origin — one logistic model per horizon and threshold, trained on the last
 * five years — and the per-cell
 * baselines they are scored against: persistence, the cell's frequency over 12 and 36 months, and
 * its neighbourhood's (the 3 × 3 cells around it) over 12. Each forecast says why: the features
 * that moved it most from the average cell, in log-odds. Nothing after the origin is read. Pure.
 */
import {
  gridFeatureCount,
  gridFeatureNames,
  type GridFeature,
  type GridPanel,
} from './grid.panel.js';
import { clipProbability, fitLogistic, predictLogistic, type LogisticModel } from './logistic.js';

export const gridModelName = 'peaceops-grid-logistic-1';
export const gridHorizons = [1, 2, 3, 4, 5, 6] as const;
export const gridThresholds = ['event', 'killed5'] as const;
export type GridThreshold = (typeof gridThresholds)[number];
export const gridMethods = [
  'model',
  'persistence',
  'frequency12',
  'frequency36',
  'neighbourhood12',
] as const;
export type GridMethod = (typeof gridMethods)[number];

/** Months of history a cell-month needs before it is used to train. */
const warmUp = 12;
/**
 * Only the last five years train the model: on the demo's events (origins 2019-12 … 2022-11) they
 * scored as well as or better than the whole history or ten years, in a quarter of the time.
 */
const trainingMonths = 60;

const hit = (panel: GridPanel, threshold: GridThreshold, at: number) =>
  threshold === 'event' ? panel.events[at]! >= 1 : panel.killed[at]! >= 5;

function share(
  panel: GridPanel,
  c: number,
  at: { t: number; window: number; threshold: GridThreshold },
) {
  let n = 0;
  let yes = 0;
  for (let k = Math.max(0, at.t - at.window + 1); k <= at.t; k++) {
    n++;
    if (hit(panel, at.threshold, c * panel.length + k)) yes++;
  }
  return n ? yes / n : 0;
}

export type GridWarmStarts = Map<string, Float64Array>;

function train(
  panel: GridPanel,
  at: { originIndex: number; horizon: number },
  warm: GridWarmStarts,
): Record<GridThreshold, LogisticModel> {
  const { originIndex, horizon } = at;
  const rows: number[] = [];
  panel.cells.forEach((_, c) => {
    if (panel.activeFrom[c]! > originIndex) return;
    const start = Math.max(warmUp, originIndex - horizon - trainingMonths);
    for (let t = start; t + horizon <= originIndex; t++) rows.push(c * panel.length + t);
  });
  const x = new Float64Array(rows.length * gridFeatureCount);
  rows.forEach((r, i) =>
    x.set(
      panel.features.subarray(r * gridFeatureCount, (r + 1) * gridFeatureCount),
      i * gridFeatureCount,
    ),
  );
  const fit = (threshold: GridThreshold) => {
    const y = Uint8Array.from(rows, (r) => (hit(panel, threshold, r + horizon) ? 1 : 0));
    const key = `${horizon}:${threshold}`;
    const model = fitLogistic(
      { x, y, features: gridFeatureCount },
      { l2: 1, start: warm.get(key) },
    );
    warm.set(key, model.weights);
    return model;
  };
  return { event: fit('event'), killed5: fit('killed5') };
}

export interface Reason {
  feature: GridFeature;
  /** How far it moved the log-odds from the average cell's. */
  effect: number;
  /** Whether the cell's value is above the average cell's (the training rows' mean). */
  above: boolean;
}

/** The three features that moved the forecast most from the average cell, largest first. */
function reasons(model: LogisticModel, f: ArrayLike<number>): Reason[] {
  return gridFeatureNames
    .map((feature, j) => ({
      feature,
      effect: (model.weights[j + 1]! * (f[j]! - model.means[j]!)) / model.scales[j]!,
      above: f[j]! > model.means[j]!,
    }))
    .sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect))
    .slice(0, 3)
    .map((r) => ({ ...r, effect: Math.round(r.effect * 100) / 100 }));
}

export type GridProbabilities = Record<GridMethod, number>;

export interface CellForecast {
  /** Index in panel.cells. */
  cell: number;
  horizon: number;
  /** ViEWS month id of the month forecast. */
  monthId: number;
  event: GridProbabilities;
  killed5: GridProbabilities;
  why: Record<GridThreshold, Reason[]>;
}

function baselines(panel: GridPanel, c: number, at: { t: number; threshold: GridThreshold }) {
  const { t, threshold } = at;
  const block = [c, ...panel.neighbours[c]!];
  return {
    persistence: hit(panel, threshold, c * panel.length + t) ? 1 : 0,
    frequency12: share(panel, c, { t, window: 12, threshold }),
    frequency36: share(panel, c, { t, window: 36, threshold }),
    // Cells of the 3 × 3 block that are not in the panel had no incident: zero.
    neighbourhood12:
      block.reduce((s, b) => s + share(panel, b, { t, window: 12, threshold }), 0) / 9,
  };
}

/**
 * Forecasts every cell active at the origin (it or a neighbour had an incident by then), for each
 * horizon. P(≥ 5 killed) is kept at or below P(≥ 1 incident).
 * @throws RangeError when the origin has less than two years of history or is past the panel
 */
export function forecastGrid(
  panel: GridPanel,
  at: { origin: number; horizons?: readonly number[] },
  warm: GridWarmStarts = new Map(),
): CellForecast[] {
  const t = at.origin - panel.firstMonth;
  if (t < 2 * warmUp || t >= panel.length)
    throw new RangeError(
      `origin month ${at.origin} is outside the grid's months with two years of history`,
    );
  const result: CellForecast[] = [];
  for (const horizon of at.horizons ?? gridHorizons) {
    const models = train(panel, { originIndex: t, horizon }, warm);
    panel.cells.forEach((_, c) => {
      if (panel.activeFrom[c]! > t) return;
      const f = panel.features.subarray(
        (c * panel.length + t) * gridFeatureCount,
        (c * panel.length + t + 1) * gridFeatureCount,
      );
      const event = {
        model: clipProbability(predictLogistic(models.event, f)),
        ...baselines(panel, c, { t, threshold: 'event' }),
      };
      const killed5 = {
        model: clipProbability(predictLogistic(models.killed5, f)),
        ...baselines(panel, c, { t, threshold: 'killed5' }),
      };
      killed5.model = Math.min(killed5.model, event.model);
      result.push({
        cell: c,
        horizon,
        monthId: at.origin + horizon,
        event,
        killed5,
        why: { event: reasons(models.event, f), killed5: reasons(models.killed5, f) },
      });
    });
  }
  return result;
}

/** Whether the cell met the threshold in a month of the panel (null: the month is not in it). */
export function gridOutcome(
  panel: GridPanel,
  at: { cell: number; monthId: number; threshold: GridThreshold },
): number | null {
  const t = at.monthId - panel.firstMonth;
  if (t < 0 || t >= panel.length) return null;
  return hit(panel, at.threshold, at.cell * panel.length + t) ? 1 : 0;
}
