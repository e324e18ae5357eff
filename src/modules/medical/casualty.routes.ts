/** M1, M6: casualties, their 10-1-2 steps and the compliance report. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  Casualty,
  CasualtyQuery,
  CasualtySummary,
  ComplianceAnswer,
  ComplianceQuery,
  RecordCasualtyInput,
  UpdateStepsInput,
} from './casualty.schema.js';
import {
  getCasualty,
  listCasualties,
  recordCasualty,
  tenOneTwoCompliance,
  updateSteps,
} from './casualty.service.js';

const tags = ['medical'];
const list = createRoute({
  method: 'get',
  path: '/api/medical/casualties',
  tags,
  summary: 'Casualties in view with their 10-1-2 steps, newest first (no identities)',
  request: { query: CasualtyQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(CasualtySummary) }), 'Casualties'),
    ...errorAnswers,
  },
});
const record = createRoute({
  method: 'post',
  path: '/api/medical/casualties',
  tags,
  summary:
    'Record a casualty: injury, precedence, 10-1-2 steps (M1); identity and notes encrypted (M6)',
  request: jsonBody(RecordCasualtyInput),
  responses: { 201: jsonAnswer(CasualtySummary, 'Recorded'), ...errorAnswers },
});
const compliance = createRoute({
  method: 'get',
  path: '/api/medical/compliance',
  tags,
  summary: '10-1-2 compliance by facility, mission or month (M1): met, missed, not recorded',
  request: { query: ComplianceQuery },
  responses: { 200: jsonAnswer(ComplianceAnswer, 'Compliance'), ...errorAnswers },
});
const one = createRoute({
  method: 'get',
  path: '/api/medical/casualties/{id}',
  tags,
  summary: 'One casualty with identity and clinical notes (a tier-1 read, audited)',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Casualty, 'Casualty'), ...errorAnswers },
});
const steps = createRoute({
  method: 'put',
  path: '/api/medical/casualties/{id}/steps',
  tags,
  summary: 'The 10-1-2 steps as now known (send the version you read)',
  request: { params: IdParam, ...jsonBody(UpdateStepsInput) },
  responses: { 200: jsonAnswer(CasualtySummary, 'Updated'), ...errorAnswers },
});

export function casualtyRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listCasualties(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(record, async (c) =>
    c.json(await recordCasualty(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(compliance, async (c) =>
    c.json(await tenOneTwoCompliance(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(one, async (c) =>
    c.json(await getCasualty(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(steps, async (c) =>
    c.json(await updateSteps(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
}
