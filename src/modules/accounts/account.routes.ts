/** Users (administrators) and the caller's own API tokens. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody, NoContent } from '../../server/route-kit.js';
import { CreatedToken, CreateTokenInput, TokenList, ApiToken } from './token.schema.js';
import { issueApiToken, listApiTokens, revokeApiToken } from './token.service.js';
import {
  CreateUserInput,
  ResetPasswordInput,
  UpdateUserInput,
  User,
  UserList,
} from './user.schema.js';
import { createUser, getUser, listUsers, resetPassword, updateUser } from './user.service.js';

const users = ['users'];
const tokens = ['tokens'];
const listUsersRoute = createRoute({
  method: 'get',
  path: '/api/users',
  tags: users,
  summary: 'Users in the missions in view',
  responses: { 200: jsonAnswer(UserList, 'Users'), ...errorAnswers },
});
const createUserRoute = createRoute({
  method: 'post',
  path: '/api/users',
  tags: users,
  summary: 'Create a user',
  request: jsonBody(CreateUserInput),
  responses: { 201: jsonAnswer(User, 'Created'), ...errorAnswers },
});
const getUserRoute = createRoute({
  method: 'get',
  path: '/api/users/{id}',
  tags: users,
  summary: 'One user',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(User, 'User'), ...errorAnswers },
});
const updateUserRoute = createRoute({
  method: 'patch',
  path: '/api/users/{id}',
  tags: users,
  summary: 'Change name, status, language or memberships',
  request: { params: IdParam, ...jsonBody(UpdateUserInput) },
  responses: { 200: jsonAnswer(User, 'Updated'), ...errorAnswers },
});
const resetRoute = createRoute({
  method: 'post',
  path: '/api/users/{id}/password',
  tags: users,
  summary: 'Set a new password; unlocks and ends sessions',
  request: { params: IdParam, ...jsonBody(ResetPasswordInput) },
  responses: { 200: NoContent, ...errorAnswers },
});
const listTokensRoute = createRoute({
  method: 'get',
  path: '/api/tokens',
  tags: tokens,
  summary: 'Your API tokens',
  responses: { 200: jsonAnswer(TokenList, 'Tokens'), ...errorAnswers },
});
const createTokenRoute = createRoute({
  method: 'post',
  path: '/api/tokens',
  tags: tokens,
  summary: 'Create an API token (shown once)',
  request: jsonBody(CreateTokenInput),
  responses: { 201: jsonAnswer(CreatedToken, 'Created'), ...errorAnswers },
});
const revokeTokenRoute = createRoute({
  method: 'delete',
  path: '/api/tokens/{id}',
  tags: tokens,
  summary: 'Revoke one of your API tokens',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(ApiToken, 'Revoked'), ...errorAnswers },
});

export function accountRoutes(app: ApiApp): void {
  app.openapi(listUsersRoute, async (c) =>
    c.json({ items: await listUsers(requestContext(c)) }, 200),
  );
  app.openapi(createUserRoute, async (c) =>
    c.json(await createUser(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(getUserRoute, async (c) =>
    c.json(await getUser(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(updateUserRoute, async (c) =>
    c.json(await updateUser(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(resetRoute, async (c) => {
    await resetPassword(requestContext(c), c.req.valid('param').id, c.req.valid('json').password);
    return c.body(null, 200);
  });
  app.openapi(listTokensRoute, async (c) =>
    c.json({ items: await listApiTokens(requestContext(c)) }, 200),
  );
  app.openapi(createTokenRoute, async (c) => {
    const ctx = requestContext(c);
    return c.json(await issueApiToken(ctx, ctx.actor.userId, c.req.valid('json')), 201);
  });
  app.openapi(revokeTokenRoute, async (c) =>
    c.json(await revokeApiToken(requestContext(c), c.req.valid('param').id), 200),
  );
}
