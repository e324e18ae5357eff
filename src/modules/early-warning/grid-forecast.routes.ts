/** A mission's grid forecasts (issue 23): validate → service → respond. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  GridEvaluationAnswer,
  GridForecastMap,
  GridForecastQuery,
  GridForecastRun,
  MissionQuery,
  PublishGridForecastInput,
} from './grid-forecast.schema.js';
import {
  gridForecastEvaluation,
  gridForecastMap,
  publishGridForecastInBackground,
} from './grid-forecast.service.js';

const tags = ['early-warning'];
const base = '/api/early-warning/grid-forecasts';

const map = createRoute({
  method: 'get',
  path: base,
  tags,
  summary:
    'Each mission in view’s latest grid forecast at one horizon: per 0.5° cell, P(an incident) and P(5 or more killed), and why',
  request: { query: GridForecastQuery },
  responses: { 200: jsonAnswer(GridForecastMap, 'Cells'), ...errorAnswers },
});
const publish = createRoute({
  method: 'post',
  path: base,
  tags,
  summary:
    'Forecast a mission’s grid from its incidents every reader sees, 1–6 months ahead; optionally scored against the per-cell baselines',
  request: jsonBody(PublishGridForecastInput),
  responses: { 201: jsonAnswer(GridForecastRun, 'The run'), ...errorAnswers },
});
const evaluation = createRoute({
  method: 'get',
  path: `${base}/evaluation`,
  tags,
  summary:
    'The evaluation published with a mission’s latest grid forecast: the model against persistence, the cell’s and its neighbourhood’s frequency',
  request: { query: MissionQuery },
  responses: { 200: jsonAnswer(GridEvaluationAnswer, 'The evaluation'), ...errorAnswers },
});

export function gridForecastRoutes(app: ApiApp): void {
  app.openapi(map, async (c) =>
    c.json(await gridForecastMap(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(evaluation, async (c) =>
    c.json(await gridForecastEvaluation(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(publish, async (c) =>
    c.json(await publishGridForecastInBackground(requestContext(c), c.req.valid('json')), 201),
  );
}
