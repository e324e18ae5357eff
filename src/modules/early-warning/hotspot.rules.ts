/**
 * Sub-national hotspots (E1, ¶17–20): 0.5° cells whose recent violence rises significantly above
 * their own history. For each cell with events in the recent window (`recentDays` up to `asOf`),
 * the events it would have at its own earlier rate — from the `baselineDays` before the window,
 * with half an event added so a cell with no history still has a rate — are the Poisson mean λ;
 * the p-value is P(X ≥ observed | λ). Cells are flagged when their Benjamini–Hochberg q-value
 * (false discovery rate over the cells tested) is at most `falseDiscoveryRate` and they had at
 * least `minEvents` recent events. Pure.
 */
import { addDays } from '../../core/days.js';

export interface HotspotEvent {
  latitude: number;
  longitude: number;
  /** The day it happened, YYYY-MM-DD. */
  day: string;
  fatalities: number;
}

export interface HotspotOptions {
  asOf: string;
  recentDays: number;
  baselineDays: number;
  cellSize: number;
  minEvents: number;
  falseDiscoveryRate: number;
}

export const defaultHotspotOptions = {
  recentDays: 90,
  baselineDays: 730,
  cellSize: 0.5,
  minEvents: 3,
  falseDiscoveryRate: 0.05,
} as const;

export interface HotspotCell {
  /** Stable name of the cell and date: "hotspot 2026-03-01 5.25,20.75" (centre). */
  key: string;
  latitude: number;
  longitude: number;
  /** South, west, north, east edges. */
  bounds: [number, number, number, number];
  recentEvents: number;
  recentFatalities: number;
  baselineEvents: number;
  /** Events expected in the recent window at the cell's own earlier rate. */
  expected: number;
  pValue: number;
  qValue: number;
  flagged: boolean;
}

/** ln Γ(x) for x > 0 (Lanczos, g = 7), accurate to ~1e-13. */
export function logGamma(x: number): number {
  const c = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
    -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
    1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const z = x - 1;
  let a = c[0]!;
  const t = z + 7.5;
  for (let i = 1; i < 9; i++) a += c[i]! / (z + i);
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(a);
}

const logPmf = (i: number, lambda: number) => i * Math.log(lambda) - lambda - logGamma(i + 1);

/** P(X ≥ k) for X ~ Poisson(λ), summed on the smaller side so small tails keep their precision. */
export function poissonUpperTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  if (k > lambda) {
    let sum = 0;
    for (let i = k; ; i++) {
      const term = Math.exp(logPmf(i, lambda));
      sum += term;
      if (term < sum * 1e-16 || i > k + 10_000) break;
    }
    return Math.min(1, sum);
  }
  let below = 0;
  for (let i = 0; i < k; i++) below += Math.exp(logPmf(i, lambda));
  return Math.max(0, 1 - below);
}

/** Benjamini–Hochberg q-values, in the order of the p-values given. */
export function benjaminiHochberg(pValues: readonly number[]): number[] {
  const n = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  const q = new Array<number>(n);
  let running = 1;
  for (let r = n - 1; r >= 0; r--) {
    running = Math.min(running, (order[r]!.p * n) / (r + 1));
    q[order[r]!.i] = running;
  }
  return q;
}

const cellOf = (v: number, size: number) => Math.floor(v / size);

/** Every cell tested (events in the recent window), most significant first. */
export function scanCells(events: readonly HotspotEvent[], options: HotspotOptions): HotspotCell[] {
  const recentFrom = addDays(options.asOf, -options.recentDays + 1);
  const baselineFrom = addDays(recentFrom, -options.baselineDays);
  const cells = new Map<
    string,
    { row: number; col: number; recent: number; dead: number; base: number }
  >();
  for (const e of events) {
    if (e.day > options.asOf || e.day < baselineFrom) continue;
    const row = cellOf(e.latitude, options.cellSize);
    const col = cellOf(e.longitude, options.cellSize);
    const id = `${row}:${col}`;
    const cell = cells.get(id) ?? { row, col, recent: 0, dead: 0, base: 0 };
    if (e.day >= recentFrom) {
      cell.recent++;
      cell.dead += e.fatalities;
    } else cell.base++;
    cells.set(id, cell);
  }
  const tested = [...cells.values()].filter((c) => c.recent > 0);
  const pValues = tested.map((c) =>
    poissonUpperTail(c.recent, ((c.base + 0.5) / options.baselineDays) * options.recentDays),
  );
  const qValues = benjaminiHochberg(pValues);
  const round = (v: number) => Math.round(v * 1e6) / 1e6;
  return tested
    .map((c, i) => {
      const south = c.row * options.cellSize;
      const west = c.col * options.cellSize;
      const latitude = round(south + options.cellSize / 2);
      const longitude = round(west + options.cellSize / 2);
      return {
        key: `hotspot ${options.asOf} ${latitude},${longitude}`,
        latitude,
        longitude,
        bounds: [south, west, south + options.cellSize, west + options.cellSize].map(round) as [
          number,
          number,
          number,
          number,
        ],
        recentEvents: c.recent,
        recentFatalities: c.dead,
        baselineEvents: c.base,
        expected: round(((c.base + 0.5) / options.baselineDays) * options.recentDays),
        pValue: pValues[i]!,
        qValue: qValues[i]!,
        flagged: qValues[i]! <= options.falseDiscoveryRate && c.recent >= options.minEvents,
      };
    })
    .sort((a, b) => a.pValue - b.pValue || b.recentEvents - a.recentEvents);
}
