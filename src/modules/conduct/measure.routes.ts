/** Measures (C3), repatriation decisions, the pattern rule and judicial referrals (C4). */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { ClockSettingsQuery } from './case.schema.js';
import {
  CreateReferralInput,
  ContributorResponseInput,
  DecideMeasureInput,
  ImposeMeasureInput,
  LiftMeasureInput,
  Measure,
  MeasureQuery,
  PatternRule,
  RecordFailureToActInput,
  Referral,
  ReferralQuery,
  UpdateReferralInput,
} from './measure.schema.js';
import {
  imposeMeasure,
  liftMeasure,
  listMeasures,
  patternRuleFor,
  setPatternRule,
} from './measure.service.js';
import { recordContributorResponse } from './non-response.service.js';
import { decideMeasure, recordFailureToAct } from './decision.service.js';
import { Case } from './case.schema.js';
import { listReferrals, referCase, updateReferral } from './referral.service.js';

const tags = ['conduct'];
const route = <T extends Parameters<typeof createRoute>[0]>(r: T) => createRoute({ tags, ...r });

const list = route({
  method: 'get',
  path: '/api/conduct/measures',
  summary: 'Measures in reach; pendingDecisions=true: the repatriation decisions waiting (C3)',
  request: { query: MeasureQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Measure) }), 'Measures'),
    ...errorAnswers,
  },
});
const impose = route({
  method: 'post',
  path: '/api/conduct/cases/{id}/measures',
  summary: 'Leave without pay for a staff subject, or payment suspension for a contingent or unit',
  request: { params: IdParam, ...jsonBody(ImposeMeasureInput) },
  responses: { 201: jsonAnswer(Measure, 'Imposed'), ...errorAnswers },
});
const lift = route({
  method: 'post',
  path: '/api/conduct/measures/{id}/lift',
  summary: 'Lift a measure in force, saying why',
  request: { params: IdParam, ...jsonBody(LiftMeasureInput) },
  responses: { 200: jsonAnswer(Measure, 'Lifted'), ...errorAnswers },
});
const decide = route({
  method: 'post',
  path: '/api/conduct/measures/{id}/decision',
  summary:
    'Headquarters takes a raised decision: repatriate a deployed unit or not (pattern, non-response), sanction or not (failure to act) — ¶120',
  request: { params: IdParam, ...jsonBody(DecideMeasureInput) },
  responses: { 200: jsonAnswer(Measure, 'Decided'), ...errorAnswers },
});
const failureToAct = route({
  method: 'post',
  path: '/api/conduct/cases/{id}/failures-to-act',
  summary:
    'Record that a commander or the mission leadership failed to act on the allegation: raises a sanction decision (¶120)',
  request: { params: IdParam, ...jsonBody(RecordFailureToActInput) },
  responses: { 201: jsonAnswer(Measure, 'Raised'), ...errorAnswers },
});
const contributorResponse = route({
  method: 'post',
  path: '/api/conduct/cases/{id}/contributor-response',
  summary:
    "Record the contributor's answer: national investigation officer appointed, or declined to investigate (¶120)",
  request: { params: IdParam, ...jsonBody(ContributorResponseInput) },
  responses: { 200: jsonAnswer(Case, 'Recorded'), ...errorAnswers },
});
const getRule = route({
  method: 'get',
  path: '/api/conduct/pattern-rule',
  summary:
    "The mission's pattern rule (default: 2 credible allegations against a contingent in 12 months)",
  request: { query: ClockSettingsQuery },
  responses: { 200: jsonAnswer(PatternRule, 'Rule'), ...errorAnswers },
});
const putRule = route({
  method: 'put',
  path: '/api/conduct/pattern-rule',
  summary: "Set the mission's pattern rule",
  request: { query: ClockSettingsQuery, ...jsonBody(PatternRule) },
  responses: { 200: jsonAnswer(PatternRule, 'Saved'), ...errorAnswers },
});
const referrals = route({
  method: 'get',
  path: '/api/conduct/referrals',
  summary: 'Judicial referrals of cases in reach; open=true: those without an outcome (C4)',
  request: { query: ReferralQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Referral) }), 'Referrals'),
    ...errorAnswers,
  },
});
const refer = route({
  method: 'post',
  path: '/api/conduct/cases/{id}/referrals',
  summary: "Refer the case to the host country's or the contributing country's authorities",
  request: { params: IdParam, ...jsonBody(CreateReferralInput) },
  responses: { 201: jsonAnswer(Referral, 'Referred'), ...errorAnswers },
});
const follow = route({
  method: 'patch',
  path: '/api/conduct/referrals/{id}',
  summary: 'Record where a referral stands, its outcome and next review',
  request: { params: IdParam, ...jsonBody(UpdateReferralInput) },
  responses: { 200: jsonAnswer(Referral, 'Updated'), ...errorAnswers },
});

export function measureRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listMeasures(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(impose, async (c) =>
    c.json(
      await imposeMeasure(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(lift, async (c) =>
    c.json(await liftMeasure(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(decide, async (c) =>
    c.json(
      await decideMeasure(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(failureToAct, async (c) =>
    c.json(
      await recordFailureToAct(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(contributorResponse, async (c) =>
    c.json(
      await recordContributorResponse(
        requestContext(c),
        c.req.valid('param').id,
        c.req.valid('json'),
      ),
      200,
    ),
  );
  app.openapi(getRule, async (c) =>
    c.json(await patternRuleFor(requestContext(c), c.req.valid('query').missionId), 200),
  );
  app.openapi(putRule, async (c) =>
    c.json(
      await setPatternRule(requestContext(c), c.req.valid('query').missionId, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(referrals, async (c) =>
    c.json({ items: await listReferrals(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(refer, async (c) =>
    c.json(await referCase(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 201),
  );
  app.openapi(follow, async (c) =>
    c.json(
      await updateReferral(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
