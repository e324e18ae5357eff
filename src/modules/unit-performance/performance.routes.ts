/** Unit performance (K7) and refusals to follow orders (K8): validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  assessUnit,
  closePlan,
  contributorPerformance,
  listAssessments,
  listOpenPlans,
} from './assessment.service.js';
import {
  AssessInput,
  Assessment,
  ClosePlanInput,
  ContributorPerformance,
  CouncilSummary,
  DecideInput,
  InformInput,
  Refusal,
  RemedialDueInput,
  RemedialPlan,
  RemedyInput,
  ReportRefusalInput,
  SummaryQuery,
} from './performance.schema.js';
import {
  advanceRefusal,
  councilSummary,
  getRefusal,
  listRefusals,
  reportRefusal,
} from './refusal.service.js';

const tags = ['capabilities'];
const items = <T extends z.ZodTypeAny>(item: T, what: string) =>
  jsonAnswer(z.object({ items: z.array(item) }), what);

const assessments = createRoute({
  method: 'get',
  path: '/api/capabilities/pledges/{id}/assessments',
  tags,
  summary: "A unit's performance assessments in mission with their remedial plans (K7)",
  request: { params: IdParam },
  responses: { 200: items(Assessment, 'Assessments, oldest first'), ...errorAnswers },
});
const assess = createRoute({
  method: 'post',
  path: '/api/capabilities/pledges/{id}/assessments',
  tags,
  summary:
    'Assess a deployed unit against task-based standards (K7, ¶97); a deficiency opens a remedial plan',
  request: { params: IdParam, ...jsonBody(AssessInput) },
  responses: { 201: items(Assessment, "The unit's assessments"), ...errorAnswers },
});
const openPlans = createRoute({
  method: 'get',
  path: '/api/capabilities/remedial-plans',
  tags,
  summary: 'Remedial plans still open, by due date, overdue ones marked',
  responses: { 200: items(RemedialPlan, 'Open plans'), ...errorAnswers },
});
const close = createRoute({
  method: 'post',
  path: '/api/capabilities/remedial-plans/{id}/close',
  tags,
  summary: 'Close a remedial plan: remedied or not',
  request: { params: IdParam, ...jsonBody(ClosePlanInput) },
  responses: { 200: jsonAnswer(RemedialPlan, 'The plan'), ...errorAnswers },
});
const performance = createRoute({
  method: 'get',
  path: '/api/capabilities/contributors/{iso3}/performance',
  tags,
  summary: "A contributor's units, their scores over time and its trend per quarter (K7)",
  request: { params: z.object({ iso3: z.string().regex(/^[A-Za-z]{3}$/) }) },
  responses: { 200: jsonAnswer(ContributorPerformance, 'Performance'), ...errorAnswers },
});
const report = createRoute({
  method: 'post',
  path: '/api/capabilities/pledges/{id}/refusals',
  tags,
  summary:
    'Report a refusal to follow the orders of the force commander or police commissioner (K8, ¶98)',
  request: { params: IdParam, ...jsonBody(ReportRefusalInput) },
  responses: { 201: jsonAnswer(Refusal, 'The refusal'), ...errorAnswers },
});
const refusals = createRoute({
  method: 'get',
  path: '/api/capabilities/refusals',
  tags,
  summary: 'Refusals to follow orders, with where each stands and what is next',
  request: { query: z.object({ unit: z.string().optional() }) },
  responses: { 200: items(Refusal, 'Refusals'), ...errorAnswers },
});
const summary = createRoute({
  method: 'get',
  path: '/api/capabilities/refusals/council-summary',
  tags,
  summary:
    'The periodic summary for the Security Council: refusals reported in the period and earlier ones not settled',
  request: { query: SummaryQuery },
  responses: { 200: jsonAnswer(CouncilSummary, 'Summary'), ...errorAnswers },
});
const refusal = createRoute({
  method: 'get',
  path: '/api/capabilities/refusals/{id}',
  tags,
  summary: 'One refusal to follow orders',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Refusal, 'The refusal'), ...errorAnswers },
});

const steps = {
  inform: { body: InformInput, summary: 'Record that the contributor was informed, and when' },
  'remedial-due': { body: RemedialDueInput, summary: 'Set the date a remedial action is due' },
  'remedial-action': { body: RemedyInput, summary: 'Record the remedial action taken' },
  decision: {
    body: DecideInput,
    summary: 'Record the repatriation decision, due when no remedial action was taken in time',
  },
} as const;

function stepRoutes(app: ApiApp): void {
  for (const [path, { body, summary: text }] of Object.entries(steps)) {
    const route = createRoute({
      method: 'post',
      path: `/api/capabilities/refusals/{id}/${path}`,
      tags,
      summary: text,
      request: { params: IdParam, ...jsonBody(body) },
      responses: { 200: jsonAnswer(Refusal, 'The refusal'), ...errorAnswers },
    });
    const kind = path.replace('-', '_') as 'inform';
    app.openapi(route, async (c) =>
      c.json(
        await advanceRefusal(requestContext(c), c.req.valid('param').id, {
          kind,
          input: c.req.valid('json') as InformInput,
        }),
        200,
      ),
    );
  }
}

export function performanceRoutes(app: ApiApp): void {
  app.openapi(assessments, async (c) =>
    c.json({ items: await listAssessments(requestContext(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(assess, async (c) => {
    const { id } = c.req.valid('param');
    return c.json({ items: await assessUnit(requestContext(c), id, c.req.valid('json')) }, 201);
  });
  app.openapi(openPlans, async (c) =>
    c.json({ items: await listOpenPlans(requestContext(c)) }, 200),
  );
  app.openapi(close, async (c) =>
    c.json(await closePlan(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(performance, async (c) =>
    c.json(await contributorPerformance(requestContext(c), c.req.valid('param').iso3), 200),
  );
  app.openapi(report, async (c) =>
    c.json(
      await reportRefusal(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(refusals, async (c) =>
    c.json(
      { items: await listRefusals(requestContext(c), { unitId: c.req.valid('query').unit }) },
      200,
    ),
  );
  app.openapi(summary, async (c) =>
    c.json(await councilSummary(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(refusal, async (c) =>
    c.json(await getRefusal(requestContext(c), c.req.valid('param').id), 200),
  );
  stepRoutes(app);
}
