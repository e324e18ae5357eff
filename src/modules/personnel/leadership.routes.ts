/** P3, P4 over HTTP: leadership appointments, the share of women, senior manager compacts. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  assessCompact,
  createCompact,
  listCompacts,
  recordRenewalBearing,
} from './compact.service.js';
import {
  Appointment,
  AssessCompactInput,
  Compact,
  CompactRenewalInput,
  CreateAppointmentInput,
  CreateCompactInput,
  EndAppointmentInput,
  WomenInLeadership,
} from './leadership.schema.js';
import {
  createAppointment,
  endAppointment,
  listAppointments,
  womenInLeadership,
} from './leadership.service.js';
import { MissionQuery } from './staffing.schema.js';

const tags = ['personnel'];
const compactAnswer = { 200: jsonAnswer(Compact, 'The compact'), ...errorAnswers };

const list = createRoute({
  method: 'get',
  path: '/api/personnel/appointments',
  tags,
  summary: 'Leadership appointments in view, by name: human resources only (P3)',
  request: { query: MissionQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Appointment) }), 'Appointments'),
    ...errorAnswers,
  },
});
const appoint = createRoute({
  method: 'post',
  path: '/api/personnel/appointments',
  tags,
  summary: 'An appointment, refused without the human-rights assessment before it (P3, ¶113)',
  request: jsonBody(CreateAppointmentInput),
  responses: { 201: jsonAnswer(Appointment, 'The appointment'), ...errorAnswers },
});
const end = createRoute({
  method: 'post',
  path: '/api/personnel/appointments/{id}/end',
  tags,
  summary: 'The end of a term (P3)',
  request: { params: IdParam, ...jsonBody(EndAppointmentInput) },
  responses: { 200: jsonAnswer(Appointment, 'The appointment'), ...errorAnswers },
});
const women = createRoute({
  method: 'get',
  path: '/api/personnel/leadership/women',
  tags,
  summary: 'The share of women per leadership post and year against ¶114’s 2015 baseline (P3)',
  request: { query: MissionQuery },
  responses: { 200: jsonAnswer(WomenInLeadership, 'Shares'), ...errorAnswers },
});
const compacts = createRoute({
  method: 'get',
  path: '/api/personnel/compacts',
  tags,
  summary: 'Senior manager compacts in view (P4, ¶118)',
  request: { query: MissionQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Compact) }), 'Compacts'),
    ...errorAnswers,
  },
});
const addCompact = createRoute({
  method: 'post',
  path: '/api/personnel/appointments/{id}/compacts',
  tags,
  summary: 'A head of mission’s compact for a year: its objectives (P4)',
  request: { params: IdParam, ...jsonBody(CreateCompactInput) },
  responses: { 201: jsonAnswer(Compact, 'The compact'), ...errorAnswers },
});
const assess = createRoute({
  method: 'post',
  path: '/api/personnel/compacts/{id}/assessment',
  tags,
  summary: 'The year’s assessment, at its end (P4)',
  request: { params: IdParam, ...jsonBody(AssessCompactInput) },
  responses: compactAnswer,
});
const renewal = createRoute({
  method: 'post',
  path: '/api/personnel/compacts/{id}/renewal',
  tags,
  summary: 'The assessment’s bearing on renewal, once assessed (P4, ¶118)',
  request: { params: IdParam, ...jsonBody(CompactRenewalInput) },
  responses: compactAnswer,
});

export function leadershipRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listAppointments(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(appoint, async (c) =>
    c.json(await createAppointment(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(end, async (c) =>
    c.json(
      await endAppointment(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(women, async (c) =>
    c.json(await womenInLeadership(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(compacts, async (c) =>
    c.json({ items: await listCompacts(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(addCompact, async (c) =>
    c.json(
      await createCompact(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(assess, async (c) =>
    c.json(
      await assessCompact(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(renewal, async (c) =>
    c.json(
      await recordRenewalBearing(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
}
