/** Assistance to victims (C7), inside the case. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { Assistance, ReferVictimInput, UpdateAssistanceInput } from './assistance.schema.js';
import { listAssistance, referVictim, updateAssistance } from './assistance.service.js';

const tags = ['conduct'];
const list = createRoute({
  method: 'get',
  path: '/api/conduct/cases/{id}/assistance',
  tags,
  summary: "The case's victims' assistance referrals",
  request: { params: IdParam },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Assistance) }), 'Assistance'),
    ...errorAnswers,
  },
});
const refer = createRoute({
  method: 'post',
  path: '/api/conduct/cases/{id}/assistance',
  tags,
  summary:
    'Refer a victim of the case to a provider (medical, psychosocial, legal, livelihood, paternity support)',
  request: { params: IdParam, ...jsonBody(ReferVictimInput) },
  responses: { 201: jsonAnswer(Assistance, 'Referred'), ...errorAnswers },
});
const update = createRoute({
  method: 'patch',
  path: '/api/conduct/assistance/{id}',
  tags,
  summary: 'Record where the assistance stands and its outcome',
  request: { params: IdParam, ...jsonBody(UpdateAssistanceInput) },
  responses: { 200: jsonAnswer(Assistance, 'Updated'), ...errorAnswers },
});

export function assistanceRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listAssistance(requestContext(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(refer, async (c) =>
    c.json(await referVictim(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateAssistance(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
