/**
 * The CLI interface scripts rely on (issue 4): `import sea-table FILE --mission M|--all-missions
 * [--json]`, with the imports' JSON summary and exit codes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { assertBuilt, runCli } from './support/processes.js';

const table = path.resolve(
  '../shared/data/un-peacekeeping/sea-allegations/table_of_allegations_as_of_july_2024.csv',
);
let env: Record<string, string> = {};

beforeAll(() => {
  assertBuilt();
  env = {
    PEACEOPS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-sea-')),
    DATABASE_URL: '',
  };
});

it('one mission, then all: the JSON summary, missions created as needed, idempotent', () => {
  const one = runCli(['import', 'sea-table', table, '--mission', 'MINUSCA', '--json'], env);
  expect(one.code, one.stderr).toBe(0);
  expect(JSON.parse(one.stdout)).toMatchObject({
    imported: 294,
    updated: 0,
    unchanged: 0,
    rejected: 0,
    errors: [],
    skipped: 753 - 294,
    missions: ['MINUSCA'],
  });
  const all = runCli(['import', 'sea-table', table, '--all-missions', '--json'], env);
  expect(all.code, all.stderr).toBe(0);
  const summary = JSON.parse(all.stdout);
  expect(summary).toMatchObject({ imported: 753 - 294, unchanged: 294, rejected: 0 });
  expect(summary.missions).toHaveLength(27);
  expect(summary.unparsed[0]).toEqual({
    line: expect.any(Number),
    column: expect.any(String),
    reason: expect.any(String),
  });
  const listed = runCli(['missions', 'list', '--json'], env);
  expect(JSON.parse(listed.stdout).map((m: { acronym: string }) => m.acronym)).toContain('UNMISS');
});

it('neither or both of --mission and --all-missions: exit 2, saying which to give', () => {
  const neither = runCli(['import', 'sea-table', table, '--json'], env);
  expect(neither.code).toBe(2);
  expect(neither.stdout + neither.stderr).toMatch(/--mission ACRONYM or --all-missions/);
});
