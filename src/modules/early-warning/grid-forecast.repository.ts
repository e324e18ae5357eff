/** A mission's grid forecasts: storage. No authorization (the service scopes by mission). */
import type { Insertable, Kysely } from 'kysely';
import type { Actor } from '../../core/policy.js';
import { missionFilter } from '../../db/scope.js';
import type { Database } from '../../db/schema.js';
import type { GridForecastRunsTable, GridForecastsTable } from '../../db/schema-early-warning.js';

const chunk = 500;

export async function insertGridRun(
  db: Kysely<Database>,
  run: Insertable<GridForecastRunsTable>,
  cells: Insertable<GridForecastsTable>[],
): Promise<void> {
  await db.insertInto('grid_forecast_runs').values(run).execute();
  for (let i = 0; i < cells.length; i += chunk)
    await db
      .insertInto('grid_forecasts')
      .values(cells.slice(i, i + chunk))
      .execute();
}

export function gridRunRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('grid_forecast_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Each mission in view's latest run (by origin, then publication), optionally of one mission. */
export async function latestGridRuns(db: Kysely<Database>, actor: Actor, missionId?: string) {
  let q = db
    .selectFrom('grid_forecast_runs')
    .selectAll()
    .where(missionFilter(actor, 'grid_forecast_runs.mission_id'));
  if (missionId !== undefined) q = q.where('mission_id', '=', missionId);
  const rows = await q
    .orderBy('mission_id')
    .orderBy('origin', 'desc')
    .orderBy('published_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.filter((r, i) => i === 0 || rows[i - 1]!.mission_id !== r.mission_id);
}

export function gridCellRows(db: Kysely<Database>, runIds: string[], horizon: number) {
  if (runIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('grid_forecasts')
    .selectAll()
    .where('run_id', 'in', runIds)
    .where('horizon', '=', horizon)
    .orderBy('p_event', 'desc')
    .orderBy('gid')
    .execute();
}
