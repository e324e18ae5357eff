/** D1, D2: mandates, their tasks in phases, conditions, benchmarks and indicators. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { addMilestone, decideMeasures, milestoneDone } from './startup.service.js';
import {
  addAssessment,
  addTransition,
  decideRecommendation,
  stepTransition,
} from './assessment.service.js';
import {
  AddAssessmentInput,
  AddTransitionInput,
  RecommendationStepInput,
  TransitionStepInput,
  AddBenchmarkInput,
  AddMilestoneInput,
  MeasuresInput,
  MilestoneDoneInput,
  AddConditionInput,
  AddIndicatorInput,
  AddTaskInput,
  CreateMandateInput,
  IndicatorValueInput,
  Mandate,
  MandateQuery,
  PeriodParams,
  ReportDeliveredInput,
  TaskStatusInput,
} from './mandate.schema.js';
import { addBenchmark, addIndicator, setIndicatorValue } from './indicator.service.js';
import {
  addCondition,
  addTask,
  createMandate,
  getMandate,
  listMandates,
  reportDelivered,
  setTaskStatus,
} from './mandate.service.js';

const tags = ['mandates'];
const answer = { 200: jsonAnswer(Mandate, 'The mandate'), ...errorAnswers };
const created = { 201: jsonAnswer(Mandate, 'The mandate'), ...errorAnswers };

const list = createRoute({
  method: 'get',
  path: '/api/mandates',
  tags,
  summary: 'The mandates in view with their tasks, conditions, benchmarks and indicators (D1, D2)',
  request: { query: MandateQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Mandate) }), 'Mandates'),
    ...errorAnswers,
  },
});
const create = createRoute({
  method: 'post',
  path: '/api/mandates',
  tags,
  summary: 'Record a mandate: resolution, adopted, expires, sequenced (¶59)',
  request: jsonBody(CreateMandateInput),
  responses: { 201: jsonAnswer(Mandate, 'Recorded'), ...errorAnswers },
});
const one = createRoute({
  method: 'get',
  path: '/api/mandates/{id}',
  tags,
  summary: 'One mandate',
  request: { params: IdParam },
  responses: answer,
});
const task = createRoute({
  method: 'post',
  path: '/api/mandates/{id}/tasks',
  tags,
  summary: 'A task in its phase (D1)',
  request: { params: IdParam, ...jsonBody(AddTaskInput) },
  responses: created,
});
const condition = createRoute({
  method: 'post',
  path: '/api/mandates/tasks/{id}/conditions',
  tags,
  summary: 'What a later-phase task waits on: a benchmark reached or a report back delivered (D1)',
  request: { params: IdParam, ...jsonBody(AddConditionInput) },
  responses: created,
});
const delivered = createRoute({
  method: 'post',
  path: '/api/mandates/conditions/{id}/delivered',
  tags,
  summary: 'The report back to the Council delivered (D1)',
  request: { params: IdParam, ...jsonBody(ReportDeliveredInput) },
  responses: answer,
});
const benchmark = createRoute({
  method: 'post',
  path: '/api/mandates/tasks/{id}/benchmarks',
  tags,
  summary: 'A benchmark of a task (D2)',
  request: { params: IdParam, ...jsonBody(AddBenchmarkInput) },
  responses: created,
});
const indicator = createRoute({
  method: 'post',
  path: '/api/mandates/benchmarks/{id}/indicators',
  tags,
  summary: 'An indicator: unit, baseline, target, direction, source (D2)',
  request: { params: IdParam, ...jsonBody(AddIndicatorInput) },
  responses: created,
});
const status = createRoute({
  method: 'post',
  path: '/api/mandates/tasks/{id}/status',
  tags,
  summary:
    'A task started (its conditions holding that day), completed or suspended (D1; send the version you read)',
  request: { params: IdParam, ...jsonBody(TaskStatusInput) },
  responses: answer,
});
const milestone = createRoute({
  method: 'post',
  path: '/api/mandates/{id}/milestones',
  tags,
  summary: 'A start-up milestone (D6)',
  request: { params: IdParam, ...jsonBody(AddMilestoneInput) },
  responses: created,
});
const milestoneReached = createRoute({
  method: 'post',
  path: '/api/mandates/milestones/{id}/done',
  tags,
  summary: 'A start-up milestone reached, the headquarters functional among them (D6)',
  request: { params: IdParam, ...jsonBody(MilestoneDoneInput) },
  responses: answer,
});
const measures = createRoute({
  method: 'post',
  path: '/api/mandates/{id}/measures',
  tags,
  summary:
    'Headquarters renews the standing start-up measures for six months, or lets them lapse (D6)',
  request: { params: IdParam, ...jsonBody(MeasuresInput) },
  responses: answer,
});
const assessment = createRoute({
  method: 'post',
  path: '/api/mandates/{id}/assessments',
  tags,
  summary: 'An impact assessment or independent evaluation with findings and recommendations (D3)',
  request: { params: IdParam, ...jsonBody(AddAssessmentInput) },
  responses: created,
});
const recommendation = createRoute({
  method: 'post',
  path: '/api/mandates/recommendations/{id}/status',
  tags,
  summary: 'A recommendation accepted, implemented or rejected with the reason (D3)',
  request: { params: IdParam, ...jsonBody(RecommendationStepInput) },
  responses: answer,
});
const transition = createRoute({
  method: 'post',
  path: '/api/mandates/tasks/{id}/transition',
  tags,
  summary: 'The national partner that takes the task over, and the benchmark it waits on (D4)',
  request: { params: IdParam, ...jsonBody(AddTransitionInput) },
  responses: created,
});
const transitionStep = createRoute({
  method: 'post',
  path: '/api/mandates/transitions/{id}/status',
  tags,
  summary:
    'The hand-over in progress, handed over (its benchmark reached), suspended or resumed (D4)',
  request: { params: IdParam, ...jsonBody(TransitionStepInput) },
  responses: answer,
});
const value = createRoute({
  method: 'put',
  path: '/api/mandates/indicators/{id}/values/{period}',
  tags,
  summary: 'One month’s value of an entered indicator, by its owner or a planner (D2)',
  request: { params: PeriodParams, ...jsonBody(IndicatorValueInput) },
  responses: { 204: { description: 'Stored' }, ...errorAnswers },
});

export function mandateRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listMandates(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createMandate(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(one, async (c) =>
    c.json(await getMandate(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(task, async (c) =>
    c.json(await addTask(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(condition, async (c) =>
    c.json(
      await addCondition(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(delivered, async (c) =>
    c.json(
      await reportDelivered(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(benchmark, async (c) =>
    c.json(
      await addBenchmark(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(indicator, async (c) =>
    c.json(
      await addIndicator(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(status, async (c) =>
    c.json(
      await setTaskStatus(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(milestone, async (c) =>
    c.json(
      await addMilestone(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(milestoneReached, async (c) =>
    c.json(
      await milestoneDone(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(measures, async (c) =>
    c.json(
      await decideMeasures(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(assessment, async (c) =>
    c.json(
      await addAssessment(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(recommendation, async (c) =>
    c.json(
      await decideRecommendation(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(transition, async (c) =>
    c.json(
      await addTransition(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(transitionStep, async (c) =>
    c.json(
      await stepTransition(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(value, async (c) => {
    const { id, period } = c.req.valid('param');
    await setIndicatorValue(
      requestContext(c),
      { indicatorId: id, period },
      c.req.valid('json').value,
    );
    return c.body(null, 204);
  });
}
