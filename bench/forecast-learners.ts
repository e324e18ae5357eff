/**
 * Issue 23's margin, what each change buys: the published model's features and learner against
 * the features and learners the issue names — violence in the neighbouring countries (land borders
 * from Natural Earth's admin-0 polygons), trends, the panel's level; gradient-boosted trees alone,
 * on top of the logistic model's log-odds, and averaged with it — on E1's origins 2012-01 … 2019-12
 * and outcomes, scored as E1 is (Brier skill against the best of the 12/24/36-month frequencies and
 * the plain logistic model). Every method is refitted each January on the 12 years of
 * country-months whose outcome month is at or before it and forecasts that year's twelve origins
 * (the published model refits every month on all the history before it, which scored 1.1 points of
 * mean skill higher on these cells than this yearly refit: the table compares like with like).
 * Writes docs/forecast-learners.md and its section of RESULTS.md.   npm run bench:forecast-learners
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  kinds,
  monthId,
  readPanel,
  type Kind,
} from '../src/modules/early-warning/country-month.data.js';
import { featureCount, shareAtLeast } from '../src/modules/early-warning/forecast.features.js';
import { featureTable } from '../src/modules/early-warning/forecast.model.js';
import {
  clipProbability,
  fitLogistic,
  predictLogistic,
} from '../src/modules/early-warning/logistic.js';
import { brier, rocAuc } from '../src/modules/early-warning/metrics.js';
import { skillGoal } from '../src/modules/early-warning/forecast.report.js';
import { landNeighbours } from './forecast/adjacency.js';
import { fitBoosted, predictBoosted, type BoostingOptions } from './forecast/boosting.js';
import { extendedCount, extendedFeatures, extraNames } from './forecast/features.js';
import { writeResultsSection } from './results.js';

const shared = path.resolve('../shared/data');
const horizons = (process.env.BENCH_HORIZONS ?? '1,3,6,12').split(',').map(Number);
/** Depth 2, 150 rounds at 0.05, leaves of at least 10 (p(1 − p) summed): deeper or freer trees
 *  scored worse at ≥ 25 (depth 3, 100 rounds at 0.1: −3 to −16 points of skill for ns25). */
const trees: BoostingOptions = { depth: 2, rounds: 150, rate: 0.05, minHessian: 10 };
const trainingYears = 12;

const panel = readPanel(
  fs.readFileSync(`${shared}/benchmarks/views-2020-competition/ged_cm_postpatch.csv.gz`),
);
const table = featureTable(panel);
const countryRows = fs
  .readFileSync(`${shared}/benchmarks/views-2020-competition/country.csv`, 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(','));
const idOfCode = new Map(countryRows.map((p) => [p.at(-2)!, Number(p.at(-1))]));
const borders = landNeighbours(
  JSON.parse(
    gunzipSync(
      fs.readFileSync(`${shared}/boundaries/natural-earth/ne_50m_admin_0_countries.geojson.gz`),
    ).toString('utf8'),
  ).features,
);
const neighbours = new Map(
  countryRows.map((p) => [
    Number(p.at(-1)),
    (borders.get(p.at(-2)!) ?? [])
      .map((code) => idOfCode.get(code))
      .filter((id): id is number => id !== undefined && panel.series.has(id)),
  ]),
);
const features = extendedFeatures(table, neighbours);

const methods = [
  'logistic',
  'logistic_neighbours',
  'trees',
  'trees_neighbours',
  'logistic_then_trees',
  'mean_logistic_trees',
] as const;
type Method = (typeof methods)[number];
const baselines = ['frequency12', 'frequency24', 'frequency36', 'plain_logistic'] as const;
type Forecaster = (row: Float64Array) => number;
const logOdds = (p: number) => Math.log(p / (1 - p));

