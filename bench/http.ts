/**
 * HTTP on loopback (issue 3): requests per second and p99 latency of `GET /api/incidents/{id}` and
 * the OGC items endpoint, beside a trivial route (`/ogc/conformance`: the token check and a constant
 * answer) as the ceiling of the stack, with
 * wrk (Debian package) against `peaceops serve` holding the demo mission's 1,848 events, on SQLite
 * and on PostgreSQL. Writes its section of RESULTS.md.
 *   npm run bench:http
 */
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { loadConfig } from '../src/core/config.js';
import { silentLogger } from '../src/core/log.js';
import {
  insertCompartment,
  insertLabels,
} from '../src/modules/compartments/compartment.repository.js';
import { openApp } from '../src/runtime/context.js';
import { serve, stop, runCli } from '../test/support/processes.js';
import { writeResultsSection } from './results.js';

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
/** Rounds of every route in turn; figures are medians over rounds, ratios taken within a round. */
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
type Route = 'health' | 'incident' | 'incidents' | 'audited' | 'items' | 'boxes';
type Figures = Record<Route, { rps: number; p99: number; share: number }>;
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const pgBase = process.env.PEACEOPS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** Each request a different box (bench/boxes.lua): pages built, not served again from memory. */
const boxesScript = fileURLToPath(new URL('./boxes.lua', import.meta.url));

/** Each request a different incident of the reader's (bench/ids.lua), read from a file of ids. */
const idsScript = fileURLToPath(new URL('./ids.lua', import.meta.url));

/** `url` is an address, or an address, a wrk script and the script's arguments, space-separated. */
function wrk(url: string, token: string): { rps: number; p99: number } {
  const [address, script, ...args] = url.split(' ');
  const run = spawnSync(
    'wrk',
    [
      '-t2',
      '-c32',
      `-d${seconds}s`,
      '--latency',
      ...(script ? ['-s', script] : []),
      '-H',
      `Authorization: Bearer ${token}`,
      address!,
      ...(args.length ? ['--', ...args] : []),
    ],
    { encoding: 'utf8' },
  );
  if (run.error) throw new Error(`wrk could not run (apt-get install wrk): ${run.error.message}`);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(run.stdout)?.[1]);
  const p99raw = /99%\s+([\d.]+)(us|ms|s)/.exec(run.stdout);
  const p99 = p99raw
    ? Number(p99raw[1]) * { us: 0.001, ms: 1, s: 1000 }[p99raw[2] as 'us' | 'ms' | 's']
    : NaN;
  const non2xx = /Non-2xx or 3xx responses: (\d+)/.exec(run.stdout);
  if (non2xx) throw new Error(`${url}: ${non2xx[1]} failed responses\n${run.stdout}`);
  return { rps, p99 };
}

