/**
 * The CLI interfaces scripts rely on (issue 5): `import contributions FILE [--json]` and
 * `import mission-strength FILE [--json]`, with the imports' JSON summary and exit codes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { fixture } from './support/fixture-files.js';
import { assertBuilt, runCli } from './support/processes.js';
import { describeRealData, realDataPath } from './support/real-data.js';

const contributions = realDataPath('contributions');
const strength = realDataPath('missionStrength');
// Invented figures in the two layouts (the real tables may not ship): test/fixtures/un-peacekeeping.
const handmadeContributions = fixture('un-peacekeeping', 'contributions-layout-handmade.csv');
const handmadeStrength = fixture('un-peacekeeping', 'mission-strength-layout-handmade.csv');
const freshEnv = () => ({
  PEACEOPS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-capabilities-')),
  DATABASE_URL: '',
});
let env: Record<string, string> = {};

beforeAll(() => {
  assertBuilt();
  env = freshEnv();
});

it('import contributions (the IPI layout): subtotals checked and the unbalanced one named, apostrophes cleaned, a repeated row counted once; again, nothing changes', () => {
  const env = freshEnv();
  const first = runCli(['import', 'contributions', handmadeContributions, '--json'], env);
  expect(first.code, first.stderr).toBe(0);
  expect(JSON.parse(first.stdout)).toEqual({
    imported: 5,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    errors: [],
    subtotals: 3,
    inconsistent: [
      {
        line: 8,
        column: 'Total_Total',
        reason: 'the subtotal is 305; the rows it covers add up to 315',
      },
    ],
    cleaned: 2,
    duplicates: 1,
    contributors: 2,
    missions: ['UNAMID', 'UNMISS'],
  });
  const again = JSON.parse(
    runCli(['import', 'contributions', handmadeContributions, '--json'], env).stdout,
  );
  expect(again).toMatchObject({ imported: 0, unchanged: 5 });
});

it('import contributions: a cell that is not a number is refused by line and column, exit 2, nothing written', () => {
  const env = freshEnv();
  const bad = path.join(env.PEACEOPS_DATA_DIR, 'bad.csv');
  const lines = fs.readFileSync(handmadeContributions, 'utf8').trim().split('\n');
  lines.push('2013-03-31,Rwanda,RWA,UNMISS,NA,NA,NA,NA,NA,NA,NA,NA,NA,many,0,5,5,0,5');
  fs.writeFileSync(bad, `${lines.join('\n')}\n`);
  const refused = runCli(['import', 'contributions', bad, '--json'], env);
  expect(refused.code).toBe(2);
  expect(JSON.parse(refused.stdout)).toMatchObject({
    imported: 0,
    rejected: 1,
    errors: [{ line: 11, column: 'Troops_Male', reason: '"many" is not a whole number or NA' }],
  });
  const again = JSON.parse(
    runCli(['import', 'contributions', handmadeContributions, '--json'], env).stdout,
  );
  expect(again).toMatchObject({ imported: 5, unchanged: 0 });
});

it('import mission-strength (authorised against deployed): unknown missions exit 2 naming them; --create-missions --keep-good-rows exits 8, the mission without a host country named', () => {
  const env = freshEnv();
  const refused = runCli(['import', 'mission-strength', handmadeStrength, '--json'], env);
  expect(refused.code).toBe(2);
  expect(JSON.parse(refused.stdout)).toMatchObject({
    imported: 0,
    errors: [
      {
        line: 4,
        column: 'mission',
        reason:
          'UNAMIC is not a known UN mission; create it first, or import with --create-missions',
      },
      {
        line: 5,
        column: 'mission',
        reason:
          'UNMOP is not a known UN mission; create it first, or import with --create-missions',
      },
    ],
  });
  const kept = runCli(
    [
      'import',
      'mission-strength',
      handmadeStrength,
      '--create-missions',
      '--keep-good-rows',
      '--json',
    ],
    env,
  );
  expect(kept.code, kept.stderr).toBe(8);
  expect(JSON.parse(kept.stdout)).toMatchObject({
    imported: 3,
    rejected: 1,
    errors: [
      {
        line: 5,
        column: 'mission',
        reason:
          'the table names no host country for UNMOP; create it first (peaceops missions create)',
      },
    ],
    missions: ['UNAMIC', 'UNMISS'],
    createdMissions: ['UNAMIC'],
  });
});

describeRealData(
  'the real contributions and mission strength through the CLI',
  ['contributions', 'missionStrength'],
  () => {
    it('import contributions: the JSON summary of the gzipped file; again, nothing changes', () => {
      const first = runCli(['import', 'contributions', contributions, '--json'], env);
      expect(first.code, first.stderr).toBe(0);
      const summary = JSON.parse(first.stdout);
      expect(summary).toMatchObject({ updated: 0, unchanged: 0, rejected: 0, errors: [] });
      expect(summary.imported).toBeGreaterThan(30_000);
      expect(summary.missions).toContain('UNMISS');
      const again = JSON.parse(
        runCli(['import', 'contributions', contributions, '--json'], env).stdout,
      );
      expect(again).toMatchObject({ imported: 0, unchanged: summary.imported });
    });

    it('import mission-strength: unknown missions exit 2 naming them; --create-missions --keep-good-rows exits 8 with the rest imported', () => {
      const refused = runCli(['import', 'mission-strength', strength, '--json'], env);
      expect(refused.code).toBe(2);
      expect(refused.stdout).toMatch(
        /UNAMIC is not a known UN mission; create it first, or import with --create-missions/,
      );
      const kept = runCli(
        ['import', 'mission-strength', strength, '--create-missions', '--keep-good-rows', '--json'],
        env,
      );
      expect(kept.code, kept.stderr).toBe(8);
      const summary = JSON.parse(kept.stdout);
      expect(summary.imported).toBeGreaterThan(4_700);
      expect(summary.createdMissions).toContain('UNAMIC');
      expect(summary.errors[0]).toMatchObject({
        column: 'mission',
        reason: expect.stringMatching(/no host country/),
      });
    });
  },
);