/** Every method and the plain baseline fitted on one kind, horizon and threshold's rows. */
function fitAll(x: Float64Array, y: Uint8Array): Record<Method | 'plain_logistic', Forecaster> {
  const rows = y.length;
  const columns = (count: number, from = 0) => {
    const out = new Float64Array(rows * count);
    for (let r = 0; r < rows; r++)
      out.set(x.subarray(r * extendedCount + from, r * extendedCount + from + count), r * count);
    return out;
  };
  const own = columns(featureCount);
  const logistic = fitLogistic({ x: own, y, features: featureCount }, { l2: 1 });
  const extended = fitLogistic({ x, y, features: extendedCount }, { l2: 1 });
  const plain = fitLogistic({ x: columns(3), y, features: 3 }, { l2: 1 });
  const boosted = fitBoosted({ x: own, y, features: featureCount }, trees);
  const boostedExtended = fitBoosted({ x, y, features: extendedCount }, trees);
  const start = Float64Array.from({ length: rows }, (_, r) =>
    logOdds(predictLogistic(logistic, own.subarray(r * featureCount, (r + 1) * featureCount))),
  );
  const corrected = fitBoosted({ x, y, features: extendedCount, start }, trees);
  const ownOf = (row: Float64Array) => row.subarray(0, featureCount);
  return {
    logistic: (row) => predictLogistic(logistic, ownOf(row)),
    logistic_neighbours: (row) => predictLogistic(extended, row),
    trees: (row) => predictBoosted(boosted, ownOf(row)),
    trees_neighbours: (row) => predictBoosted(boostedExtended, row),
    logistic_then_trees: (row) =>
      predictBoosted(corrected, row, logOdds(predictLogistic(logistic, ownOf(row)))),
    mean_logistic_trees: (row) =>
      (predictLogistic(logistic, ownOf(row)) + predictBoosted(boosted, ownOf(row))) / 2,
    plain_logistic: (row) => predictLogistic(plain, row.subarray(0, 3)),
  };
}

type Pool = { y: number[] } & Record<Method | (typeof baselines)[number], number[]>;
const pools = new Map<string, Pool>();
const poolOf = (key: string) => {
  let pool = pools.get(key);
  if (!pool) {
    const lists = Object.fromEntries([...methods, ...baselines].map((m) => [m, [] as number[]]));
    pool = { y: [], ...lists } as unknown as Pool;
    pools.set(key, pool);
  }
  return pool;
};

const present = (c: number, t: number) =>
  t >= 0 && t < table.length && !Number.isNaN(panel.series.get(c)!.sb[t]!);
const from = monthId('2012-01') - panel.firstMonth;
const to = monthId('2019-12') - panel.firstMonth;
const last = panel.lastMonth - panel.firstMonth;

/** Fits at `fitAt` (a January) and forecasts its year's origins into the pools. */
function year(kind: Kind, horizon: number, fitAt: number) {
  const x = features[kind];
  const rows: number[] = [];
  const observed: number[] = [];
  table.countries.forEach((c, i) => {
    const y = panel.series.get(c)![kind];
    for (let t = Math.max(12, fitAt - horizon - trainingYears * 12); t + horizon <= fitAt; t++)
      if (present(c, t) && present(c, t + horizon)) {
        rows.push((i * table.length + t) * extendedCount);
        observed.push(y[t + horizon]!);
      }
  });
  const training = new Float64Array(rows.length * extendedCount);
  rows.forEach((o, r) => training.set(x.subarray(o, o + extendedCount), r * extendedCount));
  for (const threshold of [1, 25]) {
    const fitted = fitAll(
      training,
      Uint8Array.from(observed, (v) => (v >= threshold ? 1 : 0)),
    );
    const pool = poolOf(`${kind}${threshold}:${horizon}`);
    for (
      let origin = fitAt;
      origin < fitAt + 12 && origin <= to && origin + horizon <= last;
      origin++
    )
      table.countries.forEach((c, i) => {
        if (!present(c, origin) || !present(c, origin + horizon)) return;
        const y = panel.series.get(c)![kind];
        const row = x.subarray(
          (i * table.length + origin) * extendedCount,
          (i * table.length + origin + 1) * extendedCount,
        );
        pool.y.push(y[origin + horizon]! >= threshold ? 1 : 0);
        for (const m of [...methods, 'plain_logistic'] as const)
          pool[m].push(clipProbability(fitted[m](row)));
        for (const w of [12, 24, 36] as const)
          pool[`frequency${w}`].push(shareAtLeast(y, { t: origin, window: w, threshold }));
      });
  }
}

const start = performance.now();
for (const kind of kinds)
  for (const horizon of horizons) {
    for (let fitAt = from; fitAt <= to; fitAt += 12) year(kind, horizon, fitAt);
    process.stderr.write(
      `${kind} horizon ${horizon} in ${((performance.now() - start) / 60_000).toFixed(1)} min\n`,
    );
  }
