/**
 * Issue 15, F6, with real processes (R1): "a 300,000-row import held the write lock so that 4 of
 * 7 concurrent writes got 503 over 28 s".
 * - While the server imports a large file from the web (in its worker thread), other people's
 *   writes are all acknowledged, and some of them land while the import is applying.
 * - `peaceops import` killed with SIGKILL half way through applying leaves part of the file in;
 *   the server's start finishes it: every row once, one audit entry, the chain verifies.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, cliPath, runCli, serve, stop } from './support/processes.js';

const acledHeader = 'event_id_cnty,event_date,event_type,latitude,longitude,fatalities';
let dataDir = '';
let env: Record<string, string> = {};

function acledFile(name: string, rows: number, prefix: string): string {
  const file = path.join(dataDir, name);
  const lines = Array.from(
    { length: rows },
    (_, i) => `${prefix}${i},2023-03-02,Battles,${(4 + (i % 100) / 100).toFixed(2)},18.55,${i % 5}`,
  );
  fs.writeFileSync(file, [acledHeader, ...lines].join('\n'));
  return file;
}

function readDb<T>(read: (db: Database.Database) => T): T {
  const db = new Database(path.join(dataDir, 'peaceops.sqlite'), { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
const countOf = (prefix: string) =>
  readDb(
    (db) =>
      db
        .prepare("select count(*) from incidents where source_id like ? || '%'")
        .pluck()
        .get(prefix) as number,
  );
const applying = () =>
  readDb(
    (db) =>
      db.prepare("select applied from import_runs where state = 'applying'").pluck().get() as
        number | undefined,
  );

beforeAll(() => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-import-crash-'));
  env = { PEACEOPS_DATA_DIR: dataDir, DATABASE_URL: '' };
  const mission = runCli(
    ['missions', 'create', '--acronym', 'MINUSCA', '--name', 'MINUSCA', '--countries', 'CAF'],
    env,
  );
  expect(mission.code, mission.stderr).toBe(0);
  for (const [name, role] of [
    ['jmac', 'analyst@MINUSCA'],
    ['writer', 'administrator@HQ'],
  ])
    expect(runCli(['users', 'create', name!, '--name', name!, '--role', role!], env).code).toBe(0);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

const tokenOf = (user: string, mission?: string) => {
  const made = runCli(
    [
      'tokens',
      'create',
      user,
      '--name',
      'import crash test',
      ...(mission ? ['--mission', mission] : []),
      '--json',
    ],
    env,
  );
  expect(made.code, made.stderr).toBe(0);
  return JSON.parse(made.stdout).token as string;
};

it('writes are all acknowledged while the server imports 20,000 rows, some of them mid-import', async () => {
  const file = acledFile('web.csv', 20_000, 'WEB');
  const importer = tokenOf('jmac', 'MINUSCA');
  const writer = tokenOf('writer');
  const served = await serve(env);
  try {
    const started = await fetch(`${served.url}/api/imports?format=acled&filename=web.csv`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${importer}`, 'Content-Type': 'application/octet-stream' },
      body: fs.readFileSync(file),
    });
    expect(started.status, await started.clone().text()).toBe(202);
    const job = (await started.json()) as { id: string };
    const statuses: number[] = [];
    let duringApply = 0;
    for (let i = 0; ; i++) {
      const state = await fetch(`${served.url}/api/imports/${job.id}`, {
        headers: { Authorization: `Bearer ${importer}` },
      }).then((r) => r.json() as Promise<{ status: string }>);
      if (state.status !== 'running') {
        expect(state.status).toBe('done');
        break;
      }
      const wasApplying = (applying() ?? 0) > 0;
      const res = await fetch(`${served.url}/api/missions`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${writer}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          acronym: `W${i}`,
          name: `Written during an import ${i}`,
          hostCountries: ['CAF'],
          mandateStart: '2014-04-10',
          headquarters: { name: 'Bangui', latitude: 4.39, longitude: 18.56 },
        }),
      });
      statuses.push(res.status);
      if (res.status === 201 && wasApplying && (applying() ?? 0) > 0) duringApply += 1;
    }
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.filter((s) => s !== 201)).toEqual([]);
    expect(duringApply).toBeGreaterThan(0);
    expect(countOf('WEB')).toBe(20_000);
  } finally {
    await stop(served);
  }
}, 220_000);

it('an import killed half way is finished by the server at its start, every row once', async () => {
  const file = acledFile('killed.csv', 20_000, 'KIL');
  const child = spawn(
    process.execPath,
    [cliPath, 'import', 'acled', file, '--mission', 'MINUSCA', '--as', 'jmac'],
    { env: { ...process.env, ...env }, stdio: 'ignore' },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 120_000;
  while ((applying() ?? 0) < 2_000) {
    if (Date.now() > deadline || child.exitCode !== null)
      throw new Error('the import ended before it could be killed half way');
    await new Promise((r) => setTimeout(r, 20));
  }
  child.kill('SIGKILL');
  await exited;
  const partial = countOf('KIL');
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(20_000);

  const served = await serve(env);
  try {
    const until = Date.now() + 120_000;
    while (countOf('KIL') < 20_000 || applying() !== undefined) {
      if (Date.now() > until) throw new Error(`not finished: ${countOf('KIL')} of 40000`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await stop(served);
  }
  expect(countOf('KIL')).toBe(20_000);
  const left = readDb((db) => ({
    runs: db.prepare('select count(*) from import_runs').pluck().get(),
    staged: db.prepare('select count(*) from import_staged_rows').pluck().get(),
    entries: db
      .prepare("select count(*) from audit_entries where action = 'incidents.import'")
      .pluck()
      .get(),
  }));
  // One entry for the web import of the test before, one for this one.
  expect(left).toEqual({ runs: 0, staged: 0, entries: 2 });
  const verify = runCli(['audit', 'verify', '--json'], env);
  expect(verify.code, verify.stderr).toBe(0);
}, 300_000);
