/**
 * The CLI interface scripts rely on (issue 19, M4): `import fatalities FILE [--keep-good-rows]
 * [--json]`, with the imports' JSON summary and exit codes, missions created as needed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { fixture } from './support/fixture-files.js';
import { assertBuilt, runCli } from './support/processes.js';

const handmade = fixture('un-peacekeeping', 'fatalities-layout-handmade.csv');
const faulty = fixture('un-peacekeeping', 'fatalities-layout-faulty.csv');
const freshEnv = () => ({
  PEACEOPS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-fatalities-')),
  DATABASE_URL: '',
});

beforeAll(() => {
  assertBuilt();
});

it('M4: imports the file, creating the missions it names; again, nothing changes (exit 0)', () => {
  const env = freshEnv();
  const first = runCli(['import', 'fatalities', handmade, '--json'], env);
  expect(first.code, first.stderr).toBe(0);
  expect(JSON.parse(first.stdout)).toEqual({
    imported: 10,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    errors: [],
    missions: ['MINUSCA', 'MONUSCO', 'ONUC', 'OSESyria', 'UNMIK'],
  });
  const again = runCli(['import', 'fatalities', handmade, '--json'], env);
  expect(again.code, again.stderr).toBe(0);
  expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, unchanged: 10 });
  const listed = runCli(['missions', 'list', '--json'], env);
  expect(
    JSON.parse(listed.stdout)
      .map((m: { acronym: string }) => m.acronym)
      .sort(),
  ).toEqual(['MINUSCA', 'MONUSCO', 'ONUC', 'OSESyria', 'UNMIK']);
});

it('M4: rejected rows exit 2 with nothing written; --keep-good-rows imports the rest and exits 8; --report lists them', () => {
  const env = freshEnv();
  const refused = runCli(['import', 'fatalities', faulty, '--json'], env);
  expect(refused.code).toBe(2);
  const summary = JSON.parse(refused.stdout) as {
    imported: number;
    rejected: number;
    errors: { line: number; column: string }[];
  };
  expect(summary).toMatchObject({ imported: 0, rejected: 5 });
  expect(summary.errors[0]).toEqual({
    line: 3,
    column: 'incident_date',
    reason: 'not a date (YYYY-MM-DD): "2017-02-30"',
  });
  const report = path.join(env.PEACEOPS_DATA_DIR, 'rejected.csv');
  const kept = runCli(
    ['import', 'fatalities', faulty, '--keep-good-rows', '--report', report, '--json'],
    env,
  );
  expect(kept.code).toBe(8);
  expect(JSON.parse(kept.stdout)).toMatchObject({ imported: 1, rejected: 5 });
  expect(fs.readFileSync(report, 'utf8').split('\r\n')[0]).toBe('line,column,reason');
  const human = runCli(['import', 'fatalities', handmade], env);
  expect(human.code, human.stderr).toBe(0);
  expect(human.stdout).toMatch(
    /10 rows: 10 created, 0 updated, 0 unchanged, 0 rejected; 5 missions/,
  );
});

it('a file that is not in the layout: exit 2 naming the missing columns', () => {
  const other = fixture('un-peacekeeping', 'mission-strength-layout-handmade.csv');
  const answer = runCli(['import', 'fatalities', other, '--json'], freshEnv());
  expect(answer.code).toBe(2);
  const { error } = JSON.parse(answer.stderr) as {
    error: { details: { path: string; message: string }[] };
  };
  expect(error.details[0]!.path).toBe('file');
  expect(error.details[0]!.message).toMatch(/^has no header with the columns "incident_date"/);
});
