/** E1's published forecasts: validate → service → respond. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, jsonAnswer } from '../../server/route-kit.js';
import {
  CountryForecastDetail,
  EvaluationAnswer,
  ForecastMap,
  ForecastMapQuery,
  Iso3Param,
} from './forecast.schema.js';
import { countryForecast, forecastEvaluation, forecastMap } from './forecast.service.js';

const tags = ['early-warning'];
const base = '/api/early-warning/forecasts';

const map = createRoute({
  method: 'get',
  path: base,
  tags,
  summary:
    'The latest published forecasts: every country’s probability of ≥1 and ≥25 state-based fatalities, one horizon (E1)',
  request: { query: ForecastMapQuery },
  responses: { 200: jsonAnswer(ForecastMap, 'Forecasts'), ...errorAnswers },
});
const country = createRoute({
  method: 'get',
  path: `${base}/countries/{iso3}`,
  tags,
  summary: 'A country’s monthly state-based fatalities up to the origin and its 13 forecasts',
  request: { params: Iso3Param },
  responses: { 200: jsonAnswer(CountryForecastDetail, 'The country'), ...errorAnswers },
});
const evaluation = createRoute({
  method: 'get',
  path: `${base}/evaluation`,
  tags,
  summary:
    'The rolling-origin evaluation published with the latest run: Brier, ROC AUC, PR AUC and calibration per horizon, against the baselines',
  responses: { 200: jsonAnswer(EvaluationAnswer, 'The evaluation'), ...errorAnswers },
});

export function forecastRoutes(app: ApiApp): void {
  app.openapi(map, async (c) =>
    c.json(await forecastMap(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(evaluation, async (c) => c.json(await forecastEvaluation(requestContext(c)), 200));
  app.openapi(country, async (c) =>
    c.json(await countryForecast(requestContext(c), c.req.valid('param').iso3), 200),
  );
}
