/** P1, P2, P5, P6 over HTTP: recruitments and their pipeline, national staffing, SEA training. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { recruitmentPipeline } from './pipeline.service.js';
import {
  CivilianSeaTrainingInput,
  CreateRecruitmentInput,
  Pipeline,
  PipelineQuery,
  RecordStepInput,
  Recruitment,
  RecruitmentQuery,
  WithdrawInput,
} from './recruitment.schema.js';
import {
  createRecruitment,
  listRecruitments,
  recordCivilianSeaTraining,
  recordStep,
  withdrawRecruitment,
} from './recruitment.service.js';
import {
  MissionQuery,
  SeaTrainingGaps,
  Staffing,
  StaffingCountInput,
  StaffingPlanInput,
} from './staffing.schema.js';
import {
  nationalStaffing,
  recordStaffingCount,
  recordStaffingPlan,
  seaTrainingGaps,
} from './staffing.service.js';

const tags = ['personnel'];
const one = { 200: jsonAnswer(Recruitment, 'The recruitment'), ...errorAnswers };
const staffingAnswer = { 200: jsonAnswer(Staffing, 'The staffing'), ...errorAnswers };

const list = createRoute({
  method: 'get',
  path: '/api/personnel/recruitments',
  tags,
  summary: 'Civilian recruitments in view with their steps and days (P1); names only to HR',
  request: { query: RecruitmentQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Recruitment) }), 'Recruitments'),
    ...errorAnswers,
  },
});
const open = createRoute({
  method: 'post',
  path: '/api/personnel/recruitments',
  tags,
  summary: 'A recruitment opened; fast-track only under the start-up and crisis measures (P1, P2)',
  request: jsonBody(CreateRecruitmentInput),
  responses: { 201: jsonAnswer(Recruitment, 'The recruitment'), ...errorAnswers },
});
const step = createRoute({
  method: 'post',
  path: '/api/personnel/recruitments/{id}/steps',
  tags,
  summary: 'The next step done, dated in order (P1)',
  request: { params: IdParam, ...jsonBody(RecordStepInput) },
  responses: one,
});
const withdraw = createRoute({
  method: 'post',
  path: '/api/personnel/recruitments/{id}/withdrawal',
  tags,
  summary: 'A recruitment withdrawn before arrival, with the reason',
  request: { params: IdParam, ...jsonBody(WithdrawInput) },
  responses: one,
});
const training = createRoute({
  method: 'post',
  path: '/api/personnel/recruitments/{id}/sea-training',
  tags,
  summary: 'The recruit’s SEA e-learning completed (P6, ¶124)',
  request: { params: IdParam, ...jsonBody(CivilianSeaTrainingInput) },
  responses: one,
});
const pipeline = createRoute({
  method: 'get',
  path: '/api/personnel/pipeline',
  tags,
  summary: 'Where the recruitment days go, per category and track, against ¶76 (P1, P2)',
  request: { query: PipelineQuery },
  responses: { 200: jsonAnswer(Pipeline, 'The pipeline'), ...errorAnswers },
});
const staffing = createRoute({
  method: 'get',
  path: '/api/personnel/staffing',
  tags,
  summary: 'National staff and community liaison officers month by month against the plan (P5)',
  request: { query: MissionQuery },
  responses: staffingAnswer,
});
const count = createRoute({
  method: 'post',
  path: '/api/personnel/staffing/counts',
  tags,
  summary: 'A month’s head count of a national category, women and men (P5)',
  request: jsonBody(StaffingCountInput),
  responses: staffingAnswer,
});
const plan = createRoute({
  method: 'post',
  path: '/api/personnel/staffing/plans',
  tags,
  summary: 'The plan for a national category from a month on (P5)',
  request: jsonBody(StaffingPlanInput),
  responses: staffingAnswer,
});
const gaps = createRoute({
  method: 'get',
  path: '/api/personnel/sea-training',
  tags,
  summary: 'Who has not completed the SEA e-learning: civilians on board, deployed uniformed (P6)',
  request: { query: MissionQuery },
  responses: { 200: jsonAnswer(SeaTrainingGaps, 'The gaps'), ...errorAnswers },
});

export function personnelRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listRecruitments(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(open, async (c) =>
    c.json(await createRecruitment(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(step, async (c) =>
    c.json(await recordStep(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(withdraw, async (c) =>
    c.json(
      await withdrawRecruitment(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(training, async (c) =>
    c.json(
      await recordCivilianSeaTraining(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  app.openapi(pipeline, async (c) =>
    c.json(await recruitmentPipeline(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(staffing, async (c) =>
    c.json(await nationalStaffing(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(count, async (c) =>
    c.json(await recordStaffingCount(requestContext(c), c.req.valid('json')), 200),
  );
  app.openapi(plan, async (c) =>
    c.json(await recordStaffingPlan(requestContext(c), c.req.valid('json')), 200),
  );
  app.openapi(gaps, async (c) =>
    c.json(await seaTrainingGaps(requestContext(c), c.req.valid('query')), 200),
  );
}
