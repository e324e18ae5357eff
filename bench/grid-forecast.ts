/**
 * A mission's grid forecasts (issue 23). Two parts:
 *  1. the rolling evaluation on the demo mission's real UCDP events (the shipped Central African
 *     Republic file, 1,848 events), origins 2015-01 … 2022-11, every horizon 1–6: written to
 *     docs/grid-forecast-evaluation.md;
 *  2. the times for a mission with 100,000 incidents (the CAR events resampled and jittered,
 *     bench/generate-ucdp.ts), SQLite and PostgreSQL side by side: the aggregate read from the
 *     database, the panel and its features, training and forecasting 1–6 months ahead, the rolling
 *     evaluation of 36 origins, and the whole publication (medians of 3).
 * Writes its section of RESULTS.md.   npm run bench:grid
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { systemActor } from '../src/core/system-actor.js';
import type { RequestContext } from '../src/db/context.js';
import { monthId, monthOf } from '../src/modules/early-warning/country-month.data.js';
import { evaluateGrid } from '../src/modules/early-warning/grid.evaluation.js';
import { forecastGrid, gridHorizons } from '../src/modules/early-warning/grid.model.js';
import { gridPanel, panelMonths } from '../src/modules/early-warning/grid.panel.js';
import { gridEvaluationMarkdown } from '../src/modules/early-warning/grid.report.js';
import { publishGridForecast } from '../src/modules/early-warning/grid-forecast.service.js';
import { missionCellMonths } from '../src/modules/incidents/incident-cell-months.service.js';
import { importFile } from '../src/modules/incidents/incident-import.service.js';
import { createMission } from '../src/modules/missions/mission.service.js';
import { demoEventsFile } from '../src/runtime/demo.js';
import { openTestApp } from '../test/support/test-app.js';
import { generateUcdpCsv } from './generate-ucdp.js';
import { timed, writeResultsSection } from './results.js';
import { benchMission } from './mission.js';

const log = (line: string) => process.stderr.write(`${line}\n`);
const count = Number(process.env.BENCH_EVENTS ?? 100_000);
const csv = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'bench-grid-')), 'events.csv');
const actor = systemActor('bench', 'cli', [
  'incidents:read',
  'incidents:write',
  'early-warning:read',
  'early-warning:write',
]);

async function missionWith(dialect: 'sqlite' | 'postgres', file: string) {
  const t = await openTestApp(dialect);
  const ctx: RequestContext = { ...t.ctx, requestId: 'bench', actor };
  const mission = await createMission(ctx, benchMission);
  await importFile(ctx, { format: 'ucdp', file, missionId: mission.id, keepGoodRows: true });
  return { t, ctx, missionId: mission.id };
}

/** Part 1: the demo's events, evaluated over every origin from 2015-01. */
async function demoEvaluation() {
  const { t, ctx, missionId } = await missionWith('sqlite', demoEventsFile);
  try {
    const rows = await missionCellMonths(ctx, missionId, { to: '2023-12-31T23:59:59.999Z' });
    const last = Math.max(...rows.map((r) => monthId(r.month)));
    const panel = gridPanel(rows, { from: 1, to: last });
    const range = { from: monthId('2015-01'), to: last - 1, horizons: gridHorizons };
    const start = performance.now();
    const evaluation = evaluateGrid(panel, range);
    const seconds = (performance.now() - start) / 1000;
    log(`demo evaluation: ${seconds.toFixed(1)} s`);
    return {
      cells: panel.cells.length,
      incidents: rows.reduce((s, r) => s + r.events, 0),
      seconds,
      markdown: gridEvaluationMarkdown({
        from: '2015-01',
        to: monthOf(range.to),
        ...evaluation,
      }),
    };
  } finally {
    await t.close();
  }
}

