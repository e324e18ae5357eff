/**
 * A mission's grid (issue 23): its incidents per PRIO-GRID 0.5° cell and month, and the features
 * of a cell at a month, from that month and earlier only — the cell's own recent and longer-run
 * events and deaths, how long since its last event, its eight neighbours' events, and the whole
 * area's. Cells forecast: those with an incident up to the origin and their neighbours (violence
 * spreads to the next cell; a cell nothing ever happened in or near is not forecast). Pure.
 */
import type { CellMonth } from '../incidents/incident-cell-months.service.js';
import { monthId } from './country-month.data.js';
import { gridFeatureNames } from './grid-features.taxonomy.js';

export { gridFeatureNames, type GridFeature } from './grid-features.taxonomy.js';

/** PRIO-GRID's cell id: 1 at the south-west corner (90° S, 180° W), row by row eastwards. */
export const gidOf = (row: number, col: number) => row * 720 + col + 1;

export const gridFeatureCount = gridFeatureNames.length;

export interface GridPanel {
  /** ViEWS month id of the first month (any incident) and the number of months kept. */
  firstMonth: number;
  length: number;
  /** Every cell with an incident, then their neighbours without one. */
  cells: { gid: number; row: number; col: number }[];
  /** Per cell (in `cells` order) × month: events and killed. */
  events: Float64Array;
  killed: Float64Array;
  /** Per cell: the first month index it or a neighbour had an event (Infinity: never). */
  activeFrom: Float64Array;
  /** Per cell: the indices of its neighbours in `cells` (those that are). */
  neighbours: number[][];
  /** Per cell × month: its features (gridFeatureNames). */
  features: Float64Array;
}

const around = [-1, 0, 1].flatMap((dr) => [-1, 0, 1].map((dc) => [dr, dc] as const));

/**
 * The months a forecast reads before its origin: the 36 origins an evaluation scores before it,
 * the 6 months of the longest horizon, the 60 that train the model and the 36 its longest feature
 * looks back. The same for every run, evaluated or not, so a forecast does not depend on whether
 * it was scored; a cell with no incident in them is not forecast.
 */
export const panelMonths = 36 + 6 + 60 + 36;

/** The panel of the months from `from` to `to` (ViEWS ids, both included); other rows are ignored. */
export function gridPanel(
  rows: readonly CellMonth[],
  window: { from: number; to: number },
): GridPanel {
  const lastMonth = window.to;
  const kept = rows.filter((r) => {
    const m = monthId(r.month);
    return m >= window.from && m <= lastMonth;
  });
  const firstMonth = Math.min(...kept.map((r) => monthId(r.month)));
  const length = lastMonth - firstMonth + 1;
  const index = new Map<number, number>();
  const cells: GridPanel['cells'] = [];
  const add = (row: number, col: number) => {
    const gid = gidOf(row, col);
    if (!index.has(gid) && row >= 0 && row < 360) {
      index.set(gid, cells.length);
      cells.push({ gid, row, col: (col + 720) % 720 });
    }
  };
  for (const r of kept) add(r.row, r.col);
  for (const c of [...cells]) for (const [dr, dc] of around) add(c.row + dr, c.col + dc);
  const events = new Float64Array(cells.length * length);
  const killed = new Float64Array(cells.length * length);
  for (const r of kept) {
    const at = index.get(gidOf(r.row, r.col))! * length + monthId(r.month) - firstMonth;
    events[at] = events[at]! + r.events;
    killed[at] = killed[at]! + r.killed;
  }
  const neighbours = cells.map((c) =>
    around
      .filter(([dr, dc]) => dr !== 0 || dc !== 0)
      .map(([dr, dc]) => index.get(gidOf(c.row + dr, (c.col + dc + 720) % 720)))
      .filter((i): i is number => i !== undefined),
  );
  const firstEvent = cells.map((_, i) => {
    for (let t = 0; t < length; t++) if (events[i * length + t]! > 0) return t;
    return Infinity;
  });
  const activeFrom = Float64Array.from(cells, (_, i) =>
    Math.min(firstEvent[i]!, ...neighbours[i]!.map((n) => firstEvent[n]!)),
  );
  const panel = { firstMonth, length, cells, events, killed, activeFrom, neighbours };
  return { ...panel, features: gridFeatures(panel) };
}

/** Sums over months t − window + 1 … t of a per-month function. */
function windowSum(t: number, window: number, f: (k: number) => number): number {
  let s = 0;
  for (let k = Math.max(0, t - window + 1); k <= t; k++) s += f(k);
  return s;
}

function gridFeatures(p: Omit<GridPanel, 'features'>): Float64Array {
  const { length, cells, events, killed, neighbours } = p;
  const out = new Float64Array(cells.length * length * gridFeatureCount);
  const area = new Float64Array(length);
  for (let i = 0; i < cells.length; i++)
    for (let t = 0; t < length; t++) area[t] = area[t]! + events[i * length + t]!;
  const ev = (i: number, k: number) => events[i * length + k]!;
  const kd = (i: number, k: number) => killed[i * length + k]!;
  for (let i = 0; i < cells.length; i++) {
    let lastEvent = -Infinity;
    let lastKilled5 = -Infinity;
    const nb = neighbours[i]!;
    const n = Math.max(nb.length, 1);
    for (let t = 0; t < length; t++) {
      if (ev(i, t) > 0) lastEvent = t;
      if (kd(i, t) >= 5) lastKilled5 = t;
      const months = Math.min(t + 1, 36);
      const with36 = windowSum(t, 36, (k) => (ev(i, k) > 0 ? 1 : 0));
      const odds = (with36 + 0.5) / (months + 1);
      const values = [
        Math.log1p(ev(i, t)),
        Math.log1p(windowSum(t, 3, (k) => ev(i, k))),
        Math.log1p(windowSum(t, 12, (k) => ev(i, k))),
        windowSum(t, 12, (k) => (ev(i, k) > 0 ? 1 : 0)) / Math.min(t + 1, 12),
        with36 / months,
        Math.log(odds / (1 - odds)),
        windowSum(t, 12, (k) => (kd(i, k) >= 5 ? 1 : 0)) / Math.min(t + 1, 12),
        Math.log1p(windowSum(t, 12, (k) => kd(i, k))),
        Math.exp(-(t - lastEvent) / 6),
        Math.exp(-(t - lastEvent) / 24),
        Math.exp(-(t - lastKilled5) / 12),
        Math.log1p(windowSum(t, 3, (k) => nb.reduce((s, j) => s + ev(j, k), 0)) / n),
        windowSum(t, 12, (k) => nb.reduce((s, j) => s + (ev(j, k) > 0 ? 1 : 0), 0)) /
          (n * Math.min(t + 1, 12)),
        Math.log1p(windowSum(t, 12, (k) => nb.reduce((s, j) => s + kd(j, k), 0)) / n),
        Math.log1p(windowSum(t, 3, (k) => area[k]!)),
      ];
      out.set(values, (i * length + t) * gridFeatureCount);
    }
  }
  return out;
}
