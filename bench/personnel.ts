/**
 * The recruitment pipeline report (P1, P2) on 20,000 recruitments of one mission (issue 21): every
 * category in every step, a fifth fast-track, a few withdrawn, generated with a fixed seed and
 * written straight to the table; then `GET /api/personnel/pipeline`'s service (per category × track,
 * medians, 90th percentiles, means, the waiting) and the recruitment list, SQLite and PostgreSQL
 * side by side, medians of 7. Writes its section of RESULTS.md.
 *   npm run bench:personnel
 */
import os from 'node:os';
import { sql } from 'kysely';
import { addDays } from '../src/core/days.js';
import { systemActor } from '../src/core/system-actor.js';
import { toBool, toTimestamp } from '../src/db/codecs.js';
import type { RequestContext } from '../src/db/context.js';
import { createMission } from '../src/modules/missions/mission.service.js';
import { recruitmentPipeline } from '../src/modules/personnel/pipeline.service.js';
import { recruitmentCategories, stepsOf } from '../src/modules/personnel/recruitment.rules.js';
import { listRecruitments } from '../src/modules/personnel/recruitment.service.js';
import { openTestApp, type TestApp } from '../test/support/test-app.js';
import { benchMission } from './mission.js';
import { timed, writeResultsSection } from './results.js';

const count = Number(process.env.BENCH_RECRUITMENTS ?? 20_000);
const today = new Date().toISOString().slice(0, 10);
const log = (line: string) => process.stderr.write(`${line}\n`);

function seeded(seed: number) {
  let s = seed;
  return (lo: number, hi: number) => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return lo + (s % (hi - lo + 1));
  };
}

async function load(t: TestApp): Promise<RequestContext> {
  const ctx: RequestContext = {
    ...t.ctx,
    requestId: 'bench',
    actor: systemActor('bench', 'cli', ['missions:write', 'personnel:read', 'personnel:write']),
  };
  const missionId = (await createMission(ctx, benchMission)).id;
  const draw = seeded(76);
  const stamp = toTimestamp(new Date());
  const rows = Array.from({ length: count }, (_, i) => {
    const category = recruitmentCategories[i % recruitmentCategories.length]!;
    const opened = addDays(today, -draw(20, 1500));
    const row: Record<string, unknown> = {
      id: `bench-${i}`,
      mission_id: missionId,
      reference: `B-${i}`,
      post: 'Officer',
      grade: 'P-3',
      category,
      source: i % 3 === 0 ? 'advertised' : 'roster',
      fast_track: toBool(i % 5 === 0),
      candidate: null,
      opened_on: opened,
      withdrawn_on: null,
      withdrawn_reason: null,
      sea_training_on: null,
      illustrative: toBool(true),
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    };
    let on = opened;
    for (const step of stepsOf(category)) {
      const next = addDays(on, draw(2, 45));
      if (next > today) break;
      row[`${step}_on`] = on = next;
    }
    if (i % 97 === 0 && !row.arrival_on) row.withdrawn_on = on;
    return row;
  });
  for (let i = 0; i < rows.length; i += 500)
    await t.ctx.db
      .insertInto('personnel_recruitments')
      .values(rows.slice(i, i + 500) as never)
      .execute();
  await sql`analyze`.execute(t.ctx.db);
  return { ...ctx, actor: { ...ctx.actor, missionId, missionIds: [missionId] } };
}

async function measure(t: TestApp) {
  const ctx = await load(t);
  const pipeline = await recruitmentPipeline(ctx, {});
  return {
    groups: pipeline.groups.length,
    arrived: pipeline.groups[0]!.arrived,
    pipeline: await timed(() => recruitmentPipeline(ctx, {}), 7),
    list: await timed(() => listRecruitments(ctx, { state: 'in_progress' }), 7),
  };
}

const lite = await openTestApp('sqlite', { start: new Date().toISOString() });
const onSqlite = await measure(lite);
log(`sqlite ${JSON.stringify(onSqlite)}`);
await lite.close();
const pg = await openTestApp('postgres', { start: new Date().toISOString() });
const onPostgres = await measure(pg);
log(`postgres ${JSON.stringify(onPostgres)}`);
await pg.close();

const ms = (v: number) => `${v < 10 ? v.toFixed(1) : v.toFixed(0)} ms`;
const row = (what: string, a: number, b: number) =>
  `| ${what} | ${ms(a)} | ${ms(b)} | ${(b / a).toFixed(2)}× |`;
const n = count.toLocaleString('en');
writeResultsSection(
  'personnel',
  `<!-- personnel -->
## The recruitment pipeline (\`npm run bench:personnel\`, ${n} recruitments)

Run: ${today} on ${os.cpus().length} cores, Node ${process.version}. Medians of 7. ${n} recruitments of one mission, every category,
a fifth fast-track, each step 2–45 days (fixed seed), ${onSqlite.arrived.toLocaleString('en')} arrived; the pipeline answers ${onSqlite.groups} groups (category × track)
with the median, 90th percentile and mean of each step, of the whole and of offer to arrival, and what those in progress wait on.

| measure | SQLite | PostgreSQL | PostgreSQL / SQLite |
| --- | --- | --- | --- |
${row('the pipeline report (`GET /api/personnel/pipeline`’s service)', onSqlite.pipeline, onPostgres.pipeline)}
${row('the recruitments in progress (`GET /api/personnel/recruitments?state=in_progress`’s service)', onSqlite.list, onPostgres.list)}
`,
);