/** Every incident the reader may see, by id, through the list's pages. */
async function readableIds(url: string, token: string): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const res = await fetch(
      `${url}/api/incidents?limit=500${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      { headers: { Authorization: `Bearer ${token}` } },
    );
    const page = (await res.json()) as { items: { id: string }[]; nextCursor: string | null };
    ids.push(...page.items.map((i) => i.id));
    cursor = page.nextCursor;
  } while (cursor);
  return ids;
}

/**
 * Puts one incident in a sensitive compartment the bench user holds (written beside the running
 * server, as an officer's steps would leave it): each read of it is audited, chained in the log.
 */
async function labelSensitive(env: Record<string, string>, incidentId: string) {
  const app = await openApp(loadConfig(env), { log: silentLogger, migrate: 'none' });
  const db = app.ctx.db;
  const incident = await db
    .selectFrom('incidents')
    .select('mission_id')
    .where('id', '=', incidentId)
    .executeTakeFirstOrThrow();
  const user = await db
    .selectFrom('users')
    .select('id')
    .where('username', '=', 'bench')
    .executeTakeFirstOrThrow();
  const now = new Date().toISOString();
  await insertCompartment(db, {
    id: 'bench-sensitive',
    missionId: incident.mission_id,
    name: 'Witness protection',
    description: '',
    sensitive: true,
    createdAt: now,
    createdBy: user.id,
    version: 1,
  });
  await db
    .insertInto('compartment_members')
    .values({
      compartment_id: 'bench-sensitive',
      user_id: user.id,
      mission_id: incident.mission_id,
      added_at: now,
      added_by: user.id,
    })
    .execute();
  await insertLabels(db, {
    recordType: 'incident',
    recordId: incidentId,
    missionId: incident.mission_id,
    compartmentIds: ['bench-sensitive'],
  });
  await app.close();
}

/** The items page the bench reads, as served: the bare server below answers these bytes. */
let pageBytes: Uint8Array | null = null;

/**
 * The transport's own ceiling for a page of that size: a bare `node:http` server answering the
 * same bytes with no work at all, under the same wrk. Any p99 of the items route is bounded below
 * by this one's on this machine.
 */
async function bareCeiling(bytes: Uint8Array): Promise<{ rps: number; p99: number }> {
  const file = path.join(os.tmpdir(), `peaceops-page-${process.pid}.json`);
  fs.writeFileSync(file, bytes);
  const code = `const b=require('fs').readFileSync(${JSON.stringify(file)});require('http').createServer((q,r)=>{r.writeHead(200,{'content-type':'application/geo+json','content-length':b.length});r.end(b)}).listen(0,'127.0.0.1',function(){console.log(this.address().port)})`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const port = await new Promise<string>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve(d.toString().trim())),
    );
    const runs = Array.from({ length: rounds }, () => wrk(`http://127.0.0.1:${port}/`, 'none'));
    return { rps: median(runs.map((r) => r.rps)), p99: median(runs.map((r) => r.p99)) };
  } finally {
    child.kill();
    fs.rmSync(file, { force: true });
  }
}

