/** Incidents and their follow-ups: validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { exportIncidentsGeoJson, exportIncidentsHxlCsv } from './incident-export.service.js';
import { requestContext, type ApiApp } from '../../server/env.js';
import {
  errorAnswers,
  fileAnswer,
  IdParam,
  jsonAnswer,
  jsonBody,
  utf8,
} from '../../server/route-kit.js';
import { incidentAnswer } from './incident-kept.service.js';
import { FollowUp, FollowUpList, UpdateFollowUpInput } from './follow-up.schema.js';
import { listOpenFollowUps, reviewFollowUp } from './follow-up.service.js';
import {
  ChangeStatusInput,
  CreateIncidentInput,
  Incident,
  IncidentPage,
  IncidentQuery,
  UpdateIncidentInput,
} from './incident.schema.js';
import {
  changeIncidentStatus,
  listIncidents,
  recordIncident,
  reviseIncident,
} from './incident.service.js';

const tags = ['incidents'];
const list = createRoute({
  method: 'get',
  path: '/api/incidents',
  tags,
  summary: 'Incidents in view, newest first',
  request: { query: IncidentQuery },
  responses: { 200: jsonAnswer(IncidentPage, 'Incidents'), ...errorAnswers },
});
const create = createRoute({
  method: 'post',
  path: '/api/incidents',
  tags,
  summary: 'Record an incident (status: reported)',
  request: jsonBody(CreateIncidentInput),
  responses: { 201: jsonAnswer(Incident, 'Recorded'), ...errorAnswers },
});
const get = createRoute({
  method: 'get',
  path: '/api/incidents/{id}',
  tags,
  summary: 'One incident',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Incident, 'Incident'), ...errorAnswers },
});
const update = createRoute({
  method: 'patch',
  path: '/api/incidents/{id}',
  tags,
  summary: 'Correct an open incident (send the version you read)',
  request: { params: IdParam, ...jsonBody(UpdateIncidentInput) },
  responses: { 200: jsonAnswer(Incident, 'Updated'), ...errorAnswers },
});
const status = createRoute({
  method: 'post',
  path: '/api/incidents/{id}/status',
  tags,
  summary: 'Verify, close, discard, reopen or restore',
  request: { params: IdParam, ...jsonBody(ChangeStatusInput) },
  responses: { 200: jsonAnswer(Incident, 'Changed'), ...errorAnswers },
});
const ExportQuery = IncidentQuery.omit({ cursor: true, limit: true });
const geojson = createRoute({
  method: 'get',
  path: '/api/exports/incidents.geojson',
  tags,
  summary:
    'Incidents in view as GeoJSON (RFC 7946); records in sensitive compartments are never exported',
  request: { query: ExportQuery },
  responses: {
    200: {
      content: {
        'application/geo+json': {
          schema: z.object({
            type: z.literal('FeatureCollection'),
            features: z.array(z.unknown()),
          }),
        },
      },
      description: 'FeatureCollection',
    },
    ...errorAnswers,
  },
});
const hxlCsv = createRoute({
  method: 'get',
  path: '/api/exports/incidents.csv',
  tags,
  summary:
    'Incidents in view as CSV with an HXL hashtag row; sensitive compartments never exported',
  request: { query: ExportQuery },
  responses: {
    200: {
      content: { 'text/csv': { schema: z.string() } },
      description: 'CSV, header row then HXL row',
    },
    ...errorAnswers,
  },
});
const followUps = createRoute({
  method: 'get',
  path: '/api/follow-ups',
  tags,
  summary: 'Open follow-ups with the host Government (I1)',
  responses: { 200: jsonAnswer(FollowUpList, 'Open follow-ups'), ...errorAnswers },
});
const review = createRoute({
  method: 'patch',
  path: '/api/follow-ups/{id}',
  tags,
  summary: 'Record a review; an outcome closes the follow-up',
  request: { params: IdParam, ...jsonBody(UpdateFollowUpInput) },
  responses: { 200: jsonAnswer(FollowUp, 'Updated'), ...errorAnswers },
});

export function incidentRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json(await listIncidents(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(create, async (c) =>
    c.json(await recordIncident(requestContext(c), c.req.valid('json')), 201),
  );
  // The answer's bytes are kept with the record until it changes (incident-kept.service.ts).
  app.openapi(get, async (c) =>
    fileAnswer(
      c,
      await incidentAnswer(requestContext(c), c.req.valid('param').id, (incident) =>
        utf8(JSON.stringify(incident)),
      ),
      { type: 'application/json' },
    ),
  );
  app.openapi(update, async (c) =>
    c.json(
      await reviseIncident(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(status, async (c) =>
    c.json(
      await changeIncidentStatus(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(geojson, async (c) => {
    const collection = await exportIncidentsGeoJson(requestContext(c), c.req.valid('query'));
    return fileAnswer(c, JSON.stringify(collection), {
      type: 'application/geo+json',
      name: 'incidents.geojson',
    });
  });
  app.openapi(hxlCsv, async (c) => {
    const csv = await exportIncidentsHxlCsv(requestContext(c), c.req.valid('query'));
    return fileAnswer(c, csv, { type: 'text/csv; charset=utf-8', name: 'incidents.csv' });
  });
  app.openapi(followUps, async (c) =>
    c.json({ items: await listOpenFollowUps(requestContext(c)) }, 200),
  );
  app.openapi(review, async (c) =>
    c.json(
      await reviewFollowUp(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
