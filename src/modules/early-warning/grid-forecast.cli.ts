/**
 * `peaceops forecast grid --mission MINUSCA [--origin YYYY-MM] [--evaluate]`: a mission's grid
 * forecasts (issue 23) published from its incidents every reader sees, as the local operator; with
 * `--evaluate`, scored against the per-cell baselines on the 36 origins before, the tables printed.
 */
import os from 'node:os';
import type { Command } from 'commander';
import { print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { systemActor } from '../../core/system-actor.js';
import { missionIdByAcronym } from '../missions/mission.service.js';
import { gridEvaluationMarkdown } from './grid.report.js';
import { gridForecastEvaluation, publishGridForecast } from './grid-forecast.service.js';

export function registerGridForecastCommand(forecast: Command, out: Output): void {
  forecast
    .command('grid')
    .description(
      "forecast a mission's 0.5° cells 1–6 months ahead from its incidents (P of an incident, of 5 or more killed)",
    )
    .requiredOption('--mission <acronym>', 'the mission, e.g. MINUSCA')
    .option('--origin <YYYY-MM>', 'the last month read (default: the latest with an incident)')
    .option('--evaluate', 'score the model against the per-cell baselines on the 36 origins before')
    .option('--json', 'machine-readable output')
    .action((opts: { mission: string; origin?: string; evaluate?: boolean }) =>
      withApp(out, async (rt) => {
        const ctx = {
          ...rt.ctx,
          requestId: 'cli-grid-forecast',
          actor: systemActor(os.userInfo().username, 'cli', [
            'early-warning:read',
            'early-warning:write',
          ]),
        };
        const missionId = await missionIdByAcronym(ctx, opts.mission);
        const run = await publishGridForecast(ctx, {
          missionId,
          ...(opts.origin ? { origin: opts.origin } : {}),
          evaluate: opts.evaluate ?? false,
        });
        const { evaluation } = await gridForecastEvaluation(ctx, { missionId });
        print(out, { ...run, evaluation }, () =>
          [
            `published grid forecasts of ${opts.mission.toUpperCase()} from ${run.origin}: ${run.cells} cells, learned from ${run.incidents} incidents (${run.model})`,
            evaluation ? gridEvaluationMarkdown(evaluation) : '',
          ].join('\n'),
        );
      }),
    );
}
