/** Missions: validate → service → respond. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { CreateMissionInput, Mission, MissionList, UpdateMissionInput } from './mission.schema.js';
import { createMission, getMission, listMissions, updateMission } from './mission.service.js';

const tags = ['missions'];
const list = createRoute({
  method: 'get',
  path: '/api/missions',
  tags,
  summary: 'Missions in view',
  responses: { 200: jsonAnswer(MissionList, 'Missions'), ...errorAnswers },
});
const create = createRoute({
  method: 'post',
  path: '/api/missions',
  tags,
  summary: 'Register a mission (headquarters)',
  request: jsonBody(CreateMissionInput),
  responses: { 201: jsonAnswer(Mission, 'Created'), ...errorAnswers },
});
const get = createRoute({
  method: 'get',
  path: '/api/missions/{id}',
  tags,
  summary: 'One mission',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Mission, 'Mission'), ...errorAnswers },
});
const update = createRoute({
  method: 'patch',
  path: '/api/missions/{id}',
  tags,
  summary: 'Change a mission (send the version you read)',
  request: { params: IdParam, ...jsonBody(UpdateMissionInput) },
  responses: { 200: jsonAnswer(Mission, 'Updated'), ...errorAnswers },
});

export function missionRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => c.json({ items: await listMissions(requestContext(c)) }, 200));
  app.openapi(create, async (c) =>
    c.json(await createMission(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(get, async (c) =>
    c.json(await getMission(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateMission(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
