/**
 * The UN's public table of allegations (753 rows) imported on both dialects, and the public
 * statistics (C5, ¶122) checked against counts made directly from the file by this test's own
 * reading of it — not the importer's. Idempotence, updates, rejections and unparsed cells by line
 * and column, small-count suppression.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { describeRealData, readRealData, realDataPath } from '../../../test/support/real-data.js';
import { Agent } from '../../../test/support/http.js';
import { systemActor } from '../../core/system-actor.js';
import type { RequestContext } from '../../db/context.js';
import { importSeaTable, SeaImportRejected } from './sea-table-import.service.js';

const tableFile = realDataPath('seaTable');
const rows = readRealData(
  'seaTable',
  (f) => parse(fs.readFileSync(f), { columns: true }) as Record<string, string>[],
  [],
);

// --- the independent count, straight from the cells ---
const tally = (keys: Iterable<string>, into: Map<string, number>) => {
  for (const key of keys) into.set(key, (into.get(key) ?? 0) + 1);
};
const parts = (cell: string) =>
  cell
    .split('\n\n')
    .map((p) => p.trim())
    .filter(Boolean);
const byYear = new Map<string, number>();
const byMission = new Map<string, number>();
const byNationality = new Map<string, number>();
for (const row of rows) {
  tally([row.Date!.split('/')[1]!], byYear);
  tally([row.Mission!], byMission);
  const uniformed = parts(row['Personnel Type']!).some((p) => /^(Military|Police)\b/.test(p));
  if (uniformed) tally(new Set(parts(row.Nationality!).filter((n) => n !== 'N/A')), byNationality);
}
const entityName: Record<string, string> = {
  'UN OIOS': 'oios',
  TCC: 'national',
  PCC: 'national',
  'TCC/OIOS': 'joint',
  'UN Mission': 'mission',
};
const investigations = new Map<string, { completed: number; within: number }>();
for (const row of rows) {
  const m = /^(.*) \((\d+)\)$/.exec(row['Investigation (days)']!.trim());
  if (!m || !entityName[m[1]!]) continue;
  const e = investigations.get(entityName[m[1]!]!) ?? { completed: 0, within: 0 };
  e.completed += 1;
  if (Number(m[2]) <= 183) e.within += 1;
  investigations.set(entityName[m[1]!]!, e);
}
const shown = (n: number) => (n < 3 ? '<3' : n);

describeRealData('the UN’s table of allegations, imported whole', ['seaTable'], () => {
  eachDialect('the UN table of allegations (C5)', (t) => {
    let operator: RequestContext;
    beforeAll(() => {
      operator = {
        ...t().ctx,
        requestId: 'test',
        actor: systemActor('importer', 'cli', ['conduct:write', 'conduct:read']),
      };
    });

    it('imports every row, creating the 27 missions it names; reports each cell it cannot parse by line and column; a second import changes nothing', async () => {
      expect(rows).toHaveLength(753);
      const report = await importSeaTable(operator, {
        file: tableFile,
        mission: null,
        keepGoodRows: false,
      });
      expect(report).toMatchObject({ total: 753, created: 753, rejected: [], committed: true });
      expect(report.missions).toHaveLength(27);
      expect(report.unparsed.length).toBeGreaterThan(0);
      for (const cell of report.unparsed) {
        expect(cell.line).toBeGreaterThan(1);
        expect(cell.reason).not.toBe('');
      }
      expect(report.unparsed).toContainEqual(
        expect.objectContaining({
          column: 'Interim Action',
          reason: 'an action without a name: "UN  (1)"',
        }),
      );
      const again = await importSeaTable(operator, {
        file: tableFile,
        mission: null,
        keepGoodRows: false,
      });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 753 });
    });

    it('the public statistics equal the counts made directly from the file: by year, mission and nationality', async () => {
      const anonymous = new Agent(t());
      const get = async (by: string) => {
        const answer = await anonymous.get(`/api/public/conduct/statistics?by=${by}`);
        expect(answer.status).toBe(200);
        return new Map(
          (
            answer.body.rows as { group: Record<string, string>; allegations: number | string }[]
          ).map((r) => [r.group[by]!, r.allegations]),
        );
      };
      const expectSame = (product: Map<string, number | string>, file: Map<string, number>) =>
        expect(Object.fromEntries(product)).toEqual(
          Object.fromEntries([...file].map(([k, n]) => [k, shown(n)])),
        );
      expectSame(await get('year'), byYear);
      expectSame(await get('mission'), byMission);
      expectSame(await get('nationality'), byNationality);
      // The small missions are there, suppressed.
      expect((await get('mission')).get('UNMIT')).toBe('<3');
    });

    it('the share of investigations completed within six months, by entity, equals the file', async () => {
      const answer = await new Agent(t()).get('/api/public/conduct/investigations');
      for (const [entity, e] of investigations) {
        const row = answer.body.rows.find((r: { entity: string }) => r.entity === entity);
        expect(row).toMatchObject({
          completed: shown(e.completed),
          withinSixMonths: shown(e.within),
        });
        if (e.completed >= 3 && e.within >= 3)
          expect(row.shareWithinSixMonths).toBeCloseTo(e.within / e.completed, 3);
      }
    });

    it('CSV for scripts: one row per group, small counts as "<3"; a bad dimension is a 400 naming "by"', async () => {
      const anonymous = new Agent(t());
      const csv = await anonymous.get('/api/public/conduct/statistics.csv?by=mission');
      expect(csv.status).toBe(200);
      const lines = String(csv.body).trim().split('\r\n');
      expect(lines[0]).toBe('mission,allegations');
      expect(lines).toContain(`MINUSCA,${byMission.get('MINUSCA')}`);
      expect(lines.some((l) => l.endsWith(',<3'))).toBe(true);
      const bad = await anonymous.get('/api/public/conduct/statistics.csv?by=year,mission');
      expect(bad.status).toBe(400);
      expect(bad.body.error.details[0].path).toBe('by');
    });

    it('a later table updates the case whose cells changed; a row without a month reported is rejected by line and column and nothing is written unless asked', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sea-'));
      const firstPending = rows.findIndex(
        (r) => r.Result === 'Pending (1)' && !r.Date!.includes('\n'),
      );
      const changed = rows.map((r, i) =>
        i === firstPending ? { ...r, Result: 'Substantiated (Rape) (1)' } : r,
      );
      const write = (name: string, data: Record<string, string>[]) => {
        const file = path.join(dir, name);
        const head = Object.keys(rows[0]!);
        const quote = (v: string) => `"${v.replace(/"/g, '""')}"`;
        fs.writeFileSync(
          file,
          [
            head.map(quote).join(','),
            ...data.map((r) => head.map((h) => quote(r[h]!)).join(',')),
          ].join('\n'),
        );
        return file;
      };
      const updated = await importSeaTable(operator, {
        file: write('later.csv', changed),
        mission: null,
        keepGoodRows: false,
      });
      expect(updated).toMatchObject({ updated: 1, unchanged: 752, created: 0 });

      // Row 11 gets a month that does not exist, and its allegation changes: all-or-nothing refuses
      // the file and writes nothing, the changed allegation included.
      const broken = changed.map((r, i) =>
        i === 10 ? { ...r, Date: '13/2024' } : i === 11 ? { ...r, 'Paternity claim': 'Yes' } : r,
      );
      const count = async () =>
        Number(
          (
            await t()
              .ctx.db.selectFrom('conduct_cases')
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      const before = await count();
      const file = write('broken.csv', broken);
      const refused = await importSeaTable(operator, {
        file,
        mission: null,
        keepGoodRows: false,
      }).then(
        () => null,
        (error: unknown) => error,
      );
      expect(refused).toBeInstanceOf(SeaImportRejected);
      expect((refused as SeaImportRejected).report.rejected).toEqual([
        {
          line: lineOf(broken, 10),
          column: 'Date',
          reason: 'not a month reported as M/YYYY: "13/2024"',
        },
      ]);
      expect(await count()).toBe(before);
      // Issue 15, F6: read and checked whole before anything is staged for good; the refused file
      // leaves no run and no staged row, nor does a file applied to its end.
      const leftovers = async () => [
        (await t().ctx.db.selectFrom('import_runs').select('id').execute()).length,
        (await t().ctx.db.selectFrom('import_staged_rows').select('run_id').execute()).length,
      ];
      expect(await leftovers()).toEqual([0, 0]);
      const kept = await importSeaTable(operator, { file, mission: null, keepGoodRows: true });
      expect(await leftovers()).toEqual([0, 0]);
      expect(kept).toMatchObject({
        created: 0,
        updated: rows[11]!['Paternity claim'] === 'Yes' ? 0 : 1,
      });
      expect(kept.rejected).toHaveLength(1);
    });
  });

  /** The line a record starts on in the file the test writes: the header, then each record's lines. */
  function lineOf(records: Record<string, string>[], index: number) {
    const breaks = (r: Record<string, string>) =>
      Object.values(r).reduce((n, v) => n + (v.match(/\n/g)?.length ?? 0), 0);
    return 2 + records.slice(0, index).reduce((n, r) => n + 1 + breaks(r), 0);
  }
});
