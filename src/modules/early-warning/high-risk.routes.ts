/** High-risk situations (E3): validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  CloseInput,
  CreateSituationInput,
  EvidenceInput,
  ReviewInput,
  Situation,
  SituationQuery,
} from './high-risk.schema.js';
import {
  closeSituation,
  getSituation,
  linkEvidence,
  listSituations,
  openSituation,
  reviewSituation,
} from './high-risk.service.js';

const tags = ['early-warning'];
const base = '/api/early-warning/situations';
const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'High-risk situations for Human Rights Up Front reviews, by next review date (E3)',
  request: { query: SituationQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Situation) }), 'Situations'),
    ...errorAnswers,
  },
});
const open = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: 'Open a high-risk situation with its owner; first review in three months by default',
  request: jsonBody(CreateSituationInput),
  responses: { 201: jsonAnswer(Situation, 'Opened'), ...errorAnswers },
});
const one = createRoute({
  method: 'get',
  path: `${base}/{id}`,
  tags,
  summary: 'One high-risk situation with its evidence and reviews',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Situation, 'Situation'), ...errorAnswers },
});
const evidence = createRoute({
  method: 'post',
  path: `${base}/{id}/evidence`,
  tags,
  summary: 'Link evidence: an incident in reach, a forecast, hotspot or alert',
  request: { params: IdParam, ...jsonBody(EvidenceInput) },
  responses: { 201: jsonAnswer(Situation, 'The situation'), ...errorAnswers },
});
const review = createRoute({
  method: 'post',
  path: `${base}/{id}/reviews`,
  tags,
  summary: 'Record a review: forum, decision, follow-up, next review date',
  request: { params: IdParam, ...jsonBody(ReviewInput) },
  responses: { 201: jsonAnswer(Situation, 'The situation'), ...errorAnswers },
});
const close = createRoute({
  method: 'post',
  path: `${base}/{id}/close`,
  tags,
  summary: 'Close a high-risk situation, with the reason',
  request: { params: IdParam, ...jsonBody(CloseInput) },
  responses: { 200: jsonAnswer(Situation, 'The situation'), ...errorAnswers },
});

export function highRiskRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listSituations(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(open, async (c) =>
    c.json(await openSituation(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(one, async (c) =>
    c.json(await getSituation(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(evidence, async (c) =>
    c.json(
      await linkEvidence(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(review, async (c) =>
    c.json(
      await reviewSituation(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(close, async (c) =>
    c.json(
      await closeSituation(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
