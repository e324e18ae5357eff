/** Uniformed contributions over time (issue 5, item 10): validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, jsonAnswer, fileAnswer } from '../../server/route-kit.js';
import { csvLine } from '../../tabular/csv-writer.js';
import { ContributionMonth, ContributionQuery, Contributor } from './contribution.schema.js';
import { contributionSeries, listContributors } from './contribution.service.js';
import { StrengthMonth, StrengthQuery } from './mission-strength.schema.js';
import { strengthSeries } from './mission-strength.service.js';

const tags = ['capabilities'];
const series = createRoute({
  method: 'get',
  path: '/api/capabilities/contributions',
  tags,
  summary:
    'Uniformed personnel per month for one contributor or one mission: troops, police, experts, total, women',
  request: { query: ContributionQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(ContributionMonth) }), 'Months'),
    ...errorAnswers,
  },
});
const seriesCsv = createRoute({
  method: 'get',
  path: '/api/capabilities/contributions.csv',
  tags,
  summary: 'The same as CSV: month,troops,police,experts,total,women',
  request: { query: ContributionQuery },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' },
    ...errorAnswers,
  },
});
const contributors = createRoute({
  method: 'get',
  path: '/api/capabilities/contributors',
  tags,
  summary: 'Contributing States with figures',
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Contributor) }), 'Contributors'),
    ...errorAnswers,
  },
});

const strength = createRoute({
  method: 'get',
  path: '/api/capabilities/mission-strength',
  tags,
  summary: "A mission's authorised and deployed uniformed strength per month, and the gap",
  request: { query: StrengthQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(StrengthMonth) }), 'Months'),
    ...errorAnswers,
  },
});

export function contributionRoutes(app: ApiApp): void {
  app.openapi(strength, async (c) =>
    c.json({ items: await strengthSeries(requestContext(c), c.req.valid('query').mission) }, 200),
  );
  app.openapi(contributors, async (c) =>
    c.json({ items: await listContributors(requestContext(c)) }, 200),
  );
  app.openapi(series, async (c) =>
    c.json({ items: await contributionSeries(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(seriesCsv, async (c) => {
    const query = c.req.valid('query');
    const months = await contributionSeries(requestContext(c), query);
    const columns = ['month', 'troops', 'police', 'experts', 'total', 'women'] as const;
    const body = [csvLine([...columns]), ...months.map((m) => csvLine(columns.map((k) => m[k])))];
    const name = (query.contributor ?? query.mission ?? '').toUpperCase();
    return fileAnswer(c, body.join(''), {
      type: 'text/csv; charset=utf-8',
      name: `contributions-${name}.csv`,
    });
  });
}
