/** M4: public statistics of fatalities in peace operations (no sign-in: the UN publishes them). */
import { createRoute, z } from '@hono/zod-openapi';
import type { ApiApp } from '../../server/env.js';
import { errorAnswers, fileAnswer, jsonAnswer } from '../../server/route-kit.js';
import { csvLine } from '../../tabular/csv-writer.js';
import { FatalityStatistics, FatalityStatisticsQuery } from './fatality.schema.js';
import { fatalityStatistics } from './fatality-statistics.service.js';

const tags = ['medical (public)'];
const { 400: badRequest, 500: failed } = errorAnswers;

const statistics = createRoute({
  method: 'get',
  path: '/api/public/medical/fatalities/statistics',
  tags,
  summary: 'Fatalities by year, mission, nationality, personnel type or type of incident (public)',
  request: { query: FatalityStatisticsQuery },
  responses: { 200: jsonAnswer(FatalityStatistics, 'Counts'), 400: badRequest, 500: failed },
});
const statisticsCsv = createRoute({
  method: 'get',
  path: '/api/public/medical/fatalities/statistics.csv',
  tags,
  summary: 'The same counts as CSV: one row per group, the count in `fatalities`',
  request: { query: FatalityStatisticsQuery },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' },
    400: badRequest,
    500: failed,
  },
});

export function fatalityRoutes(app: ApiApp): void {
  app.openapi(statistics, async (c) =>
    c.json(await fatalityStatistics(c.get('app'), c.req.valid('query').by), 200),
  );
  app.openapi(statisticsCsv, async (c) => {
    const { by } = c.req.valid('query');
    const { rows } = await fatalityStatistics(c.get('app'), by);
    const body = [
      csvLine([...by, 'fatalities']),
      ...rows.map((r) => csvLine([...by.map((g) => r.group[g]!), r.fatalities])),
    ].join('');
    return fileAnswer(c, body, {
      type: 'text/csv; charset=utf-8',
      name: `fatalities-by-${by.join('-')}.csv`,
    });
  });
}
