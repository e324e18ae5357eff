/** The rules register: validate → service → respond. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, jsonAnswer } from '../../server/route-kit.js';
import { RuleList } from './rule.schema.js';
import { listRules } from './rules.service.js';

const list = createRoute({
  method: 'get',
  path: '/api/rules',
  tags: ['rules'],
  summary:
    'Every rule of the report the product carries: its ¶, what is enforced, its settings and their allowed range, the tests that guard it',
  responses: { 200: jsonAnswer(RuleList, 'The rules'), ...errorAnswers },
});

export function rulesRoutes(app: ApiApp): void {
  app.openapi(list, (c) => c.json({ items: [...listRules(requestContext(c))] }, 200));
}
