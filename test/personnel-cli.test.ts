/**
 * P1 and P3 from the command line: `import recruitments` and `import appointments` with the
 * imports' summary and exit codes — 0 done; 2 refused, every problem by line and column, nothing
 * written (a step out of order, a date in the future, an appointment after the report without its
 * human-rights assessment); 8 with --keep-good-rows leaving rows out, the rest imported; a second
 * run of the same file changes nothing.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, runCli } from './support/processes.js';

const env = {
  PEACEOPS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-personnel-')),
  DATABASE_URL: '',
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'personnel-files-'));
const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const write = (name: string, lines: string[]) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
};
const run = (what: string, file: string, more: string[] = []) =>
  runCli(['import', what, file, '--mission', 'MINUSCA', '--json', ...more], env);

const header =
  'reference,post,grade,category,source,opened_on,selection_on,offer_on,reference_checks_on,arrival_on';

beforeAll(() => {
  assertBuilt();
  const made = runCli(
    ['missions', 'create', '--acronym', 'MINUSCA', '--name', 'MINUSCA', '--countries', 'CAF'],
    env,
  );
  expect(made.code, made.stderr).toBe(0);
});

it('P1: recruitments import whole or not at all, each problem by line and column; again, unchanged', () => {
  const good = [
    `JO-1,Civil affairs officer,P-3,international,roster,${day(-200)},${day(-170)},${day(-160)},${day(-110)},`,
    `JO-2,Driver,G-3,national_general_service,advertised,${day(-90)},${day(-80)},,,`,
  ];
  const bad = write('bad.csv', [
    header,
    ...good,
    // The offer skipped: reference checks before it is not in turn.
    `JO-3,Driver,G-3,national_general_service,advertised,${day(-90)},${day(-80)},,${day(-70)},`,
    // Selection dated in three days (tomorrow may be today somewhere: UTC+14).
    `JO-4,Driver,G-3,national_general_service,advertised,${day(-90)},${day(3)},,,`,
  ]);
  const refused = run('recruitments', bad);
  expect(refused.code, refused.stderr).toBe(2);
  const summary = JSON.parse(refused.stdout);
  expect(summary).toMatchObject({ imported: 0, rejected: 2 });
  expect(summary.errors).toEqual([
    { line: 4, column: 'reference_checks_on', reason: expect.stringMatching(/comes after offer/) },
    { line: 5, column: 'selection_on', reason: expect.stringMatching(/in the future/) },
  ]);
  const kept = run('recruitments', bad, ['--keep-good-rows']);
  expect(kept.code).toBe(8);
  expect(JSON.parse(kept.stdout)).toMatchObject({ imported: 2, rejected: 2 });
  const again = run('recruitments', write('good.csv', [header, ...good]));
  expect(again.code, again.stderr).toBe(0);
  expect(JSON.parse(again.stdout)).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
  // Later steps are added; a recorded step is never rewritten.
  const later = run(
    'recruitments',
    write('later.csv', [
      header,
      `JO-2,Driver,G-3,national_general_service,advertised,${day(-90)},${day(-80)},${day(-75)},,`,
      `JO-1,Civil affairs officer,P-3,international,roster,${day(-200)},${day(-169)},,,`,
    ]),
  );
  expect(later.code).toBe(2);
  expect(JSON.parse(later.stdout).errors).toEqual([
    { line: 3, column: 'selection_on', reason: expect.stringMatching(/recorded as/) },
  ]);
});

it('P3: an appointment after the report without its human-rights assessment is refused by line; history before it imports', () => {
  const head =
    'post,appointee,gender,nationality,appointed_on,ended_on,hr_assessed_on,hr_assessed_by,hr_outcome,source';
  const file = write('appointments.csv', [
    head,
    'head_of_mission,Babacar Gaye,male,SEN,2014-04-10,2015-08-12,,,,UN statement of 12 August 2015',
    `force_commander,Illustrative Commander,female,GHA,${day(-30)},,,,,illustrative`,
  ]);
  const refused = run('appointments', file);
  expect(refused.code).toBe(2);
  expect(JSON.parse(refused.stdout).errors).toEqual([
    { line: 3, column: 'hr_assessed_on', reason: expect.stringMatching(/¶113/) },
  ]);
  const fixed = write('appointments-ok.csv', [
    head,
    'head_of_mission,Babacar Gaye,male,SEN,2014-04-10,2015-08-12,,,,UN statement of 12 August 2015',
    `force_commander,Illustrative Commander,female,GHA,${day(-30)},,${day(-40)},OHCHR,no_concerns,illustrative`,
  ]);
  const done = run('appointments', fixed);
  expect(done.code, done.stderr).toBe(0);
  expect(JSON.parse(done.stdout)).toMatchObject({ imported: 2, rejected: 0 });
  expect(JSON.parse(run('appointments', fixed).stdout)).toMatchObject({
    imported: 0,
    unchanged: 2,
  });
});
