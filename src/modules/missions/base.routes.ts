/** A mission's bases: validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { Base, CreateBaseInput } from './base.schema.js';
import { addBases, allBasesInView, listBases } from './base.service.js';

const tags = ['missions'];
const list = createRoute({
  method: 'get',
  path: '/api/missions/{id}/bases',
  tags,
  summary: 'The mission’s bases',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(z.object({ items: z.array(Base) }), 'Bases'), ...errorAnswers },
});
const add = createRoute({
  method: 'post',
  path: '/api/missions/{id}/bases',
  tags,
  summary: 'Record a base (headquarters, or the mission’s analysts)',
  request: { params: IdParam, ...jsonBody(CreateBaseInput) },
  responses: { 201: jsonAnswer(Base, 'Recorded'), ...errorAnswers },
});

const inView = createRoute({
  method: 'get',
  path: '/api/bases',
  tags,
  summary: 'The bases of every mission in view',
  responses: { 200: jsonAnswer(z.object({ items: z.array(Base) }), 'Bases'), ...errorAnswers },
});

export function baseRoutes(app: ApiApp): void {
  app.openapi(inView, async (c) => c.json({ items: await allBasesInView(requestContext(c)) }, 200));
  app.openapi(list, async (c) =>
    c.json({ items: await listBases(requestContext(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(add, async (c) => {
    const [base] = await addBases(requestContext(c), c.req.valid('param').id, {
      bases: [c.req.valid('json')],
      source: 'manual',
    });
    return c.json(base!, 201);
  });
}
