/**
 * A mission's grid forecasts kept current (issue 23): a mission that has published one gets a new
 * run, with its evaluation, once its incidents every reader sees reach a month after the run's
 * origin — never a month not yet over. Run by the server's sweeps every 15 minutes; a mission that
 * never published is left alone (an analyst starts it with the button or `peaceops forecast grid`).
 */
import { systemActor } from '../../core/system-actor.js';
import type { AppContext, RequestContext } from '../../db/context.js';
import { missionLatestMonth } from '../incidents/incident-cell-months.service.js';
import { lastMonthOver, monthEnd } from './country-month.data.js';
import { latestGridRuns } from './grid-forecast.repository.js';
import { publishGridForecastInBackground } from './grid-forecast.service.js';

/** The number of missions whose forecasts were published anew. */
export async function sweepGridForecasts(app: AppContext): Promise<number> {
  const ctx: RequestContext = {
    ...app,
    requestId: 'grid-forecast-sweep',
    actor: systemActor('grid-forecast-sweep', 'system', [
      'early-warning:read',
      'early-warning:write',
    ]),
  };
  // Incidents up to the end of the last month already over.
  const upTo = monthEnd(lastMonthOver(ctx.clock.now()));
  let published = 0;
  for (const run of await latestGridRuns(ctx.db, ctx.actor)) {
    const latest = await missionLatestMonth(ctx, run.mission_id, { to: upTo });
    if (latest === null || latest <= run.origin) continue;
    await publishGridForecastInBackground(ctx, {
      missionId: run.mission_id,
      origin: latest,
      evaluate: true,
    });
    published++;
  }
  return published;
}
