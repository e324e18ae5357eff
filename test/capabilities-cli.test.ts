/**
 * The CLI interfaces scripts rely on (issue 5): `import contributions FILE [--json]` and
 * `import mission-strength FILE [--json]`, with the imports' JSON summary and exit codes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, runCli } from './support/processes.js';

const data = path.resolve('../shared/data/un-peacekeeping');
const contributions = path.join(
  data,
  'contributions-ipi/full_gender_data_2009-11_to_2014-08.csv.gz',
);
const strength = path.join(data, 'mission-strength/personnel_shortfall_mission_month.csv');
let env: Record<string, string> = {};

beforeAll(() => {
  assertBuilt();
  env = {
    PEACEOPS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-capabilities-')),
    DATABASE_URL: '',
  };
});

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
    /UNTAC is not a known UN mission; create it first, or import with --create-missions/,
  );
  const kept = runCli(
    ['import', 'mission-strength', strength, '--create-missions', '--keep-good-rows', '--json'],
    env,
  );
  expect(kept.code, kept.stderr).toBe(8);
  const summary = JSON.parse(kept.stdout);
  expect(summary.imported).toBeGreaterThan(4_700);
  expect(summary.createdMissions).toContain('UNTAC');
  expect(summary.errors[0]).toMatchObject({
    column: 'mission',
    reason: expect.stringMatching(/no host country/),
  });
});
