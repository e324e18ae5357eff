/**
 * M4 (¶108): the UN's public fatalities file imported on both dialects, and the public statistics
 * checked against counts this test makes from the file by its own reading — not the importer's.
 * A handmade file in the same layout runs everywhere; the real file (4,429 rows, 81 missions)
 * runs where the shared data is.
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { fixture } from '../../../test/support/fixture-files.js';
import { Agent } from '../../../test/support/http.js';
import { describeRealData, readRealData, realDataPath } from '../../../test/support/real-data.js';
import { systemActor } from '../../core/system-actor.js';
import type { RequestContext } from '../../db/context.js';
import { FatalityImportRejected, importFatalities } from './fatality-import.service.js';

const handmade = fixture('un-peacekeeping', 'fatalities-layout-handmade.csv');
const faulty = fixture('un-peacekeeping', 'fatalities-layout-faulty.csv');
const realFile = realDataPath('unFatalities');

const importer = (
  t: () => { ctx: Omit<RequestContext, 'actor' | 'requestId'> },
  missionsWrite = true,
): RequestContext => ({
  ...t().ctx,
  requestId: 'test',
  actor: systemActor('importer', 'cli', [
    'medical:write',
    'medical:read',
    ...(missionsWrite ? (['missions:write'] as const) : []),
  ]),
});

/** The public CSV, read back as group → count. */
async function statistics(agent: Agent, by: string): Promise<Map<string, number>> {
  const answer = await agent.get(`/api/public/medical/fatalities/statistics.csv?by=${by}`);
  expect(answer.status).toBe(200);
  const rows = parse(String(answer.body), { columns: true }) as Record<string, string>[];
  const groups = by.split(',');
  expect(Object.keys(rows[0] ?? {})).toEqual([...groups, 'fatalities']);
  return new Map(rows.map((r) => [groups.map((g) => r[g]).join(' | '), Number(r.fatalities)]));
}

// --- the independent count, straight from the cells, with this test's own words for the codes ---
const personnel: Record<string, string> = {
  Military: 'military',
  Police: 'police',
  'Military Observer': 'military_observer',
  'International Civilian': 'international_civilian',
  Local: 'local_civilian',
  Other: 'other',
};
const incident: Record<string, string> = {
  'Malicious Act': 'malicious_act',
  Accident: 'accident',
  Illness: 'illness',
  'Self-Inflicted': 'self_inflicted',
  'To Be Determined': 'to_be_determined',
  Unknown: 'unknown',
};
function countFromFile(rows: Record<string, string>[], by: string): Map<string, number> {
  const value = (row: Record<string, string>, g: string) =>
    g === 'year'
      ? row.incident_date!.slice(0, 4)
      : g === 'mission'
        ? row.mission_acronym!
        : g === 'nationality'
          ? row.casualty_nationality || 'ZZ [Undetermined]'
          : g === 'personnel'
            ? personnel[row.casualty_personnel_type!.trim()]!
            : incident[row.type_of_incident!]!;
  const counts = new Map<string, number>();
  for (const row of rows) {
    const key = by
      .split(',')
      .map((g) => value(row, g))
      .join(' | ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
const readFile = (file: string) =>
  parse(fs.readFileSync(file), { columns: true }) as Record<string, string>[];
const groupings = [
  'year',
  'mission',
  'nationality',
  'personnel',
  'incident_type',
  'year,mission',
  'mission,personnel,incident_type',
];

eachDialect('M4 fatalities from the UN’s file (¶108)', (t) => {
  it('M4: imports a file in the UN’s layout, creating the known missions it names; a second import changes nothing; the statistics equal the file', async () => {
    const report = await importFatalities(importer(t), { file: handmade, keepGoodRows: false });
    expect(report).toMatchObject({
      total: 10,
      created: 10,
      rejectedCount: 0,
      committed: true,
      missions: ['MINUSCA', 'MONUSCO', 'ONUC', 'OSESyria', 'UNMIK'],
    });
    const again = await importFatalities(importer(t), { file: handmade, keepGoodRows: false });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 10 });
    const anonymous = new Agent(t());
    const rows = readFile(handmade);
    for (const by of groupings)
      expect(Object.fromEntries(await statistics(anonymous, by)), by).toEqual(
        Object.fromEntries(countFromFile(rows, by)),
      );
    // The person the file lists under two nationalities is counted twice, as the file does.
    expect((await statistics(anonymous, 'mission')).get('UNMIK')).toBe(2);
  });

  it('M4: a faulty file is refused whole, every row named by line and column; with keep-good-rows the rest goes in', async () => {
    const refused = await importFatalities(importer(t), {
      file: faulty,
      keepGoodRows: false,
    }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(FatalityImportRejected);
    const report = (refused as FatalityImportRejected).report;
    expect(report.committed).toBe(false);
    expect(report.rejected.map((r) => [r.line, r.column])).toEqual([
      [3, 'incident_date'],
      [4, 'casualty_personnel_type'],
      [5, 'mission_acronym'],
      [6, 'casualty_id'],
      [7, 'type_of_casualty'],
    ]);
    expect(report.rejected[2]!.reason).toBe(
      'no mission XYZMIS: create it with "peaceops missions create" first',
    );
    const anonymous = new Agent(t());
    const before = await statistics(anonymous, 'year');
    const kept = await importFatalities(importer(t), { file: faulty, keepGoodRows: true });
    expect(kept).toMatchObject({ created: 1, rejectedCount: 5, committed: true });
    const after = await statistics(anonymous, 'year');
    expect((after.get('2014') ?? 0) - (before.get('2014') ?? 0)).toBe(1);
  });

  it('M4: only headquarters creates a mission; the import needs medical:write', async () => {
    const noMissions = importer(t, false);
    await expect(
      importFatalities(
        { ...noMissions, actor: { ...noMissions.actor, permissions: new Set(['medical:read']) } },
        { file: handmade, keepGoodRows: false },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
  });
});

describe('the statistics query', () => {
  eachDialect('M4 public statistics', (t) => {
    it('a group that does not exist, or one named twice, is a 400 naming "by"', async () => {
      const anonymous = new Agent(t());
      for (const by of ['country', 'year,year', 'year,'] as const) {
        const answer = await anonymous.get(
          `/api/public/medical/fatalities/statistics.csv?by=${by}`,
        );
        expect(answer.status, by).toBe(400);
        expect(answer.body.error.details[0].path).toBe('by');
      }
      const empty = await anonymous.get('/api/public/medical/fatalities/statistics?by=year');
      expect(empty.body).toMatchObject({ by: ['year'], total: expect.any(Number) });
    });
  });
});

const realRows = readRealData('unFatalities', readFile, []);

describeRealData('the UN’s fatalities file, imported whole', ['unFatalities'], () => {
  eachDialect('M4 the UN’s fatalities since 1948', (t) => {
    beforeAll(async () => {
      const report = await importFatalities(importer(t), { file: realFile, keepGoodRows: false });
      expect(report).toMatchObject({ total: 4429, created: 4429, rejectedCount: 0 });
      expect(report.missions).toHaveLength(81);
    }, 120_000);

    it('M4: the public statistics equal an independent count of the file, cell by cell', async () => {
      expect(realRows).toHaveLength(4429);
      const anonymous = new Agent(t());
      for (const by of groupings)
        expect(Object.fromEntries(await statistics(anonymous, by)), by).toEqual(
          Object.fromEntries(countFromFile(realRows, by)),
        );
    });
  });
});
