/**
 * Issue 23 from the command line: `peaceops forecast grid --mission MINUSCA --evaluate` on the
 * shipped UCDP events of the Central African Republic — every cell with an event or next to one
 * forecast from the last month with an event, scored against the per-cell baselines; a month not
 * yet over and an unknown mission are refused naming them.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, runCli, serve, stop } from './support/processes.js';

const carFile = path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson');
let dataDir = '';
let env: Record<string, string> = {};

beforeAll(() => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-grid-'));
  env = { PEACEOPS_DATA_DIR: dataDir, DATABASE_URL: '' };
  const steps = [
    ['missions', 'create', '--acronym', 'MINUSCA', '--name', 'MINUSCA', '--countries', 'CAF'],
    [
      'users',
      'create',
      'jmac',
      '--name',
      'JMAC analyst',
      '--role',
      'analyst@MINUSCA',
      '--password-stdin',
    ],
    ['import', 'ucdp', carFile, '--mission', 'MINUSCA', '--as', 'jmac'],
  ];
  for (const step of steps) {
    const res = runCli(step, env, 'correct horse battery staple\n');
    expect(res.code, res.stderr).toBe(0);
  }
}, 120_000);
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('issue 23: forecasts every cell with an event or next to one, from the last month with an event, scored against the baselines', () => {
  const res = runCli(['forecast', 'grid', '--mission', 'MINUSCA', '--evaluate', '--json'], env);
  expect(res.code, res.stderr).toBe(0);
  const run = JSON.parse(res.stdout);
  expect(run).toMatchObject({ origin: '2022-12', evaluated: true, model: expect.any(String) });
  // The events of the 138 months up to 2022-12, in the cells they fall in and their neighbours.
  expect(run.cells).toBeGreaterThan(200);
  expect(run.incidents).toBeGreaterThan(1000);
  const { event, killed5 } = run.evaluation;
  expect(event.map((r: { horizon: number }) => r.horizon)).toEqual([1, 2, 3, 4, 5, 6]);
  // One month ahead, the model ranks cells better than any baseline and beats persistence.
  const h1 = event[0].scores;
  for (const m of ['persistence', 'frequency12', 'frequency36', 'neighbourhood12'])
    expect(h1.model.rocAuc).toBeGreaterThan(h1[m].rocAuc);
  expect(h1.model.brier).toBeLessThan(h1.persistence.brier);
  expect(killed5[0].scores.model.events).toBeGreaterThan(0);
  // The tables, for people.
  const text = runCli(['forecast', 'grid', '--mission', 'MINUSCA'], env);
  expect(text.code, text.stderr).toBe(0);
  expect(text.stdout).toMatch(/^published grid forecasts of MINUSCA from 2022-12: \d+ cells/);
}, 120_000);

it('refuses a month not yet over and an unknown mission, naming them', () => {
  const now = new Date();
  const current = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, '0')}`;
  const future = runCli(['forecast', 'grid', '--mission', 'MINUSCA', '--origin', current], env);
  expect(future.code).toBe(2);
  expect(future.stderr).toMatch(new RegExp(`origin: ${current} is not over yet`));
  const unknown = runCli(['forecast', 'grid', '--mission', 'NOPE'], env);
  expect(unknown.code).not.toBe(0);
  expect(unknown.stderr).toMatch(/NOPE|Mission/);
});

it('issue 23: from the web, the publication runs in a worker thread and answers with the run', async () => {
  const served = await serve(env);
  try {
    const signIn = await fetch(`${served.url}/api/auth/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'jmac', password: 'correct horse battery staple' }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const { csrfToken } = (await signIn.json()) as { csrfToken: string };
    const published = await fetch(`${served.url}/api/early-warning/grid-forecasts`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Cookie: cookie, 'X-CSRF-Token': csrfToken },
      body: JSON.stringify({ evaluate: true }),
    });
    expect(published.status, await published.clone().text()).toBe(201);
    expect(await published.json()).toMatchObject({
      origin: '2022-12',
      evaluated: true,
      publishedBy: 'jmac',
    });
  } finally {
    await stop(served);
  }
}, 120_000);
