/** M2: CASEVAC / MEDEVAC requests, their steps and their clocks. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  Evacuation,
  EvacuationQuery,
  EvacuationStepInput,
  RequestedEvacuation,
  RequestEvacuationInput,
} from './evacuation.schema.js';
import {
  advanceEvacuation,
  getEvacuation,
  listEvacuations,
  requestEvacuation,
} from './evacuation.service.js';

const tags = ['medical'];
const list = createRoute({
  method: 'get',
  path: '/api/medical/evacuations',
  tags,
  summary: 'Evacuation requests in view with their clocks: open ones, the most pressing first',
  request: { query: EvacuationQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Evacuation) }), 'Requests'),
    ...errorAnswers,
  },
});
const request = createRoute({
  method: 'post',
  path: '/api/medical/evacuations',
  tags,
  summary: 'Send a CASEVAC / MEDEVAC request (M2); answers with the plan M3 would make now',
  request: jsonBody(RequestEvacuationInput),
  responses: { 201: jsonAnswer(RequestedEvacuation, 'Requested'), ...errorAnswers },
});
const one = createRoute({
  method: 'get',
  path: '/api/medical/evacuations/{id}',
  tags,
  summary: 'One evacuation request with its steps and clock',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Evacuation, 'Request'), ...errorAnswers },
});
const step = createRoute({
  method: 'post',
  path: '/api/medical/evacuations/{id}/steps',
  tags,
  summary:
    'The next step: tasked (aircraft, crew, facility), airborne, at the patient, at the facility, or refused / aborted with the reason (send the version you read)',
  request: { params: IdParam, ...jsonBody(EvacuationStepInput) },
  responses: { 200: jsonAnswer(Evacuation, 'Updated'), ...errorAnswers },
});

export function evacuationRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listEvacuations(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(request, async (c) =>
    c.json(await requestEvacuation(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(one, async (c) =>
    c.json(await getEvacuation(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(step, async (c) =>
    c.json(
      await advanceEvacuation(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
