/** Vetting (C8): subjects' identities on a case, screenings of candidates. validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { Case } from './case.schema.js';
import { IdentifySubjectInput, SubjectPositionParam } from './subject.schema.js';
import { identifySubject } from './subject.service.js';
import {
  ReviewScreeningInput,
  ScreenCandidateInput,
  Screening,
  ScreeningQuery,
  ScreeningSummary,
} from './vetting.schema.js';
import {
  getScreening,
  listScreenings,
  reviewScreening,
  screenCandidate,
} from './vetting.service.js';

const tags = ['conduct'];
const identify = createRoute({
  method: 'put',
  path: '/api/conduct/cases/{id}/subjects/{position}/identity',
  tags,
  summary:
    "Record who a case's subject is (name, other names, date of birth, identity document), for vetting; null clears it",
  request: { params: SubjectPositionParam, ...jsonBody(IdentifySubjectInput) },
  responses: { 200: jsonAnswer(Case, 'The case'), ...errorAnswers },
});
const screen = createRoute({
  method: 'post',
  path: '/api/conduct/screenings',
  tags,
  summary:
    'Screen a candidate for deployment against substantiated and pending allegations in earlier service: match, review or no match',
  request: jsonBody(ScreenCandidateInput),
  responses: { 201: jsonAnswer(Screening, 'The screening'), ...errorAnswers },
});
const list = createRoute({
  method: 'get',
  path: '/api/conduct/screenings',
  tags,
  summary: 'Screenings of the missions in view, newest first (no candidate, no reasons)',
  request: { query: ScreeningQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(ScreeningSummary) }), 'Screenings'),
    ...errorAnswers,
  },
});
const one = createRoute({
  method: 'get',
  path: '/api/conduct/screenings/{id}',
  tags,
  summary: 'One screening: the candidate, the answer, and the reasons in cases the caller reaches',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Screening, 'The screening'), ...errorAnswers },
});
const review = createRoute({
  method: 'post',
  path: '/api/conduct/screenings/{id}/review',
  tags,
  summary: 'Settle a "review" as match or no match, with the reason',
  request: { params: IdParam, ...jsonBody(ReviewScreeningInput) },
  responses: { 200: jsonAnswer(Screening, 'The screening'), ...errorAnswers },
});

export function vettingRoutes(app: ApiApp): void {
  app.openapi(identify, async (c) => {
    const { id, position } = c.req.valid('param');
    return c.json(
      await identifySubject(requestContext(c), { caseId: id, position }, c.req.valid('json')),
      200,
    );
  });
  app.openapi(screen, async (c) =>
    c.json(await screenCandidate(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(list, async (c) =>
    c.json({ items: await listScreenings(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(one, async (c) =>
    c.json(await getScreening(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(review, async (c) =>
    c.json(
      await reviewScreening(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
