/** `peaceops import ucdp` as an analyst would run it: progress, summary, idempotence, a rejection report. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { loadConfig } from '../src/core/config.js';
import { silentLogger } from '../src/core/log.js';
import { createMission } from '../src/modules/missions/mission.service.js';
import { openApp } from '../src/runtime/context.js';
import { systemActor } from '../src/runtime/system-actor.js';
import { missionInput } from './support/fixtures.js';
import { assertBuilt, runCli } from './support/processes.js';

// The shipped demo file: a byte copy of ../shared/data/ucdp-ged/ged231_central_african_republic_482.geojson.
const carFile = path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson');
let dataDir = '';
let env: Record<string, string> = {};

beforeAll(async () => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-import-'));
  env = { PEACEOPS_DATA_DIR: dataDir, DATABASE_URL: '' };
  const opened = await openApp(loadConfig(env), { log: silentLogger });
  await createMission(
    { ...opened.ctx, actor: systemActor('test', 'cli'), requestId: 't' },
    missionInput('MINUSCA'),
  );
  await opened.close();
  expect(
    runCli(['users', 'create', 'jmac', '--name', 'JMAC analyst', '--role', 'analyst@MINUSCA'], env)
      .code,
  ).toBe(0);
  expect(
    runCli(['users', 'create', 'watcher', '--name', 'Viewer', '--role', 'viewer@MINUSCA'], env)
      .code,
  ).toBe(0);
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('imports the file once, then finds every event unchanged', () => {
  const first = runCli(['import', 'ucdp', carFile, '--mission', 'MINUSCA', '--as', 'jmac'], env);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/1848 rows: 1848 created, 0 updated, 0 unchanged, 0 rejected/);
  const again = runCli(
    ['import', 'ucdp', carFile, '--mission', 'MINUSCA', '--as', 'jmac', '--json'],
    env,
  );
  expect(JSON.parse(again.stdout)).toMatchObject({ total: 1848, created: 0, unchanged: 1848 });
});

it('a user without incidents:write cannot import (exit 5)', () => {
  expect(
    runCli(['import', 'ucdp', carFile, '--mission', 'MINUSCA', '--as', 'watcher'], env).code,
  ).toBe(5);
});

it('rejected rows: exit 2, nothing imported, every row in the CSV report', () => {
  const bad = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { id: 1, type_of_violence: 9, date_start: '2020-13-01' },
        geometry: { type: 'Point', coordinates: [200, 4] },
      },
    ],
  };
  const file = path.join(dataDir, 'bad.geojson');
  fs.writeFileSync(file, JSON.stringify(bad));
  const reportFile = path.join(dataDir, 'rejected.csv');
  const result = runCli(
    ['import', 'ucdp', file, '--mission', 'MINUSCA', '--as', 'jmac', '--report', reportFile],
    env,
  );
  expect(result.code).toBe(2);
  expect(result.stdout).toMatch(/nothing imported/);
  expect(fs.readFileSync(reportFile, 'utf8').trim().split('\n')).toEqual([
    'line,column,reason',
    '"1","type_of_violence","expected 1, 2 or 3"',
    '"1","longitude","out of range: 200"',
    '"1","date_start","not a real date: ""2020-13-01"""',
  ]);
});
