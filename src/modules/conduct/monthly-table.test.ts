/**
 * C5 (¶122): the monthly conduct table from the UN's public table of allegations, on both
 * dialects: the month's counts by mission and category equal counts made directly from the file
 * wherever they are shown; missions with fewer than 3 in the month are counted together; small
 * counts are "<3" and others withheld where they would give one away (the joint publication,
 * statistics.publication.test.ts); the PDF in English, French and Arabic carries them (read back
 * with poppler's pdftotext).
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, expect, it } from 'vitest';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { describeRealData, readRealData, realDataPath } from '../../../test/support/real-data.js';
import { Agent } from '../../../test/support/http.js';
import { systemActor } from '../../core/system-actor.js';
import { importSeaTable } from './sea-table-import.service.js';

const tableFile = realDataPath('seaTable');
const rows = readRealData(
  'seaTable',
  (f) => parse(fs.readFileSync(f), { columns: true }) as Record<string, string>[],
  [],
);
const shots = path.resolve('test-artifacts');

/** The independent count of one month: "M/YYYY" reported; abuse when any allegation is SA. */
function countFromFile(month: number, year: number) {
  const missions = new Map<string, number>();
  const categories = { sexual_exploitation: 0, sexual_abuse: 0 };
  for (const row of rows) {
    const [m, y] = row.Date!.split('/').map(Number);
    if (m !== month || y !== year) continue;
    missions.set(row.Mission!, (missions.get(row.Mission!) ?? 0) + 1);
    const abuse = row.Allegation!.split('\n').some((a) => a.trim().startsWith('SA'));
    categories[abuse ? 'sexual_abuse' : 'sexual_exploitation'] += 1;
  }
  return { missions, categories, total: categories.sexual_abuse + categories.sexual_exploitation };
}
/** A published count agrees with the true one: exact when shown, 1–2 when "<3". */
const agrees = (shown: number | string, n: number) =>
  shown === 'withheld' || (shown === '<3' ? n >= 1 && n <= 2 : shown === n);

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

    it('C5: December 2023 by mission and category agrees with the file; missions under 3 are counted together', async () => {
      const { monthlyTable } = await import('./monthly-table.service.js');
      const table = await monthlyTable(t().ctx, '2023-12');
      const truth = countFromFile(12, 2023);
      const named = [...truth.missions].filter(([, n]) => n >= 3);
      const others = [...truth.missions].filter(([, n]) => n < 3).reduce((a, [, n]) => a + n, 0);
      expect(table.byMission.map((r) => r.value)).toEqual([
        ...named.map(([m]) => m).sort(),
        ...(others > 0 ? ['*'] : []),
      ]);
      for (const r of table.byMission)
        expect(agrees(r.allegations, r.value === '*' ? others : truth.missions.get(r.value)!)).toBe(
          true,
        );
      for (const r of table.byCategory)
        expect(agrees(r.allegations, truth.categories[r.value as 'sexual_abuse'])).toBe(true);
      expect(agrees(table.total, truth.total)).toBe(true);
      // Something is shown: the month's biggest mission, MONUSCO's 14.
      expect(table.byMission).toContainEqual({ value: 'MONUSCO', allegations: 14 });
    });

    it('C5: the PDF in English, French and Arabic, public, with the counts; a month still to come is refused by name', async () => {
      const anonymous = new Agent(t());
      const biggest = { mission: 'MONUSCO', total: 14 };
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
