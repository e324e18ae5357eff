/**
 * How the map's grid answer is cut between the per-mission aggregate (`incident_map_cells`, kept
 * on every write) and the incident rows themselves, so that it stays exact (docs/ARCHITECTURE.md,
 * "The map at any zoom"). Pure arithmetic; map-cells.repository.ts runs the SQL.
 *
 * The grid: at level L a cell is 30 / 2^L degrees square (about 40 px on a 512 px tile at zoom L),
 * and a point's cell is floor((lon + 180) / 30 * 2^L), floor((lat + 90) / 30 * 2^L), computed the
 * same way (IEEE doubles, same operations) in JavaScript, SQLite and PostgreSQL. Multiplying by a
 * power of two is exact, so cells nest: a level-L cell is the level-(L+1) cells it holds, halved.
 */

/**
 * The levels the aggregate keeps; a finer zoom than the last is answered from the rows. Level 10
 * was tried and dropped: it held 1.24 of the 1.71 million rows for a million incidents and made
 * each imported thousand cost 90 ms to count; at zoom 9 and beyond a view is small enough for the
 * spatial index.
 */
export const storedLevels = [4, 6, 8] as const;
export const finestLevel = 8;

/** The aggregate level that answers cells of zoom level `zoom` (coarsened by `shift`), or null. */
export function levelFor(zoom: number): { level: number; shift: number } | null {
  const z = Math.max(0, Math.floor(zoom));
  const level = storedLevels.find((l) => l >= z);
  return level === undefined ? null : { level, shift: level - z };
}

export const cellX = (lon: number, level: number) => Math.floor(((lon + 180) / 30) * 2 ** level);
export const cellY = (lat: number, level: number) => Math.floor(((lat + 90) / 30) * 2 ** level);
/** West edge of column x (south edge of row y), to within rounding. */
const edgeLon = (x: number, level: number) => (x / 2 ** level) * 30 - 180;
const edgeLat = (y: number, level: number) => (y / 2 ** level) * 30 - 90;

/** Cells [x0, x1] × [y0, y1] at one level, both ends included. */
export interface CellRange {
  level: number;
  x: readonly [number, number];
  y: readonly [number, number];
}

type Box = readonly [number, number, number, number];

/**
 * The cells lying wholly inside the box: every point of them is strictly within it. The cells
 * holding an edge are left out even when the edge falls on their border, so no rounding can let a
 * point outside the box in.
 */
export function cellsInside([w, s, e, n]: Box, level: number): CellRange | null {
  const x: [number, number] = [cellX(w, level) + 1, cellX(e, level) - 1];
  const y: [number, number] = [cellY(s, level) + 1, cellY(n, level) - 1];
  return x[0] <= x[1] && y[0] <= y[1] ? { level, x, y } : null;
}

/** One box of the view (a view across the antimeridian is two) cut three ways. */
export interface BoxParts {
  box: Box;
  /** Whole cells of the answer's level: read from the aggregate at that level. */
  interior: CellRange | null;
  /** The finest cells inside the box around the interior (up to four bands): the aggregate too. */
  ring: CellRange[];
  /**
   * What is left along the box's edges, thinner than one finest cell: read from the rows. Each
   * band is a box for the spatial index with the finest cells it must exclude (or null: all of it).
   */
  edges: { box: Box; outside: CellRange | null; band: Band }[];
}

/** Which side of the finest inner cells a band of rows lies on; bands do not overlap. */
export type Band = 'all' | 'west' | 'east' | 'south' | 'north';

const margin = 1e-9;

