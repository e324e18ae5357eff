/**
 * What the map page asks for: the incidents matching the filters as points (the browser clusters
 * up to `pointLimit` of them) or, beyond that, as grid cells aggregated in the database; the
 * monthly counts under the map; the admin areas to filter by; one incident's audit history.
 * Same scope and filters as the list.
 */
import { assertPermission } from '../../core/policy.js';
import { fromTimestamp } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import { monthOf } from '../../db/dialect-sql.js';
import { cellOf } from './map-cells.repository.js';
import { gridCells } from './map-grid.js';
import { spatialIndexOf } from './spatial.repository.js';
import { sql } from 'kysely';
import { recordHistory } from '../audit/audit.service.js';
import { filteredIncidents, recordType } from './incident.repository.js';
import type {
  IncidentFacets,
  IncidentFilters,
  IncidentHistory,
  IncidentMap,
  IncidentTimeline,
  MapQuery,
} from './incident.schema.js';
import { getIncident } from './incident.service.js';

export const pointLimit = 5_000;

async function scoped(ctx: RequestContext, filters: IncidentFilters) {
  assertPermission(ctx.actor, 'incidents:read');
  const spatialIndex = await spatialIndexOf(ctx.db, ctx.dialect, ctx.config);
  return filteredIncidents(ctx.db, ctx.actor, { ...filters, spatialIndex });
}

/**
 * Points when no more than `pointLimit` match, else grid cells of about 40 px at this zoom: from
 * the aggregate where it can answer (map-grid.ts), else grouped from the rows. @throws forbidden
 */
export async function incidentMap(
  ctx: RequestContext,
  query: MapQuery,
  options: { pointLimit?: number } = {},
): Promise<IncidentMap> {
  const { zoom, ...filters } = query;
  const base = await scoped(ctx, filters);
  const grid = await gridCells(ctx, filters, zoom);
  const total =
    grid?.total ??
    Number(
      (await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n,
    );
  const cellSize = 30 / 2 ** Math.floor(zoom);
  if (total <= (options.pointLimit ?? pointLimit)) {
    const rows = await base
      .select(['id', 'longitude', 'latitude', 'category', 'fatalities', 'occurred_at'])
      .orderBy('occurred_at', 'desc')
      .execute();
    return {
      total,
      mode: 'points',
      points: rows.map((r) => [
        r.id,
        r.longitude,
        r.latitude,
        r.category,
        r.fatalities,
        fromTimestamp(r.occurred_at).toISOString(),
      ]),
      cells: [],
      cellSize: null,
    };
  }
  if (grid) return { total, mode: 'cells', points: [], cells: grid.cells, cellSize };
  const level = sql.lit(Math.floor(zoom));
  const x = cellOf(ctx.dialect, 'longitude', level);
  const y = cellOf(ctx.dialect, 'latitude', level);
  const rows = await base
    .select((eb) => [
      eb.fn.avg<number>('longitude').as('lon'),
      eb.fn.avg<number>('latitude').as('lat'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('fatalities').as('killed'),
    ])
    .groupBy([x, y])
    .execute();
  return {
    total,
    mode: 'cells',
    points: [],
    cells: rows.map((r) => [Number(r.lon), Number(r.lat), Number(r.n), Number(r.killed)]),
    cellSize,
  };
}

/** Incidents and killed per month (UTC), oldest first. @throws forbidden */
export async function incidentTimeline(
  ctx: RequestContext,
  filters: IncidentFilters,
): Promise<IncidentTimeline> {
  const month = monthOf(ctx.dialect, 'occurred_at');
  const rows = await (
    await scoped(ctx, filters)
  )
    .select((eb) => [
      month.as('month'),
      eb.fn.countAll<number>().as('n'),
      eb.fn.sum<number>('fatalities').as('killed'),
    ])
    .groupBy(month)
    .orderBy(month)
    .execute();
  return {
    months: rows.map((r) => ({
      month: String(r.month),
      count: Number(r.n),
      fatalities: Number(r.killed),
    })),
  };
}

/** The admin areas of the incidents in view, for the filter. @throws forbidden */
export async function incidentFacets(ctx: RequestContext): Promise<IncidentFacets> {
  const rows = await (
    await scoped(ctx, {})
  )
    .select('admin_area')
    .distinct()
    .where('admin_area', 'is not', null)
    .orderBy('admin_area')
    .limit(1000)
    .execute();
  return { adminAreas: rows.map((r) => r.admin_area!).filter(Boolean) };
}

/** Who did what to one incident, oldest first. @throws forbidden, not_found */
export async function incidentHistory(ctx: RequestContext, id: string): Promise<IncidentHistory> {
  const incident = await getIncident(ctx, id);
  const items = await recordHistory(ctx, { recordType, recordId: id });
  // Imports are audited as one act each (incident-import.service.ts): the record's own first step.
  if (incident.origin.system !== 'manual')
    items.unshift({
      at: incident.createdAt,
      actorLabel: `${incident.origin.system} ${incident.origin.sourceId ?? ''}`.trim(),
      action: 'incidents.incident.imported',
      outcome: 'ok',
    });
  return { items };
}

export interface IncidentPoint {
  id: string;
  missionId: string;
  latitude: number;
  longitude: number;
  occurredAt: string;
  category: string;
  fatalities: number;
}

/**
 * The incidents in view between two instants, as points for analysis (hotspots, alert rules):
 * location, time, category and killed only; discarded reports left out. Same scope as the list
 * (an incident in a compartment the actor lacks is not there). @throws forbidden
 */
export async function incidentPoints(
  ctx: RequestContext,
  window: { from: string; to: string },
): Promise<IncidentPoint[]> {
  const rows = await (
    await scoped(ctx, { from: window.from, to: window.to })
  )
    .select(['id', 'mission_id', 'latitude', 'longitude', 'occurred_at', 'category', 'fatalities'])
    .where('status', '!=', 'discarded')
    .orderBy('occurred_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    missionId: r.mission_id,
    latitude: r.latitude,
    longitude: r.longitude,
    occurredAt: fromTimestamp(r.occurred_at).toISOString(),
    category: r.category,
    fatalities: r.fatalities,
  }));
}

/** The day of the latest incident in view (not discarded), or null. @throws forbidden */
export async function latestIncidentDay(ctx: RequestContext): Promise<string | null> {
  const row = await (
    await scoped(ctx, {})
  )
    .select((eb) => eb.fn.max('occurred_at').as('latest'))
    .where('status', '!=', 'discarded')
    .executeTakeFirst();
  return row?.latest
    ? fromTimestamp(row.latest as string)
        .toISOString()
        .slice(0, 10)
    : null;
}

/** Which of these incidents in view were discarded (an alert raised on one is cancelled). @throws forbidden */
export async function discardedIncidents(
  ctx: RequestContext,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await (
    await scoped(ctx, {})
  )
    .select('id')
    .where('id', 'in', ids)
    .where('status', '=', 'discarded')
    .execute();
  return new Set(rows.map((r) => r.id));
}
