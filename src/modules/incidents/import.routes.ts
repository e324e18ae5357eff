/** Web imports: upload a file (the raw body), follow its progress, download the rejected rows. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, fileAnswer, IdParam, jsonAnswer } from '../../server/route-kit.js';
import { getImport, importReportCsv, startImport } from './import-job.service.js';
import { ImportJob, StartImportQuery } from './incident.schema.js';

const tags = ['incidents'];
const start = createRoute({
  method: 'post',
  path: '/api/imports',
  tags,
  summary:
    'Import a UCDP, ACLED or HXL file into the current mission (the file is the body); answers at once, then poll the job',
  request: {
    query: StartImportQuery,
    body: {
      content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
      required: true,
    },
  },
  responses: { 202: jsonAnswer(ImportJob, 'Started'), ...errorAnswers },
});
const status = createRoute({
  method: 'get',
  path: '/api/imports/{id}',
  tags,
  summary: 'Progress and outcome of an import you started',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(ImportJob, 'The job'), ...errorAnswers },
});
const report = createRoute({
  method: 'get',
  path: '/api/imports/{id}/report.csv',
  tags,
  summary: 'Every rejected row of an import: line, column, reason',
  request: { params: IdParam },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' },
    ...errorAnswers,
  },
});

export function importRoutes(app: ApiApp): void {
  app.openapi(start, async (c) => {
    const query = c.req.valid('query');
    const job = await startImport(requestContext(c), {
      format: query.format,
      filename: query.filename,
      keepGoodRows: query.keepGoodRows === 'true',
      missionId: query.missionId,
      body: c.req.raw.body,
    });
    return c.json(job, 202);
  });
  app.openapi(status, (c) => c.json(getImport(requestContext(c), c.req.valid('param').id), 200));
  app.openapi(report, (c) => {
    const ctx = requestContext(c);
    const { id } = c.req.valid('param');
    return fileAnswer(c, importReportCsv(ctx, id), {
      type: 'text/csv; charset=utf-8',
      name: `import-${id.slice(0, 8)}-rejected.csv`,
    });
  });
}
