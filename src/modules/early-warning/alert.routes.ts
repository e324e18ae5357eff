/** E2's alert rules and alerts: validate → service → respond (JSON, CAP 1.2, Atom). */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody, fileAnswer } from '../../server/route-kit.js';
import { alertCapXml, alertFeed } from './alert-publish.service.js';
import {
  Alert,
  AlertQuery,
  AlertRule,
  CapFileParam,
  CreateAlertRuleInput,
  EvaluationResult,
  RuleActiveInput,
} from './alert.schema.js';
import {
  changeRuleActive,
  createRule,
  evaluateRules,
  getAlert,
  listAlerts,
  listRules,
} from './alert.service.js';

const tags = ['early-warning'];
const rules = '/api/early-warning/alert-rules';
const alerts = '/api/early-warning/alerts';

const listRulesRoute = createRoute({
  method: 'get',
  path: rules,
  tags,
  summary: 'Alert rules of the missions in view, with how many alerts each raised',
  responses: { 200: jsonAnswer(z.object({ items: z.array(AlertRule) }), 'Rules'), ...errorAnswers },
});
const createRuleRoute = createRoute({
  method: 'post',
  path: rules,
  tags,
  summary:
    'Set an alert rule (incident near a base, forecast over a probability, hotspot); evaluated at once (E2)',
  request: jsonBody(CreateAlertRuleInput),
  responses: { 201: jsonAnswer(AlertRule, 'The rule'), ...errorAnswers },
});
const activeRoute = createRoute({
  method: 'post',
  path: `${rules}/{id}/active`,
  tags,
  summary: 'Pause or resume a rule',
  request: { params: IdParam, ...jsonBody(RuleActiveInput) },
  responses: { 200: jsonAnswer(AlertRule, 'The rule'), ...errorAnswers },
});
const evaluateRoute = createRoute({
  method: 'post',
  path: `${alerts}/evaluate`,
  tags,
  summary: 'Evaluate the active rules of the missions in view now',
  responses: { 200: jsonAnswer(EvaluationResult, 'Alerts raised'), ...errorAnswers },
});
const listAlertsRoute = createRoute({
  method: 'get',
  path: alerts,
  tags,
  summary: 'Alerts of the missions in view, newest first',
  request: { query: AlertQuery },
  responses: { 200: jsonAnswer(z.object({ items: z.array(Alert) }), 'Alerts'), ...errorAnswers },
});
const oneAlert = createRoute({
  method: 'get',
  path: `${alerts}/{id}`,
  tags,
  summary: 'One alert',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Alert, 'The alert'), ...errorAnswers },
});
const feed = createRoute({
  method: 'get',
  path: '/api/alerts/feed',
  tags,
  summary: 'The alerts in view as an Atom feed; each entry links to its CAP 1.2 document',
  responses: {
    200: { content: { 'application/atom+xml': { schema: z.string() } }, description: 'Atom' },
    ...errorAnswers,
  },
});
const cap = createRoute({
  method: 'get',
  path: '/api/alerts/{file}',
  tags,
  summary: 'One alert as OASIS CAP 1.2: /api/alerts/{id}.cap',
  request: { params: CapFileParam },
  responses: {
    200: { content: { 'application/cap+xml': { schema: z.string() } }, description: 'CAP 1.2' },
    ...errorAnswers,
  },
});

export function alertRoutes(app: ApiApp): void {
  app.openapi(listRulesRoute, async (c) =>
    c.json({ items: await listRules(requestContext(c)) }, 200),
  );
  app.openapi(createRuleRoute, async (c) =>
    c.json(await createRule(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(activeRoute, async (c) =>
    c.json(
      await changeRuleActive(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(evaluateRoute, async (c) => c.json(await evaluateRules(requestContext(c)), 200));
  app.openapi(listAlertsRoute, async (c) =>
    c.json({ items: await listAlerts(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(oneAlert, async (c) =>
    c.json(await getAlert(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(feed, async (c) => {
    const xml = await alertFeed(requestContext(c), new URL(c.req.url).origin);
    return fileAnswer(c, xml, { type: 'application/atom+xml; charset=utf-8' });
  });
  app.openapi(cap, async (c) => {
    const id = c.req.valid('param').file.replace(/\.cap$/, '');
    const xml = await alertCapXml(requestContext(c), id);
    return fileAnswer(c, xml, {
      type: 'application/cap+xml; charset=utf-8',
      name: `${id}.cap`,
      disposition: 'inline',
    });
  });
}
