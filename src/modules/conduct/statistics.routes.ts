/** Public statistics of allegations (C5): no sign-in; small counts written "<3". */
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiApp } from '../../server/env.js';
import { renderPdf } from '../../server/pdf.js';
import { errorAnswers, jsonAnswer, fileAnswer } from '../../server/route-kit.js';
import { csvLine } from '../../tabular/csv-writer.js';
import { InvestigationsAnswer, StatisticsAnswer, StatisticsQuery } from './case.schema.js';
import {
  allegationStatistics,
  investigationStatistics,
  sixMonthsDays,
} from './statistics.service.js';
import { monthlyTableDocument } from './monthly-table.layout.js';
import { tableLanguages } from './monthly-table.messages.js';
import { monthlyTable } from './monthly-table.service.js';

const tags = ['conduct (public)'];
const csvAnswer = { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' };
const { 400: badRequest, 500: failed } = errorAnswers;

const statistics = createRoute({
  method: 'get',
  path: '/api/public/conduct/statistics',
  tags,
  summary:
    'Allegations by year, quarter, mission, nationality, category or personnel, over the months that have ended (public)',
  request: { query: StatisticsQuery },
  responses: { 200: jsonAnswer(StatisticsAnswer, 'Counts'), 400: badRequest, 500: failed },
});
const statisticsCsv = createRoute({
  method: 'get',
  path: '/api/public/conduct/statistics.csv',
  tags,
  summary: 'The same counts as CSV: one row per group, then `allegations`',
  request: { query: StatisticsQuery },
  responses: { 200: csvAnswer, 400: badRequest, 500: failed },
});
const investigations = createRoute({
  method: 'get',
  path: '/api/public/conduct/investigations',
  tags,
  summary: 'Investigations by entity: completed, within six months, pending (public)',
  responses: { 200: jsonAnswer(InvestigationsAnswer, 'Counts'), 500: failed },
});
const investigationsCsv = createRoute({
  method: 'get',
  path: '/api/public/conduct/investigations.csv',
  tags,
  summary: 'The same as CSV',
  responses: { 200: csvAnswer, 500: failed },
});

const monthly = createRoute({
  method: 'get',
  path: '/api/public/conduct/monthly.pdf',
  tags,
  summary:
    'The monthly conduct table as PDF (public): allegations of the month and of the year to date by mission, category, nationality and personnel, and investigations; in English, French or Arabic',
  request: {
    query: z.object({
      month: z.string().openapi({ example: '2024-07', description: 'YYYY-MM, past or current' }),
      lang: z.enum(tableLanguages).default('en'),
    }),
  },
  responses: {
    200: { content: { 'application/pdf': { schema: z.string() } }, description: 'PDF' },
    400: badRequest,
    500: failed,
  },
});

const csv = (head: string[], rows: (string | number | null)[][]) =>
  [csvLine(head), ...rows.map((r) => csvLine(r))].join('');

export function statisticsRoutes(app: ApiApp): void {
  app.openapi(monthly, async (c) => {
    const { month, lang } = c.req.valid('query');
    const ctx = c.get('app');
    const table = await monthlyTable(ctx, month);
    const pdf = await renderPdf(
      monthlyTableDocument(table, { language: lang, producedAt: ctx.clock.now() }),
    );
    return fileAnswer(c, new Uint8Array(pdf), {
      type: 'application/pdf',
      name: `conduct-table-${month}-${lang}.pdf`,
      disposition: 'inline',
    });
  });
  app.openapi(statistics, async (c) => {
    const { by } = c.req.valid('query');
    return c.json({ by, ...(await allegationStatistics(c.get('app'), by)) }, 200);
  });
  app.openapi(statisticsCsv, async (c) => {
    const { by } = c.req.valid('query');
    const { rows } = await allegationStatistics(c.get('app'), by);
    const body = csv(
      [...by, 'allegations'],
      rows.map((r) => [...by.map((d) => r.group[d] ?? ''), r.allegations]),
    );
    return fileAnswer(c, body, {
      type: 'text/csv; charset=utf-8',
      name: `allegations-by-${by.join('-')}.csv`,
    });
  });
  app.openapi(investigations, async (c) =>
    c.json({ sixMonthsDays, rows: await investigationStatistics(c.get('app')) }, 200),
  );
  app.openapi(investigationsCsv, async (c) => {
    const rows = await investigationStatistics(c.get('app'));
    const body = csv(
      ['entity', 'completed', 'within_six_months', 'share_within_six_months', 'pending'],
      rows.map((r) => [
        r.entity,
        r.completed,
        r.withinSixMonths,
        r.shareWithinSixMonths,
        r.pending,
      ]),
    );
    return fileAnswer(c, body, {
      type: 'text/csv; charset=utf-8',
      name: 'investigations-by-entity.csv',
    });
  });
}