async function measure(dialect: 'sqlite' | 'postgres'): Promise<Figures> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-http-'));
  let databaseUrl = '';
  let dropDatabase = async () => undefined as void;
  if (dialect === 'postgres') {
    const name = `peaceops_http_${process.pid}`;
    const admin = new pg.Client({ connectionString: pgBase });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    const url = new URL(pgBase);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDatabase = async () => {
      const c = new pg.Client({ connectionString: pgBase });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    };
  }
  const env = {
    PEACEOPS_DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    PEACEOPS_LOG_FILE: path.join(dataDir, 'server.log'),
  };
  if (dialect === 'postgres') runCli(['db', 'migrate'], env);
  const served = await serve(env, ['--demo']);
  try {
    runCli(
      [
        'users',
        'create',
        'bench',
        '--name',
        'Bench',
        '--role',
        'viewer@MINUSCA',
        '--password-stdin',
      ],
      env,
      'correct horse battery staple\n',
    );
    const token = runCli(['tokens', 'create', '--user', 'bench'], env).stdout.trim();
    const list = await fetch(`${served.url}/api/incidents?limit=2`, {
      headers: { Authorization: `Bearer ${token}` },
    });
    const [id, sensitiveId] = ((await list.json()) as { items: { id: string }[] }).items.map(
      (i) => i.id,
    );
    await labelSensitive(env, sensitiveId!);
    const idsFile = path.join(dataDir, 'ids.txt');
    fs.writeFileSync(
      idsFile,
      (await readableIds(served.url, token)).filter((i) => i !== sensitiveId).join('\n'),
    );
    const page = await fetch(
      `${served.url}/ogc/collections/incidents/items?limit=100&bbox=18,4,19,5`,
      {
        headers: { Authorization: `Bearer ${token}` },
      },
    );
    pageBytes ??= new Uint8Array(await page.arrayBuffer());
    const urls: Record<Route, string> = {
      health: `${served.url}/ogc/conformance`,
      incident: `${served.url}/api/incidents/${id}`,
      incidents: `${served.url} ${idsScript} ${idsFile}`,
      audited: `${served.url}/api/incidents/${sensitiveId}`,
      items: `${served.url}/ogc/collections/incidents/items?limit=100&bbox=18,4,19,5`,
      boxes: `${served.url} ${boxesScript}`,
    };
    const runs: Record<Route, { rps: number; p99: number; share: number }[]> = {
      health: [],
      incident: [],
      incidents: [],
      audited: [],
      items: [],
      boxes: [],
    };
    for (let round = 0; round < rounds; round++) {
      const trivial = wrk(urls.health, token);
      runs.health.push({ ...trivial, share: 1 });
      for (const route of ['incident', 'incidents', 'audited', 'items', 'boxes'] as const) {
        const run = wrk(urls[route], token);
        runs[route].push({ ...run, share: run.rps / trivial.rps });
      }
    }
    const figures = {} as Figures;
    for (const route of Object.keys(runs) as Route[])
      figures[route] = {
        rps: median(runs[route].map((r) => r.rps)),
        p99: median(runs[route].map((r) => r.p99)),
        share: median(runs[route].map((r) => r.share)),
      };
    return figures;
  } finally {
    await stop(served);
    await dropDatabase();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const sqlite = await measure('sqlite');
const postgres = await measure('postgres');
const bare = await bareCeiling(pageBytes!);
const row = (label: string, key: Route) =>
  `| ${label} | ${Math.round(sqlite[key].rps).toLocaleString('en')} /s, p99 ${sqlite[key].p99.toFixed(1)} ms | ${Math.round(postgres[key].rps).toLocaleString('en')} /s, p99 ${postgres[key].p99.toFixed(1)} ms | ${sqlite[key].share.toFixed(2)} / ${postgres[key].share.toFixed(2)} |`;
const section = `<!-- http -->
## HTTP on loopback (\`npm run bench:http\`)

Run: ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} cores, Node ${process.version}. \`wrk -t2 -c32 -d${seconds}s\` against
\`peaceops serve --demo\` (1,848 events), authenticated with an API token; server and wrk share the 2 cores.
${rounds} rounds, each running every route in turn; each figure is the median over rounds, and each
share is the median of the route's rate over the trivial route's rate measured just before it.

| route | SQLite | PostgreSQL | share of the trivial route (SQLite / PostgreSQL) |
|---|---|---|---|
${row('`GET /ogc/conformance` (trivial: token check and a constant answer; the ceiling)', 'health')}
${row('`GET /api/incidents/{id}`, the same record each request', 'incident')}
${row('`GET /api/incidents/{id}`, a different record each request (every one the reader may see but the audited one)', 'incidents')}
${row('`GET /api/incidents/{id}` of a record in a sensitive compartment the reader holds (each read audited, chained)', 'audited')}
${row('`GET /ogc/collections/incidents/items?limit=100&bbox=18,4,19,5` (76 KB), the same page asked again: kept in memory until an incident, a label or a compartment changes', 'items')}
${row('`GET /ogc/collections/incidents/items?limit=100&bbox=…`, each request a different 1° box holding Bangui (6,561 boxes, full pages of ~76 KB): pages built', 'boxes')}

The transport's own ceiling for that page, in the same run: a bare \`node:http\` server answering the same
${Math.round(pageBytes!.byteLength / 1000)} KB with no work at all, under the same wrk: **${Math.round(bare.rps).toLocaleString('en')} /s, p99 ${bare.p99.toFixed(1)} ms**.
Requests start one per turn of the server's event loop (src/server/turns.ts): before, wrk's 32 new
connections were accepted one per turn of every request ready, and the last waited up to ~0.9 s
(bench/README.md, "Where the HTTP figures stand").
`;
writeResultsSection('http', section);
