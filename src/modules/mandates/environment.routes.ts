/** D7: a mission's sites, their environmental impact assessments, benchmarks and readings. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  AddSiteAssessmentInput,
  AddSiteBenchmarkInput,
  AddSiteInput,
  ReadingInput,
  ReadingParams,
  Site,
  SiteQuery,
  SiteStatusInput,
} from './environment.schema.js';
import {
  addSite,
  addSiteAssessment,
  addSiteBenchmark,
  listSites,
  setReading,
  setSiteStatus,
} from './environment.service.js';

const tags = ['mandates'];
const answer = { 200: jsonAnswer(Site, 'The site'), ...errorAnswers };
const created = { 201: jsonAnswer(Site, 'The site'), ...errorAnswers };

const list = createRoute({
  method: 'get',
  path: '/api/environment/sites',
  tags,
  summary: 'The sites in view with their assessments, benchmarks and readings (D7)',
  request: { query: SiteQuery },
  responses: { 200: jsonAnswer(z.object({ items: z.array(Site) }), 'Sites'), ...errorAnswers },
});
const add = createRoute({
  method: 'post',
  path: '/api/environment/sites',
  tags,
  summary: 'A planned site (D7)',
  request: jsonBody(AddSiteInput),
  responses: created,
});
const assessment = createRoute({
  method: 'post',
  path: '/api/environment/sites/{id}/assessments',
  tags,
  summary: 'An environmental impact assessment of a site (D7)',
  request: { params: IdParam, ...jsonBody(AddSiteAssessmentInput) },
  responses: created,
});
const status = createRoute({
  method: 'post',
  path: '/api/environment/sites/{id}/status',
  tags,
  summary: 'A site opened (after its impact assessment) or closed (D7)',
  request: { params: IdParam, ...jsonBody(SiteStatusInput) },
  responses: answer,
});
const benchmark = createRoute({
  method: 'post',
  path: '/api/environment/sites/{id}/benchmarks',
  tags,
  summary: 'A baseline and monitoring benchmark for water, waste, energy or fuel (D7)',
  request: { params: IdParam, ...jsonBody(AddSiteBenchmarkInput) },
  responses: created,
});
const reading = createRoute({
  method: 'put',
  path: '/api/environment/benchmarks/{id}/readings/{period}',
  tags,
  summary: 'One month’s reading against a benchmark (D7)',
  request: { params: ReadingParams, ...jsonBody(ReadingInput) },
  responses: { 204: { description: 'Stored' }, ...errorAnswers },
});

export function environmentRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listSites(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(add, async (c) => c.json(await addSite(requestContext(c), c.req.valid('json')), 201));
  app.openapi(assessment, async (c) =>
    c.json(
      await addSiteAssessment(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(status, async (c) =>
    c.json(
      await setSiteStatus(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(benchmark, async (c) =>
    c.json(
      await addSiteBenchmark(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(reading, async (c) => {
    const { id, period } = c.req.valid('param');
    await setReading(requestContext(c), { benchmarkId: id, period }, c.req.valid('json').value);
    return c.body(null, 204);
  });
}
