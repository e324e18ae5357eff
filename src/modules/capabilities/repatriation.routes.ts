/** Units' repatriations and K4 flags (issue 16; ¶98, ¶120, ¶127): validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  CompleteRepatriationInput,
  DecideFlagInput,
  RepatriationQuery,
  UnitRepatriation,
} from './repatriation.schema.js';
import { completeRepatriation, decideUnitFlag, listRepatriations } from './repatriation.service.js';

const tags = ['capabilities'];
const list = createRoute({
  method: 'get',
  path: '/api/capabilities/repatriations',
  tags,
  summary:
    'Deployed units flagged for a decision (K4), ordered home (C3, K8, K4) or repatriated, in the missions in view',
  request: { query: RepatriationQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(UnitRepatriation) }), 'Repatriations'),
    ...errorAnswers,
  },
});
const decide = createRoute({
  method: 'post',
  path: '/api/capabilities/repatriations/{id}/decision',
  tags,
  summary: "Headquarters' decision on a unit flagged under K4: repatriate or retain (¶127)",
  request: { params: IdParam, ...jsonBody(DecideFlagInput) },
  responses: { 200: jsonAnswer(UnitRepatriation, 'Decided'), ...errorAnswers },
});
const complete = createRoute({
  method: 'post',
  path: '/api/capabilities/repatriations/{id}/completion',
  tags,
  summary: 'The unit has left its mission: it is no longer deployed',
  request: { params: IdParam, ...jsonBody(CompleteRepatriationInput) },
  responses: { 200: jsonAnswer(UnitRepatriation, 'Completed'), ...errorAnswers },
});

export function repatriationRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listRepatriations(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(decide, async (c) =>
    c.json(
      await decideUnitFlag(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(complete, async (c) =>
    c.json(
      await completeRepatriation(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
