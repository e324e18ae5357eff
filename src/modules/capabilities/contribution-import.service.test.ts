/**
 * Issue 5, item 10: the real monthly contributions (IPI gender layout, 2009-11 to 2014-08, 43,255
 * rows, gzipped) imported on both dialects; per contributor and per mission, month by month, the
 * CSV equals sums made directly from the file by this test's own reading of it. Re-import changes
 * nothing; a bad cell is rejected by line and column and nothing is written unless asked.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { describeRealData, readRealData, realDataPath } from '../../../test/support/real-data.js';
import { seedWorld, hqForceGenerationOfficer } from '../../../test/support/fixtures.js';
import { type Agent } from '../../../test/support/http.js';
import { systemActor } from '../../core/system-actor.js';
import type { RequestContext } from '../../db/context.js';
import { ContributionImportRejected, importContributions } from './contribution-import.service.js';

const file = realDataPath('contributions');
const raw = readRealData('contributions', (f) => gunzipSync(fs.readFileSync(f)), Buffer.alloc(0));
const rows = parse(raw, { columns: true }) as Record<string, string>[];

// --- the independent count, straight from the cells ---
const n = (cell: string | undefined) => (cell === undefined || cell === 'NA' ? 0 : Number(cell));
const plain = (cell: string) => cell.replace(/'$/, '');
function expectedCsv(keep: (row: Record<string, string>) => boolean): string {
  const months = new Map<string, number[]>();
  const counted = new Set<string>();
  for (const row of rows) {
    if (plain(row.Contributor!) === 'all' || plain(row.Mission!) === 'all' || !keep(row)) continue;
    const key = [row['Contributor_ISO-3'], row.Mission, row.Date].map((c) => plain(c!)).join('|');
    if (counted.has(key)) continue; // a repeated row of the source, counted once
    counted.add(key);
    const month = row.Date!.slice(0, 7);
    const [troops, police, experts, total, women] = months.get(month) ?? [0, 0, 0, 0, 0];
    months.set(month, [
      troops! + n(row.Troops_Total),
      police! + n(row.Individual_Police_Total) + n(row.Formed_Police_Units_Total),
      experts! + n(row.Experts_on_Mission_Total),
      total! + n(row.Total_Total),
      women! + n(row.Total_Female),
    ]);
  }
  return [
    'month,troops,police,experts,total,women',
    ...[...months.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => [k, ...v].join(',')),
  ]
    .map((l) => `${l}\r\n`)
    .join('');
}

describeRealData('the real monthly contributions (IPI)', ['contributions'], () => {
  eachDialect('monthly contributions (issue 5)', (t) => {
    let operator: RequestContext;
    let officer: Agent;
    beforeAll(async () => {
      await seedWorld(t());
      operator = {
        ...t().ctx,
        requestId: 'test',
        actor: systemActor('importer', 'cli', ['capabilities:write', 'capabilities:read']),
      };
      officer = await hqForceGenerationOfficer(t());
    });

    it('imports every row of the real file; subtotals checked, not stored; a second import changes nothing', async () => {
      const report = await importContributions(operator, { file, keepGoodRows: false });
      const details = rows.filter(
        (r) => plain(r.Contributor!) !== 'all' && plain(r.Mission!) !== 'all',
      );
      // The source repeats some months' rows word for word: one stored, the repeats counted.
      const keys = new Set(
        details.map((r) =>
          [r['Contributor_ISO-3'], r.Mission, r.Date].map((c) => plain(c!)).join('|'),
        ),
      );
      expect(report).toMatchObject({
        total: rows.length,
        created: keys.size,
        duplicates: details.length - keys.size,
        rejected: [],
        subtotals: rows.length - details.length,
        committed: true,
      });
      expect(report.cleaned).toBeGreaterThan(0); // "MINUSMA'" and the like
      expect(report.contributors).toBe(
        new Set(details.map((r) => plain(r['Contributor_ISO-3']!))).size,
      );
      expect(report.missions).toEqual([...new Set(details.map((r) => plain(r.Mission!)))].sort());
      for (const i of report.inconsistent)
        expect(i.reason).toMatch(/subtotal is \d+; the rows it covers add up to \d+/);
      const again = await importContributions(operator, { file, keepGoodRows: false });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: keys.size });
    });

    it.each(['RWA', 'BGD', 'URY', 'NOR'])(
      'the CSV of %s equals the sums made from the file, month by month',
      async (iso3) => {
        const answer = await officer.get(`/api/capabilities/contributions.csv?contributor=${iso3}`);
        expect(answer.status).toBe(200);
        expect(answer.body).toBe(expectedCsv((r) => plain(r['Contributor_ISO-3']!) === iso3));
      },
    );

    it('per mission too (UNMISS), with the share of women as JSON', async () => {
      const csv = await officer.get('/api/capabilities/contributions.csv?mission=UNMISS');
      expect(csv.body).toBe(expectedCsv((r) => plain(r.Mission!) === 'UNMISS'));
      const json = await officer.get('/api/capabilities/contributions?mission=UNMISS');
      const last = json.body.items.at(-1);
      expect(last.shareOfWomen).toBeCloseTo(last.women / last.total, 4);
      const neither = await officer.get('/api/capabilities/contributions');
      expect(neither.status).toBe(400);
    });

    it('a bad cell is rejected by line and column, nothing written; --keep-good-rows imports the rest', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'contrib-'));
      const lines = raw.toString('utf8').split(/\r?\n/).slice(0, 4);
      lines.push('2015-01-31,Rwanda,RWA,UNMISS,NA,NA,NA,NA,NA,NA,NA,NA,NA,many,0,5,5,0,5');
      lines.push('2015-01-31,Rwanda,RWA,ATLANTIS,NA,NA,NA,NA,NA,NA,NA,NA,NA,5,0,5,5,0,5');
      lines.push('2015-01-31,Rwanda,RWA,UNMISS,NA,NA,NA,NA,NA,NA,NA,NA,NA,7,1,8,7,1,8');
      const bad = path.join(dir, 'bad.csv');
      fs.writeFileSync(bad, `${lines.join('\n')}\n`);
      const refused = await importContributions(operator, { file: bad, keepGoodRows: false }).catch(
        (e: unknown) => e,
      );
      expect(refused).toBeInstanceOf(ContributionImportRejected);
      expect((refused as ContributionImportRejected).report.rejected).toEqual([
        { line: 5, column: 'Troops_Male', reason: '"many" is not a whole number or NA' },
        expect.objectContaining({ line: 6, column: 'Mission' }),
      ]);
      const before = await officer.get('/api/capabilities/contributions?contributor=RWA');
      expect(before.body.items.some((m: { month: string }) => m.month === '2015-01')).toBe(false);
      const kept = await importContributions(operator, { file: bad, keepGoodRows: true });
      expect(kept.created).toBe(1);
      const after = await officer.get('/api/capabilities/contributions?contributor=RWA');
      expect(after.body.items.at(-1)).toMatchObject({ month: '2015-01', troops: 8, women: 1 });
    });
  });
});
