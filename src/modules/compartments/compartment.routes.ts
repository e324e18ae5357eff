/** Compartments (need-to-know groups) and their members. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  AddMemberInput,
  Compartment,
  CompartmentList,
  CreateCompartmentInput,
} from './compartment.schema.js';
import {
  addCompartmentMember,
  createCompartment,
  getCompartment,
  listCompartments,
  removeCompartmentMember,
} from './compartment.service.js';

const tags = ['compartments'];
const MemberParams = IdParam.extend({
  userId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'userId', in: 'path' } }),
});
const list = createRoute({
  method: 'get',
  path: '/api/compartments',
  tags,
  summary: 'Compartments you belong to',
  responses: { 200: jsonAnswer(CompartmentList, 'Compartments'), ...errorAnswers },
});
const create = createRoute({
  method: 'post',
  path: '/api/compartments',
  tags,
  summary: 'Create a compartment (you become its first member)',
  request: jsonBody(CreateCompartmentInput),
  responses: { 201: jsonAnswer(Compartment, 'Created'), ...errorAnswers },
});
const get = createRoute({
  method: 'get',
  path: '/api/compartments/{id}',
  tags,
  summary: 'One compartment you belong to',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Compartment, 'Compartment'), ...errorAnswers },
});
const add = createRoute({
  method: 'post',
  path: '/api/compartments/{id}/members',
  tags,
  summary: 'Add a member',
  request: { params: IdParam, ...jsonBody(AddMemberInput) },
  responses: { 200: jsonAnswer(Compartment, 'Updated'), ...errorAnswers },
});
const remove = createRoute({
  method: 'delete',
  path: '/api/compartments/{id}/members/{userId}',
  tags,
  summary: 'Remove a member',
  request: { params: MemberParams },
  responses: { 200: jsonAnswer(Compartment, 'Updated'), ...errorAnswers },
});

export function compartmentRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => c.json({ items: await listCompartments(requestContext(c)) }, 200));
  app.openapi(create, async (c) =>
    c.json(await createCompartment(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(get, async (c) =>
    c.json(await getCompartment(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(add, async (c) =>
    c.json(
      await addCompartmentMember(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json').userId,
      ),
      200,
    ),
  );
  app.openapi(remove, async (c) => {
    const { id, userId } = c.req.valid('param');
    return c.json(await removeCompartmentMember(requestContext(c), id, userId), 200);
  });
}
