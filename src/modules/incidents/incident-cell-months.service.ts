/**
 * What a mission's grid forecasts may learn from (issue 23): per 0.5° cell (PRIO-GRID's) and month,
 * how many incidents and how many killed — of the mission's own incidents that every reader of the
 * mission sees: none discarded, none in a compartment. A forecast shown to all of them never rests
 * on a record one of them may not reach. Aggregated in the database; no row leaves it.
 */
import { sql } from 'kysely';
import { DomainError } from '../../core/errors.js';
import { assertPermission, missionInView, type Actor } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import { fromTimestamp } from '../../db/codecs.js';
import { floorInt, monthOf } from '../../db/dialect-sql.js';
import { filteredIncidents } from './incident.repository.js';
import { spatialIndexOf } from './spatial.repository.js';

export interface CellMonth {
  /** PRIO-GRID row (0 at 90° S) and column (0 at 180° W) of the 0.5° cell. */
  row: number;
  col: number;
  /** YYYY-MM (UTC). */
  month: string;
  events: number;
  killed: number;
}

/** The mission's incidents every reader of it sees, in the window. @throws forbidden */
async function everyReaders(
  ctx: RequestContext,
  missionId: string,
  window: { from?: string | undefined; to: string },
) {
  assertPermission(ctx.actor, 'early-warning:read');
  if (!missionInView(ctx.actor, missionId))
    throw new DomainError('forbidden', 'that mission is not in your view');
  // A reader of the mission who holds no compartment: what every reader of it sees.
  const everyReader: Actor = {
    ...ctx.actor,
    missionId,
    missionIds: [missionId],
    permissions: new Set(['incidents:read']),
    compartmentIds: new Set(),
  };
  const spatialIndex = await spatialIndexOf(ctx.db, ctx.dialect, ctx.config);
  return filteredIncidents(ctx.db, everyReader, {
    ...(window.from ? { from: window.from } : {}),
    to: window.to,
    spatialIndex,
  }).where('status', '!=', 'discarded');
}

/**
 * Per cell and month, the incidents and killed in the window.
 * @throws forbidden (no early-warning:read, or the mission is not in the caller's view)
 */
export async function missionCellMonths(
  ctx: RequestContext,
  missionId: string,
  window: { from?: string; to: string },
): Promise<CellMonth[]> {
  const row = floorInt(ctx.dialect, sql`(latitude + 90) * 2`);
  const col = floorInt(ctx.dialect, sql`(longitude + 180) * 2`);
  const month = monthOf(ctx.dialect, 'occurred_at');
  const rows = await (
    await everyReaders(ctx, missionId, window)
  )
    .select((eb) => [
      row.as('row'),
      col.as('col'),
      month.as('month'),
      eb.fn.countAll<number>().as('events'),
      eb.fn.sum<number>('fatalities').as('killed'),
    ])
    .groupBy([row, col, month])
    .execute();
  return rows.map((r) => ({
    row: Number(r.row),
    col: Number(r.col),
    month: String(r.month),
    events: Number(r.events),
    killed: Number(r.killed),
  }));
}

/** The month (YYYY-MM) of the latest such incident up to `to`, or null. @throws forbidden */
export async function missionLatestMonth(
  ctx: RequestContext,
  missionId: string,
  window: { to: string },
): Promise<string | null> {
  const latest = await (
    await everyReaders(ctx, missionId, window)
  )
    .select((eb) => eb.fn.max('occurred_at').as('latest'))
    .executeTakeFirst();
  return latest?.latest
    ? fromTimestamp(latest.latest as string)
        .toISOString()
        .slice(0, 7)
    : null;
}
