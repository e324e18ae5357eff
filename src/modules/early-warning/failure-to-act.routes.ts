/** E4's failure-to-act register: validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  FindingInput,
  Inquiry,
  NotificationInput,
  OpenInquiryInput,
  UnitChoice,
  UnitInquiry,
} from './failure-to-act.schema.js';
import {
  getInquiry,
  listInquiries,
  openInquiry,
  recordFinding,
  recordNotification,
  unitsToName,
} from './failure-to-act.service.js';
import { unitInquiries } from './failure-to-act-unit-record.service.js';

const tags = ['early-warning'];
const base = '/api/early-warning/inquiries';

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'Failure-to-act inquiries of the missions in view (E4, ¶20)',
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Inquiry) }), 'Inquiries'),
    ...errorAnswers,
  },
});
const open = createRoute({
  method: 'post',
  path: base,
  tags,
  summary:
    'Open an inquiry into an incident where the mission, a unit or a police contingent failed to act',
  request: jsonBody(OpenInquiryInput),
  responses: { 201: jsonAnswer(Inquiry, 'Opened'), ...errorAnswers },
});
const one = createRoute({
  method: 'get',
  path: `${base}/{id}`,
  tags,
  summary: 'One inquiry',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Inquiry, 'The inquiry'), ...errorAnswers },
});
const finding = createRoute({
  method: 'post',
  path: `${base}/{id}/finding`,
  tags,
  summary: 'Record the finding: failed to act, or acted',
  request: { params: IdParam, ...jsonBody(FindingInput) },
  responses: { 200: jsonAnswer(Inquiry, 'The inquiry'), ...errorAnswers },
});
const notify = createRoute({
  method: 'post',
  path: `${base}/{id}/notifications`,
  tags,
  summary:
    'Record that the Council or the Member States were informed, with the date and reference',
  request: { params: IdParam, ...jsonBody(NotificationInput) },
  responses: { 200: jsonAnswer(Inquiry, 'The inquiry'), ...errorAnswers },
});
const units = createRoute({
  method: 'get',
  path: '/api/early-warning/units',
  tags,
  summary: 'The units deployed in the missions in view, for naming one in an inquiry',
  responses: {
    200: jsonAnswer(z.object({ items: z.array(UnitChoice) }), 'Units'),
    ...errorAnswers,
  },
});
const ofUnit = createRoute({
  method: 'get',
  path: '/api/capabilities/pledges/{id}/failure-to-act',
  tags: ['capabilities'],
  summary: "A unit's failure-to-act inquiries for its record: dates, finding, who was informed",
  request: { params: IdParam },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(UnitInquiry) }), 'Inquiries'),
    ...errorAnswers,
  },
});

export function failureToActRoutes(app: ApiApp): void {
  app.openapi(list, async (c) => c.json({ items: await listInquiries(requestContext(c)) }, 200));
  app.openapi(open, async (c) =>
    c.json(await openInquiry(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(one, async (c) =>
    c.json(await getInquiry(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(finding, async (c) =>
    c.json(
      await recordFinding(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(notify, async (c) =>
    c.json(
      await recordNotification(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(units, async (c) => c.json({ items: await unitsToName(requestContext(c)) }, 200));
  app.openapi(ofUnit, async (c) =>
    c.json({ items: await unitInquiries(requestContext(c), c.req.valid('param').id) }, 200),
  );
}
