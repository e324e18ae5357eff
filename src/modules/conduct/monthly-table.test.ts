/**
 * C5 (¶122): the monthly conduct table from the UN's public table of allegations, on both
 * dialects: the month's and the year's counts by mission and category equal counts made directly
 * from the file; small counts are "<3" and a total with a hidden count in its table is left out;
 * the PDF in English, French and Arabic carries them (read back with poppler's pdftotext).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { describeRealData, readRealData, realDataPath } from '../../../test/support/real-data.js';
import { Agent } from '../../../test/support/http.js';
import { systemActor } from '../../runtime/system-actor.js';
import { importSeaTable } from './sea-table.import.js';

const tableFile = realDataPath('seaTable');
const rows = readRealData(
  'seaTable',
  (f) => parse(fs.readFileSync(f), { columns: true }) as Record<string, string>[],
  [],
);
const shots = path.resolve('test-artifacts');

/** The independent count: "M/YYYY" reported; abuse when any allegation is SA, else exploitation. */
function countFromFile(keep: (month: number, year: number) => boolean) {
  const grid = new Map<string, { sexual_exploitation: number; sexual_abuse: number }>();
  for (const row of rows) {
    const [m, y] = row.Date!.split('/').map(Number);
    if (!keep(m!, y!)) continue;
    const entry = grid.get(row.Mission!) ?? { sexual_exploitation: 0, sexual_abuse: 0 };
    const abuse = row.Allegation!.split('\n').some((a) => a.trim().startsWith('SA'));
    entry[abuse ? 'sexual_abuse' : 'sexual_exploitation'] += 1;
    grid.set(row.Mission!, entry);
  }
  return grid;
}
const cell = (n: number) => (n === 0 ? '–' : n < 3 ? '<3' : n);
const expectedGrid = (grid: ReturnType<typeof countFromFile>) =>
  [...grid.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([mission, c]) => ({
      mission,
      counts: {
        sexual_exploitation: cell(c.sexual_exploitation),
        sexual_abuse: cell(c.sexual_abuse),
      },
      total: cell(c.sexual_exploitation + c.sexual_abuse),
    }));

const pdfText = (pdf: Buffer, name: string) => {
  fs.mkdirSync(shots, { recursive: true });
  const file = path.join(shots, name);
  fs.writeFileSync(file, pdf);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
};

describeRealData('the UN’s table of allegations, month by month', ['seaTable'], () => {
  eachDialect('the monthly conduct table (C5)', (t) => {
    beforeAll(async () => {
      const operator = {
        ...t().ctx,
        requestId: 'test',
        actor: systemActor('importer', 'cli', ['conduct:write', 'conduct:read']),
      };
      await importSeaTable(operator, { file: tableFile, mission: null, keepGoodRows: false });
    });

    it('C5: December 2023 and 2023 to its end, by mission and category, equal the file; hidden counts drop the total', async () => {
      const { monthlyTable } = await import('./monthly-table.service.js');
      const table = await monthlyTable(t().ctx, '2023-12');
      expect(table.receivedInMonth.rows).toEqual(
        expectedGrid(countFromFile((m, y) => y === 2023 && m === 12)),
      );
      expect(table.yearToDate.rows).toEqual(expectedGrid(countFromFile((_, y) => y === 2023)));
      // Some mission has fewer than 3 in December 2023, so the month's totals are left out.
      expect(table.receivedInMonth.rows.some((r) => r.total === '<3')).toBe(true);
      expect(table.receivedInMonth.totals).toBeNull();
    });

    it('C5: the PDF in English, French and Arabic, public, with the counts; a month still to come is refused by name', async () => {
      const anonymous = new Agent(t());
      const grid = expectedGrid(countFromFile((m, y) => y === 2023 && m === 12));
      const biggest = grid.reduce((a, b) => (Number(b.total) > Number(a.total) ? b : a));
      for (const lang of ['en', 'fr', 'ar']) {
        const res = await t().app.request(
          `/api/public/conduct/monthly.pdf?month=2023-12&lang=${lang}`,
        );
        expect(res.status).toBe(200);
        expect(res.headers.get('content-type')).toBe('application/pdf');
        const pdf = Buffer.from(await res.arrayBuffer());
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        if (t().dialect !== 'sqlite') continue; // the same document; read it back once
        const text = pdfText(pdf, `conduct-table-2023-12-${lang}.pdf`);
        const title = {
          en: 'Monthly conduct table',
          fr: 'Tableau mensuel de déontologie',
          ar: 'جدول',
        }[lang]!;
        expect(text).toContain(title);
        // The biggest mission's row, its total on the same line (the row reads right to left in Arabic).
        const rowLine = text.split('\n').find((l) => l.includes(biggest.mission));
        expect(rowLine?.match(/\d+|<3|–/g)).toContain(String(biggest.total));
      }
      const future = await anonymous.get('/api/public/conduct/monthly.pdf?month=2099-01');
      expect(future.status).toBe(400);
      expect(future.body.error.details[0].path).toBe('month');
    });
  });
});
