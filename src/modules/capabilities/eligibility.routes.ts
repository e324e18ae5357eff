/** Contributors' record and the K4 rule (¶127): validate → service → respond. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  ActionPlanParam,
  ContributorRecord,
  EligibilityRuleSchema,
  Iso3Param,
  RecordListingInput,
  SetActionPlanInput,
} from './eligibility.schema.js';
import {
  getContributorRecord,
  getEligibilityRule,
  recordListing,
  setActionPlan,
  setEligibilityRule,
} from './eligibility.service.js';

const tags = ['capabilities'];
const record = createRoute({
  method: 'get',
  path: '/api/capabilities/contributors/{iso3}',
  tags,
  summary:
    "A contributor's record in the annual reports (CAAC, CRSV), action plans and standing under the rule (K4)",
  request: { params: Iso3Param },
  responses: { 200: jsonAnswer(ContributorRecord, 'Record'), ...errorAnswers },
});
const listing = createRoute({
  method: 'post',
  path: '/api/capabilities/contributors/{iso3}/listings',
  tags,
  summary: 'Record that the contributor is listed in an annual report',
  request: { params: Iso3Param, ...jsonBody(RecordListingInput) },
  responses: { 201: jsonAnswer(ContributorRecord, 'Record'), ...errorAnswers },
});
const plan = createRoute({
  method: 'put',
  path: '/api/capabilities/contributors/{iso3}/action-plans/{kind}',
  tags,
  summary: "Where the contributor's action plan stands for one report (caac or crsv)",
  request: { params: ActionPlanParam, ...jsonBody(SetActionPlanInput) },
  responses: { 200: jsonAnswer(ContributorRecord, 'Record'), ...errorAnswers },
});
const getRule = createRoute({
  method: 'get',
  path: '/api/capabilities/eligibility-rule',
  tags,
  summary: 'The K4 rule: not accepted when listed in N of the last M annual reports',
  responses: { 200: jsonAnswer(EligibilityRuleSchema, 'Rule'), ...errorAnswers },
});
const putRule = createRoute({
  method: 'put',
  path: '/api/capabilities/eligibility-rule',
  tags,
  summary: 'Set the K4 rule',
  request: jsonBody(EligibilityRuleSchema),
  responses: { 200: jsonAnswer(EligibilityRuleSchema, 'Rule'), ...errorAnswers },
});

export function eligibilityRoutes(app: ApiApp): void {
  app.openapi(getRule, async (c) => c.json(await getEligibilityRule(requestContext(c)), 200));
  app.openapi(putRule, async (c) =>
    c.json(await setEligibilityRule(requestContext(c), c.req.valid('json')), 200),
  );
  app.openapi(record, async (c) =>
    c.json(await getContributorRecord(requestContext(c), c.req.valid('param').iso3), 200),
  );
  app.openapi(listing, async (c) =>
    c.json(
      await recordListing(requestContext(c), c.req.valid('param').iso3, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(plan, async (c) =>
    c.json(await setActionPlan(requestContext(c), c.req.valid('param'), c.req.valid('json')), 200),
  );
}
