/**
 * The CLI interface scripts rely on (issue 3): `missions create` (idempotent), `import
 * ucdp|acled|hxl FILE --mission M [--keep-good-rows] [--json]` with its JSON summary and exit
 * codes, and a rejection report.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fixture } from './support/fixture-files.js';
import { assertBuilt, runCli } from './support/processes.js';

// The shipped demo file: a byte copy of ../shared/data/ucdp-ged/ged231_central_african_republic_482.geojson.
const carFile = path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson');
let dataDir = '';
let env: Record<string, string> = {};

beforeAll(() => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-import-'));
  env = { PEACEOPS_DATA_DIR: dataDir, DATABASE_URL: '' };
  const created = runCli(
    [
      'missions',
      'create',
      '--acronym',
      'MINUSCA',
      '--name',
      'Stabilization mission in CAR',
      '--countries',
      'CAF',
      '--json',
    ],
    env,
  );
  expect(created.code, created.stderr).toBe(0);
  expect(JSON.parse(created.stdout)).toMatchObject({
    created: true,
    mission: {
      acronym: 'MINUSCA',
      hostCountries: ['CAF'],
      headquarters: { name: expect.stringMatching(/Central African Republic \(centre/) },
    },
  });
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

it('missions create is idempotent by acronym', () => {
  const again = runCli(
    ['missions', 'create', '--acronym', 'MINUSCA', '--name', 'Other name', '--countries', 'CAF'],
    env,
  );
  expect(again.code).toBe(0);
  expect(again.stdout).toMatch(/MINUSCA exists .*nothing changed/);
  const list = JSON.parse(runCli(['missions', 'list', '--json'], env).stdout) as unknown[];
  expect(list).toHaveLength(1);
  const unknown = runCli(
    ['missions', 'create', '--acronym', 'XX', '--name', 'Nowhere', '--countries', 'XYZ'],
    env,
  );
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toMatch(/XYZ is not a known/);
});

it('imports the file once, then finds every event unchanged (--json summary for scripts)', () => {
  const first = runCli(['import', 'ucdp', carFile, '--mission', 'MINUSCA', '--as', 'jmac'], env);
  expect(first.code).toBe(0);
  expect(first.stdout).toMatch(/1848 rows: 1848 created, 0 updated, 0 unchanged, 0 rejected/);
  const again = runCli(['import', 'ucdp', carFile, '--mission', 'MINUSCA', '--json'], env);
  expect(again.code).toBe(0);
  expect(JSON.parse(again.stdout)).toEqual({
    imported: 0,
    updated: 0,
    unchanged: 1848,
    rejected: 0,
    errors: [],
  });
});

it('imports ACLED and HXL files; --keep-good-rows imports the rest and exits 8', () => {
  // Invented events in ACLED's layout (ACLED's own sample may not ship; csv-imports.test.ts reads it).
  const acled = fixture('acled', 'acled-layout-handmade.csv');
  const result = runCli(['import', 'acled', acled, '--mission', 'MINUSCA', '--json'], env);
  expect(result.code, result.stderr).toBe(0);
  expect(JSON.parse(result.stdout)).toMatchObject({ imported: 6, rejected: 0 });
  const hxl = path.join(dataDir, 'partner.csv');
  fs.writeFileSync(
    hxl,
    [
      '#event+id,#date,#geo+lat,#geo+lon,#event+type,#affected+killed',
      'H1,2024-03-02,6.99,19.18,armed_clash,3',
      'H2,2024-03-31,6.99,190,armed_clash,1',
      'H3,2024-04-01,7.01,19.20,looting,0',
    ].join('\n'),
  );
  const partial = runCli(
    ['import', 'hxl', hxl, '--mission', 'MINUSCA', '--json', '--keep-good-rows'],
    env,
  );
  expect(partial.code).toBe(8);
  expect(JSON.parse(partial.stdout)).toEqual({
    imported: 1,
    updated: 0,
    unchanged: 0,
    rejected: 2,
    errors: [
      { line: 3, column: '#geo+lon', reason: 'out of range: "190"' },
      {
        line: 4,
        column: '#event+type',
        reason: expect.stringMatching(/^"looting" is not one of attack_on_un_personnel/),
      },
    ],
  });
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
  expect(fs.readFileSync(reportFile, 'utf8').trim().split('\r\n')).toEqual([
    'line,column,reason',
    '1,type_of_violence,"expected 1, 2 or 3"',
    '1,longitude,"out of range: ""200"""',
    '1,date_start,"not a real date: ""2020-13-01"""',
  ]);
});

it('the import runs in a worker whose heap is bounded: past PEACEOPS_IMPORT_HEAP_MB it stops naming the setting, nothing written (issue 22)', () => {
  const count = () => {
    const db = new Database(path.join(dataDir, 'peaceops.sqlite'), { readonly: true });
    try {
      return (db.prepare('select count(*) as n from incidents').get() as { n: number }).n;
    } finally {
      db.close();
    }
  };
  const before = count();
  // 4 MB is less than the worker needs to load the application: the limit is the worker's own.
  const stopped = runCli(['import', 'ucdp', carFile, '--mission', 'MINUSCA', '--json'], {
    ...env,
    PEACEOPS_IMPORT_HEAP_MB: '4',
  });
  expect(stopped.code).not.toBe(0);
  expect(stopped.stderr).toMatch(
    /needed more than its 4 MB of memory and was stopped \(PEACEOPS_IMPORT_HEAP_MB sets the limit\)/,
  );
  expect(stopped.stdout).toBe('');
  expect(count()).toBe(before);
});
