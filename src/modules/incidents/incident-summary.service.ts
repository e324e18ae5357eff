/**
 * The incidents of a period summed up for reporting (the periodic report's political and security
 * section asks exactly this): totals, by category, by admin area, per month and per 0.5° cell,
 * discarded reports left out. Incidents in compartments the reader does not hold are counted once,
 * as a number, small numbers written "<3" as the public statistics write them.
 */
import { sql } from 'kysely';
import { assertPermission } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import { floorInt, monthOf } from '../../db/dialect-sql.js';
import { filteredIncidents, incidentsBeyondCompartments } from './incident.repository.js';
import type { IncidentFilters, IncidentSummary } from './incident.schema.js';
import { spatialIndexOf } from './spatial.repository.js';

/** The size of a map cell in degrees: PRIO-GRID's. */
export const summaryCellDegrees = 0.5;
/** Counts under this are written "<3", as in the public statistics of allegations. */
const suppressBelow = 3;

/** @throws forbidden */
export async function incidentSummary(
  ctx: RequestContext,
  filters: IncidentFilters,
): Promise<IncidentSummary> {
  assertPermission(ctx.actor, 'incidents:read');
  const query = { ...filters, spatialIndex: await spatialIndexOf(ctx.db, ctx.dialect, ctx.config) };
  const base = filteredIncidents(ctx.db, ctx.actor, query).where('status', '!=', 'discarded');
  const tally = [
    sql<number>`count(*)`.as('n'),
    sql<number>`coalesce(sum(fatalities), 0)`.as('killed'),
  ] as const;
  const month = monthOf(ctx.dialect, 'occurred_at');
  // The cell size written into the SQL, not bound: PostgreSQL matches GROUP BY expressions by text.
  const size = sql.lit(summaryCellDegrees);
  const x = floorInt(ctx.dialect, sql`(longitude + 180) / ${size}`);
  const y = floorInt(ctx.dialect, sql`(latitude + 90) / ${size}`);
  const [totals, categories, areas, months, cells, beyond] = await Promise.all([
    base.select([...tally]).executeTakeFirstOrThrow(),
    base
      .select(['category', ...tally])
      .groupBy('category')
      .execute(),
    base
      .select(['admin_area', ...tally])
      .groupBy('admin_area')
      .execute(),
    base
      .select([month.as('month'), ...tally])
      .groupBy(month)
      .orderBy(month)
      .execute(),
    base
      .select([x.as('x'), y.as('y'), ...tally])
      .groupBy([x, y])
      .execute(),
    incidentsBeyondCompartments(ctx.db, ctx.actor, query)
      .where('status', '!=', 'discarded')
      .select(sql<number>`count(*)`.as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  const counts = (r: { n: unknown; killed: unknown }) => ({
    incidents: Number(r.n),
    fatalities: Number(r.killed),
  });
  const byCount = (a: { incidents: number }, b: { incidents: number }) => b.incidents - a.incidents;
  const restricted = Number(beyond.n);
  return {
    ...counts(totals),
    byCategory: categories.map((r) => ({ category: r.category, ...counts(r) })).sort(byCount),
    byArea: areas
      .map((r) => ({ area: r.admin_area, ...counts(r) }))
      .sort((a, b) => byCount(a, b) || String(a.area).localeCompare(String(b.area))),
    months: months.map((r) => ({ month: String(r.month), ...counts(r) })),
    cellDegrees: summaryCellDegrees,
    cells: cells.map((r) => ({
      longitude: (Number(r.x) + 0.5) * summaryCellDegrees - 180,
      latitude: (Number(r.y) + 0.5) * summaryCellDegrees - 90,
      ...counts(r),
    })),
    restricted: restricted > 0 && restricted < suppressBelow ? '<3' : restricted,
  };
}
