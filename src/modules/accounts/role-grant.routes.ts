/** F2: roles awaiting a second administrator, and the decision on one. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { decideRoleGrant, listRoleGrants } from './role-grant.service.js';
import { RoleGrantDecision, RoleGrantList, User } from './user.schema.js';

const tags = ['users'];
const listRoute = createRoute({
  method: 'get',
  path: '/api/role-grants',
  tags,
  summary:
    'Roles that reach tier-1 data awaiting a second administrator, in missions you administer',
  responses: { 200: jsonAnswer(RoleGrantList, 'Pending role grants'), ...errorAnswers },
});
const decideRoute = createRoute({
  method: 'post',
  path: '/api/role-grants/{id}/decision',
  tags,
  summary: 'Approve or refuse a role asked for by another administrator',
  request: { params: IdParam, ...jsonBody(RoleGrantDecision) },
  responses: { 200: jsonAnswer(User, 'The user, with the role granted or not'), ...errorAnswers },
});

export function roleGrantRoutes(app: ApiApp): void {
  app.openapi(listRoute, async (c) =>
    c.json({ items: await listRoleGrants(requestContext(c)) }, 200),
  );
  app.openapi(decideRoute, async (c) =>
    c.json(
      await decideRoleGrant(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
