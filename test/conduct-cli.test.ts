/**
 * The CLI interface scripts rely on (issue 4): `import sea-table FILE --mission M|--all-missions
 * [--json]`, with the imports' JSON summary and exit codes.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { fixture } from './support/fixture-files.js';
import { assertBuilt, runCli } from './support/processes.js';
import { describeRealData, realDataPath } from './support/real-data.js';

/** Seven invented allegations in the table's layout: MINUSCA 4, MONUSCO 2, UNMISS 1. */
const handmade = fixture('sea-table', 'table-layout-handmade.csv');
const table = realDataPath('seaTable');
const freshEnv = () => ({
  PEACEOPS_DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-sea-')),
  DATABASE_URL: '',
});

beforeAll(() => {
  assertBuilt();
});

it('one mission, then all (a file in the table’s layout): the JSON summary, missions created as needed, idempotent; a cell that does not parse is named by line and column', () => {
  const env = freshEnv();
  const one = runCli(['import', 'sea-table', handmade, '--mission', 'MINUSCA', '--json'], env);
  expect(one.code, one.stderr).toBe(0);
  expect(JSON.parse(one.stdout)).toMatchObject({
    imported: 4,
    unchanged: 0,
    rejected: 0,
    skipped: 3,
    missions: ['MINUSCA'],
  });
  const all = runCli(['import', 'sea-table', handmade, '--all-missions', '--json'], env);
  expect(all.code, all.stderr).toBe(0);
  expect(JSON.parse(all.stdout)).toEqual({
    imported: 3,
    updated: 0,
    unchanged: 4,
    rejected: 0,
    errors: [],
    // Line 13 (multi-line cells above it): "UN OIOS (some weeks)" has no number of days.
    unparsed: [
      {
        line: 13,
        column: 'Investigation (days)',
        reason: '"some weeks" is not a number of days',
      },
    ],
    skipped: 0,
    missions: ['MINUSCA', 'MONUSCO', 'UNMISS'],
  });
  const listed = runCli(['missions', 'list', '--json'], env);
  expect(
    JSON.parse(listed.stdout)
      .map((m: { acronym: string }) => m.acronym)
      .sort(),
  ).toEqual(['MINUSCA', 'MONUSCO', 'UNMISS']);
});

it('neither or both of --mission and --all-missions: exit 2, saying which to give', () => {
  const neither = runCli(['import', 'sea-table', handmade, '--json'], freshEnv());
  expect(neither.code).toBe(2);
  expect(neither.stdout + neither.stderr).toMatch(/--mission ACRONYM or --all-missions/);
});

describeRealData('the UN’s table of allegations through the CLI', ['seaTable'], () => {
  it('one mission, then all: the JSON summary, missions created as needed, idempotent', () => {
    const env = freshEnv();
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
    expect(JSON.parse(listed.stdout).map((m: { acronym: string }) => m.acronym)).toContain(
      'UNMISS',
    );
  });
});