/** Splits one box (west ≤ east) between the aggregate at `level` and the rows. */
export function boxParts(box: Box, level: number): BoxParts {
  const inner = cellsInside(box, finestLevel);
  if (!inner)
    return { box, interior: null, ring: [], edges: [{ box, outside: null, band: 'all' }] };
  const coarse = cellsInside(box, level);
  const k = 2 ** (finestLevel - level);
  const ring: CellRange[] = [];
  const lvl = finestLevel;
  if (!coarse) ring.push(inner);
  else {
    const q = {
      x: [coarse.x[0] * k, coarse.x[1] * k + k - 1],
      y: [coarse.y[0] * k, coarse.y[1] * k + k - 1],
    };
    const bands: CellRange[] = [
      { level: lvl, x: [inner.x[0], q.x[0]! - 1], y: inner.y },
      { level: lvl, x: [q.x[1]! + 1, inner.x[1]], y: inner.y },
      { level: lvl, x: [q.x[0]!, q.x[1]!], y: [inner.y[0], q.y[0]! - 1] },
      { level: lvl, x: [q.x[0]!, q.x[1]!], y: [q.y[1]! + 1, inner.y[1]] },
    ];
    ring.push(...bands.filter((b) => b.x[0] <= b.x[1] && b.y[0] <= b.y[1]));
  }
  const [w, s, e, n] = box;
  const west = edgeLon(inner.x[0], lvl) + margin;
  const east = edgeLon(inner.x[1] + 1, lvl) - margin;
  const south = edgeLat(inner.y[0], lvl) + margin;
  const north = edgeLat(inner.y[1] + 1, lvl) - margin;
  return {
    box,
    interior: coarse,
    ring,
    edges: [
      { box: [w, s, Math.min(e, west), n], outside: inner, band: 'west' },
      { box: [Math.max(w, east), s, e, n], outside: inner, band: 'east' },
      { box: [w, s, e, Math.min(n, south)], outside: inner, band: 'south' },
      { box: [w, Math.max(s, north), e, n], outside: inner, band: 'north' },
    ],
  };
}

/** A view as boxes that do not cross the antimeridian (none: the whole world). */
export function boxesOf(bbox: Box | undefined): Box[] | null {
  if (!bbox) return null;
  const [w, s, e, n] = bbox;
  return w <= e
    ? [bbox]
    : [
        [w, s, 180, n],
        [-180, s, e, n],
      ];
}

/** Months are counted from year 0: index = year × 12 + month − 1 (UTC). */
export interface TimeParts {
  /** Whole years [first, last] read from the aggregate's year rows, or null. */
  years: readonly [number, number] | null;
  /** Whole months (index ranges, both ends included) read from its month rows. */
  months: (readonly [number, number])[];
  /** The whole months' span as instants [from, until) for the rows beside the aggregate. */
  whole: { from: string | null; until: string | null } | null;
  /** Parts of months at the window's ends, read from the rows: [from, to] both included. */
  partial: { from: string | null; to: string | null; until: string | null }[];
}

const firstIndex = 0;
const lastIndex = 10_000 * 12 - 1;
const monthIndex = (t: number) => {
  const d = new Date(t);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
};
const startOf = (index: number) => Date.UTC(Math.floor(index / 12), index % 12, 1);
const iso = (t: number) => new Date(t).toISOString();

/**
 * Splits a window [from, to] (instants, both included, either open) into whole years, whole
 * months and the parts of months at its ends.
 */
export function timeParts(from: string | undefined, to: string | undefined): TimeParts {
  const f = from === undefined ? null : Date.parse(from);
  const t = to === undefined ? null : Date.parse(to);
  // First whole month: the one starting at `from`, else the next; last: the one ending at `to`.
  const a = f === null ? firstIndex : monthIndex(f) + (startOf(monthIndex(f)) === f ? 0 : 1);
  const b = t === null ? lastIndex : monthIndex(t + 1) - 1;
  if (a > b)
    return {
      years: null,
      months: [],
      whole: null,
      partial: [{ from: from ?? null, to: to ?? null, until: null }],
    };
  const partial: TimeParts['partial'] = [];
  if (f !== null && startOf(a) > f)
    partial.push({ from: iso(f), to: null, until: iso(startOf(a)) });
  if (t !== null && startOf(b + 1) <= t)
    partial.push({ from: iso(startOf(b + 1)), to: iso(t), until: null });
  const y0 = Math.ceil(a / 12);
  const y1 = Math.floor((b + 1) / 12) - 1;
  const months: (readonly [number, number])[] = [];
  let years: readonly [number, number] | null = null;
  if (y0 <= y1) {
    years = [y0, y1];
    if (a < y0 * 12) months.push([a, y0 * 12 - 1]);
    if ((y1 + 1) * 12 <= b) months.push([(y1 + 1) * 12, b]);
  } else months.push([a, b]);
  return {
    years,
    months,
    whole: {
      from: f === null ? null : iso(startOf(a)),
      until: t === null ? null : iso(startOf(b + 1)),
    },
    partial,
  };
}
