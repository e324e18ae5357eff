/**
 * Incidents at scale (issue 3): import of N generated UCDP events (CSV → SQLite with every index,
 * the R*Tree included) against the engine's own floor for the same rows and indexes, then the map's
 * queries on N events on SQLite and PostgreSQL side by side. Writes its section of RESULTS.md.
 *   BENCH_EVENTS=1000000 node --import tsx bench/incidents.ts     (npm run bench:incidents)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { sql } from 'kysely';
import { loadConfig } from '../src/core/config.js';
import { silentLogger } from '../src/core/log.js';
import type { RequestContext } from '../src/db/context.js';
import { insertCompartment } from '../src/modules/compartments/compartment.repository.js';
import { incidentMap } from '../src/modules/incidents/incident-map.service.js';
import { MapQuery } from '../src/modules/incidents/incident.schema.js';
import { listIncidents } from '../src/modules/incidents/incident.service.js';
import { openApp } from '../src/runtime/context.js';
import { systemActor } from '../src/core/system-actor.js';
import { openTestApp } from '../test/support/test-app.js';
import { generateUcdpCsv } from './generate-ucdp.js';

const count = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const cli = path.resolve('dist/cli/peaceops.js');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-bench-'));
const csv = path.join(dir, 'events.csv');
const sqliteDir = path.join(dir, 'sqlite');
const env = { ...process.env, PEACEOPS_DATA_DIR: sqliteDir, DATABASE_URL: '' };

const pct = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
};
const ms = (v: number) => `${v < 10 ? v.toFixed(2) : v.toFixed(0)} ms`;
const s = (v: number) => `${(v / 1000).toFixed(1)} s`;
const log = (line: string) => process.stderr.write(`${line}\n`);

log(`generating ${count.toLocaleString('en')} events in ${dir}`);
let started = performance.now();
await generateUcdpCsv(count, csv);
log(
  `generated in ${s(performance.now() - started)} (${(fs.statSync(csv).size / 1e6).toFixed(0)} MB)`,
);

// 1. The import as an analyst runs it: the CLI, in its own process, so its peak memory is its own.
spawnSync(
  process.execPath,
  [
    cli,
    'missions',
    'create',
    '--acronym',
    'BENCH',
    '--name',
    'Benchmark mission',
    '--countries',
    'CAF',
  ],
  { env },
);
started = performance.now();
const run = spawnSync(
  '/usr/bin/time',
  ['-v', process.execPath, cli, 'import', 'ucdp', csv, '--mission', 'BENCH', '--json'],
  { env, encoding: 'utf8', maxBuffer: 1 << 26 },
);
const importMs = performance.now() - started;
const peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(run.stderr)?.[1] ?? 0);
const summary = JSON.parse(run.stdout) as { imported: number; rejected: number };
log(
  `import: ${s(importMs)}, peak ${Math.round(peakKb / 1024)} MB, ${JSON.stringify({ imported: summary.imported, rejected: summary.rejected })}`,
);

// 2. The floor: the same rows and indexes written by the engine alone (INSERT … SELECT from an
// attached copy, then the R*Tree filled in one statement), same pragmas, one transaction.
const floorDir = path.join(dir, 'floor');
const floorApp = await openApp(loadConfig({ PEACEOPS_DATA_DIR: floorDir, DATABASE_URL: '' }), {
  log: silentLogger,
});
await floorApp.close();
const floor = new Database(path.join(floorDir, 'peaceops.sqlite'));
floor.pragma('journal_mode = WAL');
floor.pragma('synchronous = FULL');
floor.pragma('cache_size = -65536');
floor.exec(`attach database '${path.join(sqliteDir, 'peaceops.sqlite')}' as src`);
floor.exec('insert into missions select * from src.missions');
floor.exec('drop trigger incidents_rtree_insert; drop trigger incidents_geo_key_assign');
started = performance.now();
floor.exec('begin');
floor.exec('insert into incidents select * from src.incidents');
floor.exec(
  'insert into incidents_rtree select geo_key, longitude, longitude, latitude, latitude from incidents',
);
floor.exec('commit');
const floorMs = performance.now() - started;
floor.close();
log(`floor: ${s(floorMs)}`);

// 3. Map queries on both databases, with a compartment filter that has work to do (1 record in
// 100 labelled with a compartment the reader does not hold).
type Reader = RequestContext;
async function label(ctx: Reader) {
  const mission = await ctx.db.selectFrom('missions').select('id').executeTakeFirstOrThrow();
  await insertCompartment(ctx.db, {
    id: 'bench-hidden',
    missionId: mission.id,
    name: 'Hidden from the reader',
    description: '',
    sensitive: false,
    createdAt: new Date().toISOString(),
    createdBy: 'bench',
    version: 1,
  });
  await sql`insert into record_compartments (record_type, record_id, compartment_id, mission_id)
    select 'incident', id, 'bench-hidden', mission_id from incidents where geo_key % 100 = 0`.execute(
    ctx.db,
  );
}
async function queries(ctx: Reader) {
  const points = (
    await sql<{
      longitude: number;
      latitude: number;
    }>`select longitude, latitude from incidents where geo_key % 997 = 0 limit 300`.execute(ctx.db)
  ).rows;
  const box: number[] = [];
  for (const p of points) {
    const d = 0.045; // about 10 km across
    const t0 = performance.now();
    await listIncidents(ctx, {
      limit: 100,
      bbox: [p.longitude - d, p.latitude - d, p.longitude + d, p.latitude + d],
      from: '2015-01-01T00:00:00Z',
      to: '2018-12-31T23:59:59Z',
    });
    box.push(performance.now() - t0);
  }
  const country: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    const answer = await incidentMap(ctx, MapQuery.parse({ bbox: '14.4,2.2,27.5,11.1', zoom: 6 }));
    country.push(performance.now() - t0);
    if (i === 0) log(`country view: ${answer.total} incidents, ${answer.cells.length} cells`);
  }
  return {
    boxP50: pct(box, 50),
    boxP95: pct(box, 95),
    countryP50: pct(country, 50),
    countryP95: pct(country, 95),
  };
}

const sqliteApp = await openApp(loadConfig({ PEACEOPS_DATA_DIR: sqliteDir, DATABASE_URL: '' }), {
  log: silentLogger,
});
const reader = (ctx: typeof sqliteApp.ctx): Reader => ({
  ...ctx,
  requestId: 'bench',
  actor: systemActor('bench', 'system', ['incidents:read']),
});
const sqliteReader = reader(sqliteApp.ctx);
await label(sqliteReader);
await sql`analyze`.execute(sqliteApp.ctx.db);
const onSqlite = await queries(sqliteReader);
log(`sqlite queries: ${JSON.stringify(onSqlite)}`);

const pg = await openTestApp('postgres');
started = performance.now();
const source = new Database(path.join(sqliteDir, 'peaceops.sqlite'), { readonly: true });
await pg.ctx.db
  .insertInto('missions')
  .values(source.prepare('select * from missions').all() as never)
  .execute();
const select = source.prepare('select * from incidents where rowid > ? order by rowid limit 2000');
let after = 0;
for (;;) {
  const rows = select.all(after) as Record<string, unknown>[];
  if (rows.length === 0) break;
  after += rows.length;
  await pg.ctx.db
    .insertInto('incidents')
    .values(rows.map(({ geo_key: _k, ...r }) => r) as never)
    .execute();
}
source.close();
const pgReader = reader(pg.ctx);
await label(pgReader);
// Autovacuum would do the same soon after a bulk load; it lets PostgreSQL answer from the index alone.
await sql`vacuum analyze incidents`.execute(pg.ctx.db);
await sql`analyze`.execute(pg.ctx.db);
log(`postgres loaded in ${s(performance.now() - started)}`);
const onPostgres = await queries(pgReader);
log(`postgres queries: ${JSON.stringify(onPostgres)}`);
const spatial = (
  await sql<{
    n: number;
  }>`select count(*)::int as n from pg_indexes where indexname = 'incidents_geom_gist'`.execute(
    pg.ctx.db,
  )
).rows[0]!.n
  ? 'PostGIS'
  : 'GiST on point';
await pg.close();
await sqliteApp.close();
fs.rmSync(dir, { recursive: true, force: true });

const n = count.toLocaleString('en');
const section = `<!-- incidents -->
## Incidents at scale (\`npm run bench:incidents\`, ${n} events)

Run: ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}. Events generated by
\`bench/generate-ucdp.ts\` (real UCDP events resampled, jittered ±0.25° and ±180 days).

| measure | result | goal | ratio to goal |
|---|---|---|---|
| import ${n} events, CSV → SQLite, all indexes and the R*Tree (CLI, own process) | ${s(importMs)} | ≤ 1.5 × floor = ${s(floorMs * 1.5)} | ${(importMs / floorMs).toFixed(1)} × floor |
| the floor: engine alone, \`INSERT … SELECT\` from an attached copy, then the R*Tree in one statement | ${s(floorMs)} | | |
| peak memory of the import process | ${Math.round(peakKb / 1024)} MB | < 400 MB | ${(peakKb / 1024 / 400).toFixed(2)} |

| map query on ${n} events (in the service, 1 % of records behind a compartment) | SQLite p50 / p95 | PostgreSQL (${spatial}) p50 / p95 | goal (p95) |
|---|---|---|---|
| 10 km box, 4-year window, first page of 100 | ${ms(onSqlite.boxP50)} / ${ms(onSqlite.boxP95)} | ${ms(onPostgres.boxP50)} / ${ms(onPostgres.boxP95)} | ≤ 10 ms |
| whole country (CAR), zoom 6: grid cells aggregated in the database | ${ms(onSqlite.countryP50)} / ${ms(onSqlite.countryP95)} | ${ms(onPostgres.countryP50)} / ${ms(onPostgres.countryP95)} | ≤ 50 ms |
`;
const resultsFile = new URL('./RESULTS.md', import.meta.url);
const current = fs.readFileSync(resultsFile, 'utf8');
const at = current.indexOf('<!-- incidents -->');
fs.writeFileSync(
  resultsFile,
  `${at >= 0 ? current.slice(0, at) : `${current.trimEnd()}\n\n`}${section}`,
);
process.stdout.write(section);
