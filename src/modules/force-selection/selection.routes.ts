/** Force selection (K5) and deployment tracking (K9): validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  DeploymentTimes,
  SelectInput,
  Shortlist,
  ShortlistQuery,
  StepInput,
  StepParams,
  Tracking,
} from './selection.schema.js';
import { selectUnit, shortlist } from './selection.service.js';
import { deploymentTimes, getTracking, listTrackings, recordStep } from './tracking.service.js';

const tags = ['capabilities'];
const list = createRoute({
  method: 'get',
  path: '/api/capabilities/requirements/{id}/selection',
  tags,
  summary:
    'Force selection (K5): the pledges of the capability ranked with points per factor, and every excluded one with the rules that excluded it',
  request: { params: IdParam, query: ShortlistQuery },
  responses: { 200: jsonAnswer(Shortlist, 'Shortlist'), ...errorAnswers },
});
const select = createRoute({
  method: 'post',
  path: '/api/capabilities/requirements/{id}/selection',
  tags,
  summary: 'Select a ranked unit; its deployment tracking starts (K9)',
  request: { params: IdParam, ...jsonBody(SelectInput) },
  responses: { 201: jsonAnswer(Tracking, 'Tracking'), ...errorAnswers },
});
const trackings = createRoute({
  method: 'get',
  path: '/api/capabilities/selections',
  tags,
  summary: 'Selected units and their steps from selection to arrival (K9, ¶76)',
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Tracking) }), 'Trackings'),
    ...errorAnswers,
  },
});
const times = createRoute({
  method: 'get',
  path: '/api/capabilities/selections/times',
  tags,
  summary: 'Where the days go: median days per step and per division across deployments',
  responses: { 200: jsonAnswer(DeploymentTimes, 'Times'), ...errorAnswers },
});
const one = createRoute({
  method: 'get',
  path: '/api/capabilities/selections/{id}',
  tags,
  summary: "One selected unit's deployment tracking",
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Tracking, 'Tracking'), ...errorAnswers },
});
const step = createRoute({
  method: 'put',
  path: '/api/capabilities/selections/{id}/steps/{step}',
  tags,
  summary:
    "Record a step's dates; completing the main body's arrival deploys the unit (K2 caveats freeze; K3, K4 checked)",
  request: { params: StepParams, ...jsonBody(StepInput) },
  responses: { 200: jsonAnswer(Tracking, 'Tracking'), ...errorAnswers },
});

export function selectionRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json(await shortlist(requestContext(c), c.req.valid('param').id, c.req.valid('query')), 200),
  );
  app.openapi(select, async (c) =>
    c.json(await selectUnit(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(trackings, async (c) =>
    c.json({ items: await listTrackings(requestContext(c)) }, 200),
  );
  app.openapi(times, async (c) => c.json(await deploymentTimes(requestContext(c)), 200));
  app.openapi(one, async (c) =>
    c.json(await getTracking(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(step, async (c) => {
    const { id, step: key } = c.req.valid('param');
    return c.json(
      await recordStep(requestContext(c), id, { ...c.req.valid('json'), step: key }),
      200,
    );
  });
}
