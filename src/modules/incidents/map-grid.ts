/**
 * The map's grid cells for a view, exact, without reading every incident in it: whole cells and
 * whole months from the aggregate (map-cells.repository.ts), and from the rows only what it cannot
 * answer — the bands along the view's edges thinner than its finest cell, the parts of months at
 * the window's ends, and the labelled incidents the reader may reach (map-cells.ts says how the
 * view is cut). The sum is what grouping every reachable incident in view would give.
 */
import { sql, type SqlBool } from 'kysely';
import type { RequestContext } from '../../db/context.js';
import { labelledWithHeld, unlabelled } from '../../db/scope.js';
import { filteredIncidents, recordType } from './incident.repository.js';
import type { IncidentFilters } from './incident.schema.js';
import { boxesOf, boxParts, finestLevel, levelFor, timeParts, type BoxParts } from './map-cells.js';
import { cellOf, selectCellSums, toCellSums, type CellSums } from './map-cells.repository.js';
import { byColumns, spatialIndexOf, type Bbox } from './spatial.repository.js';

/** Filters the aggregate can answer; any other sends the map to the rows. */
export function aggregatable(filters: IncidentFilters): boolean {
  return !filters.adminArea && filters.minFatalities === undefined && !filters.actor;
}

class Cells {
  readonly byKey = new Map<string, CellSums>();
  add(rows: CellSums[]) {
    for (const r of rows) {
      const key = `${r.x},${r.y}`;
      const cell = this.byKey.get(key);
      if (!cell) this.byKey.set(key, { ...r });
      else {
        cell.n += r.n;
        cell.killed += r.killed;
        cell.sumLon += r.sumLon;
        cell.sumLat += r.sumLat;
      }
    }
  }
  get total() {
    let n = 0;
    for (const c of this.byKey.values()) n += c.n;
    return n;
  }
  /** [longitude, latitude, count, killed] at each cell's mean position; emptied cells dropped. */
  drawn(): [number, number, number, number][] {
    return [...this.byKey.values()]
      .filter((c) => c.n > 0)
      .map((c) => [c.sumLon / c.n, c.sumLat / c.n, c.n, c.killed]);
  }
}

interface RowPart {
  bbox?: Bbox;
  from: string | null;
  to: string | null;
  until: string | null;
  which: 'unlabelled' | 'labelled';
  band?: BoxParts['edges'][number];
}

/** Incidents from their rows, grouped in cells of zoom level `zoom`. */
async function rowSums(
  ctx: RequestContext,
  filters: IncidentFilters,
  part: RowPart & { zoom: number },
) {
  const spatialIndex = await spatialIndexOf(ctx.db, ctx.dialect, ctx.config);
  const { category, status } = filters;
  // A west or east band is a sliver of longitude: the covering index reads it in a few hundred
  // entries once the missions are named; the spatial index would walk every node along it.
  const sliver =
    (part.band?.band === 'west' || part.band?.band === 'east') && ctx.actor.missionIds !== 'all';
  let q = filteredIncidents(ctx.db, ctx.actor, {
    category,
    status,
    bbox: sliver ? undefined : part.bbox,
    spatialIndex,
  });
  if (sliver && part.bbox) q = q.where(byColumns(part.bbox));
  const utc = (t: string) => new Date(t).toISOString();
  if (part.from) q = q.where('occurred_at', '>=', utc(part.from));
  if (part.to) q = q.where('occurred_at', '<=', utc(part.to));
  if (part.until) q = q.where('occurred_at', '<', utc(part.until));
  const idColumn = 'incidents.id';
  q = q.where(
    part.which === 'labelled'
      ? labelledWithHeld(ctx.actor, { recordType, idColumn })
      : unlabelled(recordType, idColumn),
  );
  const band = part.band;
  if (band?.outside) {
    const fine = sql.lit(finestLevel);
    const x = cellOf(ctx.dialect, 'incidents.longitude', fine);
    const y = cellOf(ctx.dialect, 'incidents.latitude', fine);
    const [x0, x1] = band.outside.x;
    const [y0, y1] = band.outside.y;
    const inColumns = sql<SqlBool>`${x} between ${x0} and ${x1}`;
    q = q.where(
      band.band === 'west'
        ? sql<SqlBool>`${x} < ${x0}`
        : band.band === 'east'
          ? sql<SqlBool>`${x} > ${x1}`
          : band.band === 'south'
            ? sql<SqlBool>`${inColumns} and ${y} < ${y0}`
            : sql<SqlBool>`${inColumns} and ${y} > ${y1}`,
    );
  }
  const zoom = sql.lit(part.zoom);
  const cx = cellOf(ctx.dialect, 'incidents.longitude', zoom);
  const cy = cellOf(ctx.dialect, 'incidents.latitude', zoom);
  const rows = await q
    .select((eb) => [
      cx.as('x'),
      cy.as('y'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('fatalities').as('killed'),
      eb.fn.sum<number>('longitude').as('lon'),
      eb.fn.sum<number>('latitude').as('lat'),
    ])
    .groupBy([cx, cy])
    .execute();
  return rows.map(toCellSums);
}

/**
 * The cells of zoom level floor(zoom) for the filters, and their total; null when the aggregate
 * cannot answer (a filter it does not keep, or a zoom finer than its finest level).
 */
export async function gridCells(
  ctx: RequestContext,
  filters: IncidentFilters,
  zoom: number,
): Promise<{ total: number; cells: [number, number, number, number][] } | null> {
  const grid = levelFor(zoom);
  if (!grid || !aggregatable(filters)) return null;
  const z = grid.level - grid.shift;
  const time = timeParts(filters.from, filters.to);
  const periods = { years: time.years, months: time.months };
  const { category, status } = filters;
  const cells = new Cells();
  const aggregate = (level: number, range: BoxParts['interior']) =>
    selectCellSums(ctx.db, {
      actor: ctx.actor,
      level,
      shift: level - z,
      range,
      periods,
      category,
      status,
    });
  const rows = (part: RowPart) => rowSums(ctx, filters, { ...part, zoom: z });
  const whole = time.whole;
  if (whole) {
    const boxes = boxesOf(filters.bbox);
    if (!boxes) cells.add(await aggregate(grid.level, null));
    for (const box of boxes ?? []) {
      const parts = boxParts(box, grid.level);
      if (parts.interior) cells.add(await aggregate(grid.level, parts.interior));
      for (const ring of parts.ring) cells.add(await aggregate(finestLevel, ring));
      for (const band of parts.edges)
        cells.add(await rows({ ...whole, to: null, bbox: band.box, band, which: 'unlabelled' }));
    }
  }
  for (const part of time.partial)
    cells.add(await rows({ ...part, bbox: filters.bbox, which: 'unlabelled' }));
  if (ctx.actor.compartmentIds.size > 0)
    cells.add(
      await rows({
        from: filters.from ?? null,
        to: filters.to ?? null,
        until: null,
        bbox: filters.bbox,
        which: 'labelled',
      }),
    );
  return { total: cells.total, cells: cells.drawn() };
}
