/**
 * `peaceops forecast countries --data FILE --origin YYYY-MM --horizons 1-13 --out FILE.csv`: E1's
 * country-month forecasts from the UCDP series in the ViEWS layout, one row per country and target
 * month — `country_id,month_id,horizon,p_sb1,p_sb25` (ViEWS ids), then the same for non-state and
 * one-sided violence: `p_ns1,p_ns25,p_os1,p_os25`. Only the months up to the origin are read. `peaceops forecast evaluate --data FILE [--from 2012-01] [--to 2019-12]` reruns the
 * rolling-origin evaluation against the baselines and writes it as JSON and Markdown. Neither needs
 * the database.
 */
import fs from 'node:fs';
import os from 'node:os';
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import { fail, print, type Output } from '../../cli/output.js';
import { withApp } from '../../cli/runtime.js';
import { DomainError } from '../../core/errors.js';
import { systemActor } from '../../core/system-actor.js';
import { monthId, monthOf } from './country-month.data.js';
import { evaluate } from './forecast.evaluation.js';
import { evaluationMarkdown } from './forecast.report.js';
import { forecastAll, kinds, outcomes } from './forecast.model.js';
import { publishForecastFiles, readForecastData } from './forecast-files.service.js';
import { registerGridForecastCommand } from './grid-forecast.cli.js';

/** "1-13" or "1,3,6" as a list of horizons. */
export function horizonsOf(text: string): number[] {
  const range = /^(\d+)-(\d+)$/.exec(text.trim());
  const list = range
    ? Array.from(
        { length: Number(range[2]) - Number(range[1]) + 1 },
        (_, i) => Number(range[1]) + i,
      )
    : text.split(',').map((h) => Number(h.trim()));
  if (list.length === 0 || list.some((h) => !Number.isInteger(h) || h < 1 || h > 36))
    throw new DomainError(
      'validation_failed',
      `horizons: "${text}" is not 1-13 or a list like 1,3,6 (each 1–36)`,
      [{ path: 'horizons', message: 'months ahead, 1–36' }],
    );
  return list;
}

function countries(
  out: Output,
  opts: { data: string; origin: string; horizons: string; out: string },
) {
  try {
    const started = performance.now();
    const table = readForecastData(opts.data);
    const origin = monthId(opts.origin);
    if (origin > table.panel.lastMonth || origin - table.panel.firstMonth < 12)
      throw new DomainError(
        'validation_failed',
        `origin: ${opts.origin} must fall within the data (${monthOf(table.panel.firstMonth + 12)} to ${monthOf(table.panel.lastMonth)}) with a year of history`,
        [{ path: 'origin', message: 'outside the data' }],
      );
    const rows = forecastAll(table, { origin, horizons: horizonsOf(opts.horizons) });
    // The first five columns as they always were (others read them by name or place); new ones after.
    const csv = [
      ['country_id', 'month_id', 'horizon', ...outcomes.map((o) => `p_${o}`)].join(','),
      ...rows.map((r) =>
        [r.countryId, r.monthId, r.horizon, ...outcomes.map((o) => r[o].model.toFixed(6))].join(
          ',',
        ),
      ),
    ].join('\n');
    fs.writeFileSync(opts.out, `${csv}\n`);
    const summary = {
      origin: opts.origin,
      countries: new Set(rows.map((r) => r.countryId)).size,
      rows: rows.length,
      out: opts.out,
      seconds: Math.round((performance.now() - started) / 100) / 10,
    };
    print(
      out,
      summary,
      () =>
        `${summary.rows} forecasts for ${summary.countries} countries from ${opts.origin} written to ${opts.out} in ${summary.seconds} s`,
    );
  } catch (error) {
    process.exitCode = fail(out, error);
  }
}