const minutes = (performance.now() - start) / 60_000;

const labels: Record<Method, string> = {
  logistic: 'published features, logistic (the model as published, refitted yearly)',
  logistic_neighbours: 'published + extra features, logistic',
  trees: 'published features, boosted trees',
  trees_neighbours: 'published + extra features, boosted trees',
  logistic_then_trees: 'trees on the extra features added to the logistic model’s log-odds',
  mean_logistic_trees: 'mean of the logistic model and the trees (published features)',
};
/** Skill over the best baseline in points, with † where the ROC AUC is not above every baseline's. */
function skill(pool: Pool, m: Method) {
  const best = Math.min(...baselines.map((b) => brier(pool[b], pool.y)));
  return 100 * (1 - brier(pool[m], pool.y) / best);
}
function cell(pool: Pool, m: Method) {
  const bestAuc = Math.max(...baselines.map((b) => rocAuc(pool[b], pool.y)));
  return `${skill(pool, m).toFixed(1)}${rocAuc(pool[m], pool.y) > bestAuc ? '' : ' †'}`;
}
const outcomes = kinds.flatMap((k) => [`${k}1`, `${k}25`]);
const header = `| outcome | horizon | goal | ${methods.map((m) => `\`${m}\``).join(' | ')} |`;
const lines = [header, `|${'---|'.repeat(3 + methods.length)}`];
for (const outcome of outcomes)
  for (const horizon of horizons) {
    const pool = pools.get(`${outcome}:${horizon}`)!;
    lines.push(
      `| ${outcome} | ${horizon} | ${skillGoal(horizon) * 100} | ${methods.map((m) => cell(pool, m)).join(' | ')} |`,
    );
  }
const tableText = lines.join('\n');
const mean = (m: Method) =>
  [...pools.values()].reduce((sum, pool) => sum + skill(pool, m), 0) / pools.size;
const summary = methods.map((m) => `\`${m}\` ${mean(m).toFixed(1)}`).join(', ');

fs.writeFileSync(
  new URL('../docs/forecast-learners.md', import.meta.url),
  `# Issue 23's margin: what each feature and learner buys (generated by \`npm run bench:forecast-learners\`)

E1's rolling evaluation (origins 2012-01 … 2019-12, every month, every country in the panel), each
method refitted every January on the ${trainingYears} years of country-months whose outcome month is at or
before it, forecasting that year's twelve origins; horizons ${horizons.join(', ')}. Each cell is the Brier
skill in points against the best baseline there (the 12, 24 and 36-month frequencies and the
plain logistic model, refitted the same way): 100 × (1 − method / best). † marks a ROC AUC not
above every baseline's. The goal (issue 23): 10 points at horizons 1–3, 5 at every horizon.
The published model refits every month on all the history before each origin; in E1's own table
(docs/forecast-evaluation.md, compared on 2026-12-07) it scored 1.1 points of mean skill more on these cells than the yearly
refit below (−0.4 to +4.7 a cell): the table compares the methods with one another, like for like.
Run ${new Date().toISOString().slice(0, 10)}, ${minutes.toFixed(1)} minutes.

Methods:
${methods.map((m) => `- \`${m}\`: ${labels[m]}`).join('\n')}

Extra features (\`bench/forecast/features.ts\`), each from the month and before: ${extraNames.map((n) => `\`${n}\``).join(', ')}. Neighbours share a land border in Natural Earth's 1:50m admin-0
polygons (\`bench/forecast/adjacency.ts\`). Trees: gradient boosting on quantile bins
(\`bench/forecast/boosting.ts\`), depth ${trees.depth}, ${trees.rounds} rounds at ${trees.rate}, leaves of at least ${trees.minHessian}.

Mean skill over every cell: ${summary}.

${tableText}
`,
);

writeResultsSection(
  'forecast-learners',
  `<!-- forecast-learners -->
## Issue 23's margin: features and learners tried (\`npm run bench:forecast-learners\`)

${kinds.length} kinds × 2 thresholds × ${horizons.length} horizons × 8 yearly fits of ${methods.length} methods and the plain
baseline, forecasting 96 origins: ${minutes.toFixed(1)} minutes on this machine. Mean Brier skill over the best
baseline, in points, over every cell: ${summary} (the goal is 10 at horizons 1–3, 5 beyond;
every cell in \`docs/forecast-learners.md\`).
`,
);
