/**
 * A mission's grid forecasts (issue 23, ¶17–20): an analyst of the mission (early-warning:write)
 * publishes, from the mission's own incidents — its reports and the UCDP or ACLED events it
 * imported — the probability of an incident and of 5 or more killed in each 0.5° cell 1–6 months
 * ahead, each with why, optionally scored against the per-cell baselines on the months before.
 * Only incidents every reader of the mission sees are learned from (none discarded, none in a
 * compartment), so a forecast shown to them all never rests on a record one of them may not reach.
 * Whoever holds early-warning:read reads the latest run of each mission in view.
 */
import { DomainError } from '../../core/errors.js';
import { assertPermission, missionInView } from '../../core/policy.js';
import { fromJson, fromTimestamp, toJson, toTimestamp } from '../../db/codecs.js';
import { inBackground, inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import {
  missionCellMonths,
  missionLatestMonth,
} from '../incidents/incident-cell-months.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import { lastMonthOver, monthEnd, monthId, monthOf, monthStart } from './country-month.data.js';
import { evaluateGrid } from './grid.evaluation.js';
import { forecastGrid, gridHorizons, gridModelName, type Reason } from './grid.model.js';
import { gridPanel, panelMonths, type GridPanel } from './grid.panel.js';
import {
  gridCellRows,
  gridRunRow,
  insertGridRun,
  latestGridRuns,
} from './grid-forecast.repository.js';
import type {
  GridEvaluation,
  GridEvaluationAnswer,
  GridForecastMap,
  GridForecastRun,
  PublishGridForecastInput,
} from './grid-forecast.schema.js';

/** Months of history the grid needs before its origin; origins scored by `evaluate`. */
const historyNeeded = 24;
const evaluatedOrigins = 36;

type RunRow = NonNullable<Awaited<ReturnType<typeof gridRunRow>>>;

const runOf = (r: RunRow): GridForecastRun => ({
  id: r.id,
  missionId: r.mission_id,
  origin: r.origin,
  model: r.model,
  cells: r.cells,
  incidents: r.incidents,
  publishedAt: fromTimestamp(r.published_at).toISOString(),
  publishedBy: r.published_by,
  evaluated: r.evaluation !== null,
});

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** The mission asked for, or the caller's. @throws validation_failed, forbidden, not_found */
async function missionOf(ctx: RequestContext, asked: string | undefined): Promise<string> {
  const missionId = asked ?? ctx.actor.missionId;
  if (!missionId) throw invalid('missionId', 'which mission (headquarters works in none)');
  if (!missionInView(ctx.actor, missionId))
    throw new DomainError('forbidden', 'that mission is not in your view');
  await assertMissionExists(ctx, missionId);
  return missionId;
}

/** The last month (ViEWS id) with an incident every reader sees, up to `upTo` (one over). */
async function latestMonth(ctx: RequestContext, missionId: string, upTo: number) {
  const latest = await missionLatestMonth(ctx, missionId, { to: monthEnd(upTo) });
  if (!latest)
    throw invalid(
      'missionId',
      'the mission has no incident every reader sees (not discarded, in no compartment) to learn from',
    );
  return monthId(latest);
}

/** The model and the baselines scored on the origins before `origin` (evaluatedOrigins at most). */
function evaluationBefore(panel: GridPanel, origin: number): GridEvaluation {
  const from = Math.max(origin - evaluatedOrigins, panel.firstMonth + historyNeeded);
  return {
    from: monthOf(from),
    to: monthOf(origin - 1),
    ...evaluateGrid(panel, { from, to: origin - 1, horizons: gridHorizons }),
  };
}

/**
 * @throws forbidden (no early-warning:write, or the mission is not in view), validation_failed
 *   (no mission, an origin not yet over, less than two years of incidents before it)
 */
export async function publishGridForecast(
  ctx: RequestContext,
  input: PublishGridForecastInput,
): Promise<GridForecastRun> {
  assertPermission(ctx.actor, 'early-warning:write');
  const missionId = await missionOf(ctx, input.missionId);
  const lastOver = lastMonthOver(ctx.clock.now());
  if (input.origin && monthId(input.origin) > lastOver)
    throw invalid('origin', `${input.origin} is not over yet (the latest is ${monthOf(lastOver)})`);
  const origin = input.origin ? monthId(input.origin) : await latestMonth(ctx, missionId, lastOver);
  // The panel's months, up to the end of the origin's.
  const from = origin - panelMonths + 1;
  const rows = await missionCellMonths(ctx, missionId, {
    from: monthStart(from),
    to: monthEnd(origin),
  });
  if (rows.length === 0)
    throw invalid(
      'missionId',
      `the mission has no incident every reader sees (not discarded, in no compartment) in the ${panelMonths} months up to ${monthOf(origin)} to learn from`,
    );
  const panel = gridPanel(rows, { from, to: origin });
  if (origin - panel.firstMonth < historyNeeded)
    throw invalid(
      'origin',
      `the mission's incidents begin in ${monthOf(panel.firstMonth)}; grid forecasts need ${historyNeeded} months of them before the origin (${monthOf(origin)})`,
    );
  const forecasts = forecastGrid(panel, { origin });
  const evaluation = input.evaluate ? evaluationBefore(panel, origin) : null;
  const incidents = rows.reduce((s, r) => s + r.events, 0);
  const cells = new Set(forecasts.map((f) => f.cell)).size;
  return inTransaction(ctx, async (tx) => {
    const id = tx.ids.newId();
    await insertGridRun(
      tx.db,
      {
        id,
        mission_id: missionId,
        origin: monthOf(origin),
        model: gridModelName,
        cells,
        incidents,
        evaluation: evaluation ? toJson(evaluation) : null,
        published_at: toTimestamp(tx.clock.now()),
        published_by: tx.actor.username,
      },
      forecasts.map((f) => {
        const cell = panel.cells[f.cell]!;
        return {
          run_id: id,
          gid: cell.gid,
          latitude: cell.row / 2 - 90 + 0.25,
          longitude: cell.col / 2 - 180 + 0.25,
          horizon: f.horizon,
          month: monthOf(f.monthId),
          p_event: f.event.model,
          p_killed5: f.killed5.model,
          why: toJson(f.why),
        };
      }),
    );
    await audit(tx, {
      action: 'early-warning.grid-forecast.publish',
      recordType: 'grid_forecast_run',
      recordId: id,
      missionId,
      change: { origin: monthOf(origin), cells, incidents, evaluated: evaluation !== null },
    });
    return runOf((await gridRunRow(tx.db, id))!);
  });
}

/**
 * The publication as a background task (a worker thread, runtime/background.ts) when the context
 * has one, else here: its model and evaluation are seconds of arithmetic that must not hold the
 * server's requests (the page's button, the sweep).
 */
export function publishGridForecastInBackground(
  ctx: RequestContext,
  input: PublishGridForecastInput,
): Promise<GridForecastRun> {
  return inBackground(
    ctx,
    { name: 'early-warning.grid-forecast', input },
    { here: () => publishGridForecast(ctx, input) },
  );
}

/** The latest run of each mission in view, its cells at one horizon. @throws forbidden */
export async function gridForecastMap(
  ctx: RequestContext,
  query: { horizon: number },
): Promise<GridForecastMap> {
  assertPermission(ctx.actor, 'early-warning:read');
  const runs = await latestGridRuns(ctx.db, ctx.actor);
  const rows = await gridCellRows(
    ctx.db,
    runs.map((r) => r.id),
    query.horizon,
  );
  const missionOfRun = new Map(runs.map((r) => [r.id, r.mission_id]));
  return {
    runs: runs.map(runOf),
    cells: rows.map((r) => ({
      missionId: missionOfRun.get(r.run_id)!,
      gid: r.gid,
      bounds: [r.latitude - 0.25, r.longitude - 0.25, r.latitude + 0.25, r.longitude + 0.25],
      horizon: r.horizon,
      month: r.month,
      pEvent: r.p_event,
      pKilled5: r.p_killed5,
      why: fromJson<{ event: Reason[]; killed5: Reason[] }>(r.why),
    })),
  };
}

/** The evaluation of a mission's latest run (default: the caller's mission). @throws forbidden */
export async function gridForecastEvaluation(
  ctx: RequestContext,
  query: { missionId?: string | undefined },
): Promise<GridEvaluationAnswer> {
  assertPermission(ctx.actor, 'early-warning:read');
  const missionId = query.missionId ?? ctx.actor.missionId ?? undefined;
  const [run] = await latestGridRuns(ctx.db, ctx.actor, missionId);
  if (!run) return { run: null, evaluation: null };
  return {
    run: runOf(run),
    evaluation: run.evaluation === null ? null : fromJson<GridEvaluation>(run.evaluation),
  };
}