function evaluation(
  out: Output,
  opts: {
    data: string;
    from: string;
    to: string;
    horizons: string;
    out?: string;
    markdown?: string;
  },
) {
  try {
    const table = readForecastData(opts.data);
    const bar = new cliProgress.SingleBar(
      {
        format: 'evaluating [{bar}] {value}/{total} origins × kinds of violence',
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    const showBar = !out.json && process.stderr.isTTY;
    const range = {
      from: monthId(opts.from),
      to: monthId(opts.to),
      horizons: horizonsOf(opts.horizons),
    };
    // Origins counted over the three kinds of violence, each evaluated in turn.
    if (showBar) bar.start((range.to - range.from + 1) * kinds.length, 0);
    const result = evaluate(table, range, (done) => showBar && bar.update(done));
    if (showBar) bar.stop();
    const report = { data: opts.data, from: opts.from, to: opts.to, ...result };
    if (opts.out) fs.writeFileSync(opts.out, `${JSON.stringify(report, null, 2)}\n`);
    const markdown = evaluationMarkdown(report);
    if (opts.markdown) fs.writeFileSync(opts.markdown, markdown);
    print(out, report, () => markdown);
  } catch (error) {
    process.exitCode = fail(out, error);
  }
}

function publish(
  out: Output,
  opts: { data: string; countries: string; origin: string; evaluation?: string },
): Promise<void> {
  return withApp(out, async (rt) => {
    const run = await publishForecastFiles(
      {
        ...rt.ctx,
        requestId: 'cli-forecast',
        actor: systemActor(os.userInfo().username, 'cli', ['early-warning:write']),
      },
      { ...opts, horizons: horizonsOf('1-13') },
    );
    print(
      out,
      run,
      () =>
        `published forecasts from ${run.origin} for ${run.countries} countries (${run.model})${run.unnamed.length ? `; ${run.unnamed.length} countries of the data have no ISO3 code and were left out: ${run.unnamed.join(', ')}` : ''}`,
    );
  });
}

export function registerForecastCommands(program: Command, out: Output): void {
  const forecast = program.command('forecast').description('early warning forecasts (E1)');
  forecast
    .command('countries')
    .description(
      'probability of ≥1 and ≥25 fatalities per country and month ahead: state-based, non-state, one-sided',
    )
    .requiredOption(
      '--data <file>',
      'UCDP country-month series in the ViEWS layout (ged_cm, .csv or .csv.gz)',
    )
    .requiredOption('--origin <YYYY-MM>', 'the last month known; nothing later is read')
    .option('--horizons <list>', 'months ahead: 1-13 or a list like 1,3,6', '1-13')
    .requiredOption(
      '--out <file.csv>',
      'where to write country_id,month_id,horizon,p_sb1,p_sb25,p_ns1,p_ns25,p_os1,p_os25',
    )
    .option('--json', 'machine-readable summary')
    .action((opts) => countries(out, opts));
  forecast
    .command('publish')
    .description('forecast every country at an origin and publish it to the forecast page')
    .requiredOption('--data <file>', 'UCDP country-month series in the ViEWS layout')
    .requiredOption(
      '--countries <file.csv>',
      "ViEWS country ids to ISO3: the data's country.csv (name,isoab,country_id)",
    )
    .requiredOption('--origin <YYYY-MM>', 'the last month known; nothing later is read')
    .option(
      '--evaluation <file.json>',
      "an evaluation written by 'forecast evaluate --out' (default: the bundled evaluation of this model)",
    )
    .option('--json', 'machine-readable summary')
    .action((opts) => publish(out, opts));
  forecast
    .command('evaluate')
    .description(
      'rolling-origin evaluation of the model against the baselines (Brier, ROC AUC, PR AUC, calibration)',
    )
    .requiredOption('--data <file>', 'UCDP country-month series in the ViEWS layout')
    .option('--from <YYYY-MM>', 'first origin', '2012-01')
    .option('--to <YYYY-MM>', 'last origin', '2019-12')
    .option('--horizons <list>', 'months ahead', '1-13')
    .option('--out <file.json>', 'write the full evaluation as JSON')
    .option('--markdown <file.md>', 'write the score tables as Markdown')
    .option('--json', 'print the JSON instead of the tables')
    .action((opts) => evaluation(out, opts));
  registerGridForecastCommand(forecast, out);
}