/** Part 2: one dialect's times with `count` incidents. */
async function atScale(dialect: 'sqlite' | 'postgres') {
  const { t, ctx, missionId } = await missionWith(dialect, csv);
  try {
    const read = () => missionCellMonths(ctx, missionId, { to: '2023-12-31T23:59:59.999Z' });
    const rows = await read();
    const origin = Math.max(...rows.map((r) => monthId(r.month)));
    const window = { from: origin - panelMonths + 1, to: origin };
    const panel = gridPanel(rows, window);
    const inWindow = rows.filter((r) => monthId(r.month) >= window.from);
    const result = {
      origin,
      all: rows.reduce((s, r) => s + r.events, 0),
      incidents: inWindow.reduce((s, r) => s + r.events, 0),
      cells: panel.cells.length,
      read: await timed(read, 3),
      panel: await timed(() => gridPanel(rows, window), 3),
      forecast: await timed(() => forecastGrid(panel, { origin }), 3),
      evaluation: await timed(
        () => evaluateGrid(panel, { from: origin - 36, to: origin - 1, horizons: gridHorizons }),
        1,
      ),
      publish: await timed(
        () => publishGridForecast(ctx, { missionId, origin: monthOf(origin), evaluate: false }),
        3,
      ),
    };
    log(`${dialect}: ${JSON.stringify(result)}`);
    return result;
  } finally {
    await t.close();
  }
}

const demo = await demoEvaluation();
await generateUcdpCsv(count, csv, { only: 'car' });
const sqlite = await atScale('sqlite');
const postgres = await atScale('postgres');

const today = new Date().toISOString().slice(0, 10);
fs.writeFileSync(
  new URL('../docs/grid-forecast-evaluation.md', import.meta.url),
  `# A mission's grid forecasts: rolling-origin evaluation (generated by \`npm run bench:grid\`)

The demo mission's real events: the shipped UCDP GED 23.1 events of the Central African Republic
(${demo.incidents.toLocaleString('en')} events, ${demo.cells} cells with an incident or next to one). Every month from
2015-01, the model (docs/early-warning.md, "A mission's grid forecasts") and the per-cell baselines
forecast every cell active then, 1–6 months ahead, from the months up to that origin only; the
forecasts whose month is in the data are pooled per threshold and horizon. Brier: lower is better;
ROC AUC: higher. Skill: 1 − the model's Brier score / the best baseline's. Run ${today}, ${demo.seconds.toFixed(0)} s.

${demo.markdown}`,
);

const ms = (v: number) =>
  v < 100 ? `${v.toFixed(1)} ms` : `${Math.round(v).toLocaleString('en')} ms`;
const row = (label: string, key: keyof typeof sqlite) =>
  `| ${label} | ${ms(sqlite[key] as number)} | ${ms(postgres[key] as number)} | ${((postgres[key] as number) / (sqlite[key] as number)).toFixed(2)}× |`;
writeResultsSection(
  'grid',
  `<!-- grid -->

## A mission's grid forecasts (\`npm run bench:grid\`, ${count.toLocaleString('en')} incidents)

Run: ${today} on ${os.cpus().length} cores, Node ${process.version}. One mission with ${count.toLocaleString('en')}
incidents (the Central African Republic's UCDP events resampled and jittered); the forecast reads
the ${panelMonths} months up to its origin (${monthOf(sqlite.origin - panelMonths + 1)} … ${monthOf(sqlite.origin)}): ${sqlite.incidents.toLocaleString('en')} of the ${sqlite.all.toLocaleString('en')} incidents, in ${sqlite.cells} cells. Medians of 3 (the
evaluation: once).

| step | SQLite | PostgreSQL | PostgreSQL / SQLite |
| --- | --- | --- | --- |
${row('incidents per cell and month, read from the database (every reader’s view)', 'read')}
${row('the panel and its features', 'panel')}
${row('training and forecasting: 12 models, 6 horizons × 2 thresholds', 'forecast')}
${row('the rolling evaluation of 36 origins (what `--evaluate` adds)', 'evaluation')}
${row('the whole publication, stored (no evaluation)', 'publish')}

The demo's evaluation (1,848 real events, origins 2015-01 … ${monthOf(monthId('2022-12') - 1)}) took ${demo.seconds.toFixed(1)} s:
docs/grid-forecast-evaluation.md.
`,
);
