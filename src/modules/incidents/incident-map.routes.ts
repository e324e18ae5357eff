/**
 * The map page's reads: points or grid cells, the monthly timeline, filter facets and one
 * incident's history. Registered before incident.routes.ts so `/api/incidents/map` is not taken
 * for an incident id.
 */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer } from '../../server/route-kit.js';
import {
  incidentFacets,
  incidentHistory,
  incidentMap,
  incidentTimeline,
} from './incident-map.service.js';
import { incidentSummary } from './incident-summary.service.js';
import {
  IncidentFacets,
  IncidentFilters,
  IncidentHistory,
  IncidentSummary,
  IncidentMap,
  IncidentTimeline,
  MapQuery,
} from './incident.schema.js';

const tags = ['incidents'];
const map = createRoute({
  method: 'get',
  path: '/api/incidents/map',
  tags,
  summary:
    'Incidents for the map: points, or grid cells aggregated in the database when there are many',
  request: { query: MapQuery },
  responses: { 200: jsonAnswer(IncidentMap, 'Points or cells'), ...errorAnswers },
});
const timeline = createRoute({
  method: 'get',
  path: '/api/incidents/timeline',
  tags,
  summary: 'Incidents and killed per month (UTC) for the same filters',
  request: { query: IncidentFilters },
  responses: { 200: jsonAnswer(IncidentTimeline, 'Months'), ...errorAnswers },
});
const summary = createRoute({
  method: 'get',
  path: '/api/incidents/summary',
  tags,
  summary:
    'Incidents and killed in total, by category, by admin area, per month and per 0.5° cell for the same filters, discarded reports left out; incidents in compartments the reader does not hold counted once ("<3" when 1 or 2)',
  request: { query: IncidentFilters },
  responses: { 200: jsonAnswer(IncidentSummary, 'Summary'), ...errorAnswers },
});
const facets = createRoute({
  method: 'get',
  path: '/api/incidents/facets',
  tags,
  summary: 'Values to filter by (admin areas of the incidents in view)',
  responses: { 200: jsonAnswer(IncidentFacets, 'Facets'), ...errorAnswers },
});
const history = createRoute({
  method: 'get',
  path: '/api/incidents/{id}/history',
  tags,
  summary: "One incident's audit history, oldest first",
  request: { params: IdParam },
  responses: { 200: jsonAnswer(IncidentHistory, 'History'), ...errorAnswers },
});

export function incidentMapRoutes(app: ApiApp): void {
  app.openapi(map, async (c) =>
    c.json(await incidentMap(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(timeline, async (c) =>
    c.json(await incidentTimeline(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(summary, async (c) =>
    c.json(await incidentSummary(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(facets, async (c) => c.json(await incidentFacets(requestContext(c)), 200));
  app.openapi(history, async (c) =>
    c.json(await incidentHistory(requestContext(c), c.req.valid('param').id), 200),
  );
}
