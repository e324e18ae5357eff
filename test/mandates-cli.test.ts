/**
 * D5 from the command line: `import survey DATA.csv --mission … --title … --conducted-by …
 * [--form FORM.xlsx] [--json]`, with the imports' summary and exit codes — 0 when counted, 2 with
 * every unreadable row named by line and column (nothing written), 3 for an unknown mission.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, runCli } from './support/processes.js';

const data = path.resolve('demo/surveys/perception-2022-illustrative.csv');
const form = path.resolve('demo/surveys/perception-2022-illustrative.xlsx');
const env = {
  PEACEOPS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-surveys-')),
  DATABASE_URL: '',
};
const survey = (file: string, more: string[] = []) => [
  'import',
  'survey',
  file,
  '--mission',
  'MINUSCA',
  '--title',
  'Perception 2022',
  '--conducted-by',
  'Illustrative',
  '--form',
  form,
  '--json',
  ...more,
];

beforeAll(() => {
  assertBuilt();
  const made = runCli(
    ['missions', 'create', '--acronym', 'MINUSCA', '--name', 'MINUSCA', '--countries', 'CAF'],
    env,
  );
  expect(made.code, made.stderr).toBe(0);
});

it('D5: imports a KoboToolbox export with its XLSForm as counts (exit 0), naming the columns read past', () => {
  const done = runCli(survey(data), env);
  expect(done.code, done.stderr).toBe(0);
  const summary = JSON.parse(done.stdout) as Record<string, unknown>;
  expect(summary).toMatchObject({
    imported: 456,
    rejected: 0,
    errors: [],
    questions: ['safe_day', 'mission_protects', 'threats'],
    areas: ['Bangui', 'Haute-Kotto', 'Nana-Mambéré', 'Ouaka', 'Ouham'],
    months: ['2022-03', '2022-09'],
  });
  expect(summary.notCounted).toContainEqual({ column: 'respondent_name', reason: 'free_text' });
});

it('D5: unreadable rows: exit 2, each named by line and column, nothing imported; an unknown mission exit 3', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'survey-bad-'));
  const bad = path.join(dir, 'bad.csv');
  fs.writeFileSync(
    bad,
    [
      'today,prefecture,safe_day',
      '2022-05-01,ouaka,safe',
      'soon,ouaka,safe',
      '2022-05-02,ouaka,maybe',
    ].join('\n'),
  );
  const refused = runCli(survey(bad), env);
  expect(refused.code).toBe(2);
  expect(JSON.parse(refused.stdout)).toEqual({
    imported: 0,
    rejected: 2,
    errors: [
      { line: 3, column: 'today', reason: '"soon" is not a date (YYYY-MM-DD)' },
      { line: 4, column: 'safe_day', reason: '"maybe" is not a choice of safe_day' },
    ],
  });
  const unknown = runCli(
    survey(data).map((a) => (a === 'MINUSCA' ? 'UNMISS' : a)),
    env,
  );
  expect(unknown.code).toBe(3);
});
