/**
 * Community complaints: the public side (no account; throttled per address, the address never
 * stored; the receipt code travels in POST bodies, never in a URL) and the conduct officer's side.
 */
import { createRoute } from '@hono/zod-openapi';
import { minutes } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { createThrottle, type Throttle } from '../../core/throttle.js';
import type { AppContext } from '../../db/context.js';
import { clientAddress } from '../../server/cookies.js';
import { requestContext, type ApiApp, type ApiContext } from '../../server/env.js';
import { error, errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { publicMissions } from '../missions/mission.service.js';
import { Case } from './case.schema.js';
import {
  AnswerInput,
  CloseComplaintInput,
  Complaint,
  ComplaintStatusView,
  ComplaintSummary,
  FileComplaintInput,
  OpenCaseInput,
  PostMessageInput,
  PublicMission,
  ReceiptAnswer,
  ReceiptInput,
} from './complaint.schema.js';
import {
  answerByReceipt,
  closeComplaint,
  fileComplaint,
  getComplaint,
  listComplaints,
  openCaseFromComplaint,
  postMessage,
  readByReceipt,
} from './complaint.service.js';
import { z } from '@hono/zod-openapi';

/** Public requests per address (config: 30 in 15 minutes), filing and reading together, in memory only. */
const throttles = new WeakMap<AppContext, Throttle>();
function throttle(c: ApiContext): void {
  const app = c.get('app');
  let t = throttles.get(app);
  if (!t) {
    t = createThrottle({
      limit: app.config.complaintThrottleLimit,
      windowMs: minutes(15),
      clock: app.clock,
    });
    throttles.set(app, t);
  }
  if (!t.hit(`complaints:${clientAddress(c)}`))
    throw new DomainError('too_many_requests', 'Too many attempts; try again in 15 minutes');
}

const publicTags = ['conduct (public)'];
const tags = ['conduct'];
const { 400: bad, 404: absent, 422: state, 500: failed } = errorAnswers;
const tooMany = error('Too many attempts from this address; try again in 15 minutes');

const missions = createRoute({
  method: 'get',
  path: '/api/public/missions',
  tags: publicTags,
  summary: 'Missions a complaint can be about (public)',
  responses: {
    200: jsonAnswer(z.object({ items: z.array(PublicMission) }), 'Missions'),
    500: failed,
  },
});
const file = createRoute({
  method: 'post',
  path: '/api/public/complaints',
  tags: publicTags,
  summary: 'File a complaint without an account; answers a receipt code, shown once (C6)',
  request: jsonBody(FileComplaintInput),
  responses: { 201: jsonAnswer(ReceiptAnswer, 'Filed'), 400: bad, 429: tooMany, 500: failed },
});
const status = createRoute({
  method: 'post',
  path: '/api/public/complaints/status',
  tags: publicTags,
  summary: 'Status and messages of a complaint, for its receipt code (sent in the body)',
  request: jsonBody(ReceiptInput),
  responses: {
    200: jsonAnswer(ComplaintStatusView, 'Status'),
    404: absent,
    429: tooMany,
    500: failed,
  },
});
const answer = createRoute({
  method: 'post',
  path: '/api/public/complaints/answer',
  tags: publicTags,
  summary: "Answer the conduct officer's questions, with the receipt code",
  request: jsonBody(AnswerInput),
  responses: {
    200: jsonAnswer(ComplaintStatusView, 'Answered'),
    400: bad,
    404: absent,
    422: state,
    429: tooMany,
    500: failed,
  },
});
const list = createRoute({
  method: 'get',
  path: '/api/conduct/complaints',
  tags,
  summary: 'Complaints of the missions in view, newest first (no account text)',
  responses: {
    200: jsonAnswer(z.object({ items: z.array(ComplaintSummary) }), 'Complaints'),
    ...errorAnswers,
  },
});
const get = createRoute({
  method: 'get',
  path: '/api/conduct/complaints/{id}',
  tags,
  summary: 'One complaint with its account and messages (audited)',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Complaint, 'Complaint'), ...errorAnswers },
});
const message = createRoute({
  method: 'post',
  path: '/api/conduct/complaints/{id}/messages',
  tags,
  summary: 'Ask the complainant a question; they read it with their code',
  request: { params: IdParam, ...jsonBody(PostMessageInput) },
  responses: { 200: jsonAnswer(Complaint, 'Sent'), ...errorAnswers },
});
const close = createRoute({
  method: 'post',
  path: '/api/conduct/complaints/{id}/close',
  tags,
  summary: 'Close without a case; the reason goes to the complainant',
  request: { params: IdParam, ...jsonBody(CloseComplaintInput) },
  responses: { 200: jsonAnswer(Complaint, 'Closed'), ...errorAnswers },
});
const openCase = createRoute({
  method: 'post',
  path: '/api/conduct/complaints/{id}/case',
  tags,
  summary: 'Open a case from the complaint (its own compartment; channel: community complaint)',
  request: { params: IdParam, ...jsonBody(OpenCaseInput) },
  responses: { 201: jsonAnswer(Case, 'Case opened'), ...errorAnswers },
});

export function complaintRoutes(app: ApiApp): void {
  app.openapi(missions, async (c) => c.json({ items: await publicMissions(c.get('app')) }, 200));
  app.openapi(file, async (c) => {
    throttle(c);
    return c.json(await fileComplaint(c.get('app'), c.req.valid('json')), 201);
  });
  app.openapi(status, async (c) => {
    throttle(c);
    return c.json(await readByReceipt(c.get('app'), c.req.valid('json').receiptCode), 200);
  });
  app.openapi(answer, async (c) => {
    throttle(c);
    const input = c.req.valid('json');
    return c.json(await answerByReceipt(c.get('app'), input.receiptCode, input.body), 200);
  });
  app.openapi(list, async (c) => c.json({ items: await listComplaints(requestContext(c)) }, 200));
  app.openapi(get, async (c) =>
    c.json(await getComplaint(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(message, async (c) =>
    c.json(
      await postMessage(requestContext(c), c.req.valid('param').id, c.req.valid('json').body),
      200,
    ),
  );
  app.openapi(close, async (c) =>
    c.json(
      await closeComplaint(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(openCase, async (c) =>
    c.json(
      await openCaseFromComplaint(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
}
