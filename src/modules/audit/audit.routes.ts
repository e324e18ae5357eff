/** The audit log for administrators: list (newest first, cursor paged) and verify. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, jsonAnswer } from '../../server/route-kit.js';
import { AuditPage, AuditQuery, AuditVerdict } from './audit.schema.js';
import { listAudit, verifyAuditAs } from './audit.service.js';

const tags = ['audit'];
const list = createRoute({
  method: 'get',
  path: '/api/audit',
  tags,
  summary: 'Audit entries in view, newest first',
  request: { query: AuditQuery },
  responses: { 200: jsonAnswer(AuditPage, 'Entries'), ...errorAnswers },
});
const verify = createRoute({
  method: 'post',
  path: '/api/audit/verify',
  tags,
  summary: 'Verify the whole hash chain',
  responses: { 200: jsonAnswer(AuditVerdict, 'Verdict'), ...errorAnswers },
});

export function auditRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json(await listAudit(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(verify, async (c) => c.json(await verifyAuditAs(requestContext(c)), 200));
}
