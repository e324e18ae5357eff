/**
 * The periodic report to the Council: from the record for any period (PDF, HTML, JSON), and its
 * drafts, comments, signature and editions. Fixed paths before `{id}` paths.
 */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp, type ApiContext } from '../../server/env.js';
import { printStyle, renderHtml } from '../../server/html-print.js';
import { errorAnswers, fileAnswer, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { renderPdf } from '../../server/pdf.js';
import { periodicDocument, type LayoutOptions } from './periodic.layout.js';
import { outlineOf } from './periodic.outline.js';
import { periodicReport } from './periodic.service.js';
import {
  addComment,
  createReport,
  getReport,
  listReports,
  newEdition,
  reportContent,
  setObservations,
  signReport,
} from './report.service.js';
import {
  CommentInput,
  CreateReportInput,
  MissionParam,
  ObservationsInput,
  PeriodicReport,
  PeriodQuery,
  Report,
  ReportFileQuery,
  ReportQuery,
  SignInput,
  type ReportLanguage,
} from './report.schema.js';

const tags = ['reports'];
const formats = ['pdf', 'html', 'json'] as const;
type Format = (typeof formats)[number];
const mediaTypes = { pdf: 'application/pdf', html: 'text/html', json: 'application/json' } as const;
const fileAnswers = (format: Format) => ({
  200: {
    content: { [mediaTypes[format]]: { schema: format === 'json' ? PeriodicReport : z.string() } },
    description: 'The report',
  },
  ...errorAnswers,
});
const answer = { 200: jsonAnswer(Report, 'The report'), ...errorAnswers };

const periodicRoute = (format: Format) =>
  createRoute({
    method: 'get',
    path: `/api/reports/missions/{id}/periodic.${format}`,
    tags,
    summary: `The periodic report of a mission for a period, from the record as it is now (${format.toUpperCase()}); figures as the modules' APIs give them, compartmented incidents counted only`,
    request: { params: MissionParam, query: PeriodQuery },
    responses: fileAnswers(format),
  });
const reportFileRoute = (format: Format) =>
  createRoute({
    method: 'get',
    path: `/api/reports/{id}/report.${format}`,
    tags,
    summary: `A report (${format.toUpperCase()}): a signed one as frozen at signing, a draft from the record now`,
    request: { params: IdParam, query: ReportFileQuery },
    responses: fileAnswers(format),
  });
const stylesheet = createRoute({
  method: 'get',
  path: '/api/public/print.css',
  tags,
  summary: 'The stylesheet of the reports’ HTML pages',
  responses: { 200: { content: { 'text/css': { schema: z.string() } }, description: 'CSS' } },
});
const list = createRoute({
  method: 'get',
  path: '/api/reports',
  tags,
  summary: 'The reports of the missions in view, the latest period first',
  request: { query: ReportQuery },
  responses: { 200: jsonAnswer(z.object({ items: z.array(Report) }), 'Reports'), ...errorAnswers },
});
const create = createRoute({
  method: 'post',
  path: '/api/reports',
  tags,
  summary: 'Open the draft of a period that has happened (reports:draft)',
  request: jsonBody(CreateReportInput),
  responses: { 201: jsonAnswer(Report, 'The draft'), ...errorAnswers },
});
const get = createRoute({
  method: 'get',
  path: '/api/reports/{id}',
  tags,
  summary: 'A report with its comments',
  request: { params: IdParam },
  responses: answer,
});
const observations = createRoute({
  method: 'put',
  path: '/api/reports/{id}/observations',
  tags,
  summary:
    'The head of mission’s observations on a draft (reports:draft), against the version read',
  request: { params: IdParam, ...jsonBody(ObservationsInput) },
  responses: answer,
});
const comment = createRoute({
  method: 'post',
  path: '/api/reports/{id}/comments',
  tags,
  summary: 'Comment on a draft (reports:read)',
  request: { params: IdParam, ...jsonBody(CommentInput) },
  responses: answer,
});
const sign = createRoute({
  method: 'post',
  path: '/api/reports/{id}/sign',
  tags,
  summary:
    'Sign the draft read at `version` (reports:sign, the head of mission): its content is frozen and its SHA-256 recorded in the audit log',
  request: { params: IdParam, ...jsonBody(SignInput) },
  responses: answer,
});
const edition = createRoute({
  method: 'post',
  path: '/api/reports/{id}/editions',
  tags,
  summary: 'A new edition of a signed report, its observations carried over (reports:draft)',
  request: { params: IdParam },
  responses: { 201: jsonAnswer(Report, 'The new draft'), ...errorAnswers },
});

const printStylesheet = '/api/public/print.css';

/** The report as a PDF or an HTML page, in its language, answered inline. */
async function sendFile(
  c: ApiContext,
  content: PeriodicReport,
  file: {
    format: 'pdf' | 'html';
    language: ReportLanguage;
    signature: LayoutOptions['signature'];
    name: string;
  },
): Promise<never> {
  const document = periodicDocument(content, {
    language: file.language,
    signature: file.signature,
    outline: outlineOf(content.hostCountries),
  });
  if (file.format === 'html')
    return fileAnswer(c, renderHtml(document, printStylesheet), {
      type: 'text/html; charset=utf-8',
      name: file.name,
      disposition: 'inline',
      framable: true,
    });
  return fileAnswer(c, new Uint8Array(await renderPdf(document)), {
    type: 'application/pdf',
    name: file.name,
    disposition: 'inline',
  });
}

export function reportRoutes(app: ApiApp): void {
  app.openapi(stylesheet, (c) => fileAnswer(c, printStyle, { type: 'text/css; charset=utf-8' }));
  for (const format of formats) {
    app.openapi(periodicRoute(format), async (c) => {
      const { id } = c.req.valid('param');
      const { from, to, lang } = c.req.valid('query');
      const content = await periodicReport(requestContext(c), { missionId: id, from, to });
      if (format === 'json') return c.json(content, 200);
      const name = `periodic-${content.mission.acronym}-${from}-${to}-${lang}.${format}`;
      return sendFile(c, content, { format, language: lang, signature: null, name });
    });
  }
  app.openapi(list, async (c) =>
    c.json({ items: await listReports(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createReport(requestContext(c), c.req.valid('json')), 201),
  );
  for (const format of formats) {
    app.openapi(reportFileRoute(format), async (c) => {
      const { id } = c.req.valid('param');
      const lang: ReportLanguage = c.req.valid('query').lang;
      const { report, content } = await reportContent(requestContext(c), id);
      if (format === 'json') return c.json(content, 200);
      const signature =
        report.status === 'signed'
          ? { by: report.signedBy!, at: report.signedAt!, hash: report.contentHash! }
          : null;
      const name = `report-${content.mission.acronym}-${report.from}-${report.to}-e${report.edition}-${lang}.${format}`;
      return sendFile(c, content, { format, language: lang, signature, name });
    });
  }
  app.openapi(get, async (c) =>
    c.json(await getReport(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(observations, async (c) =>
    c.json(
      await setObservations(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(comment, async (c) =>
    c.json(await addComment(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(sign, async (c) =>
    c.json(await signReport(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(edition, async (c) =>
    c.json(await newEdition(requestContext(c), c.req.valid('param').id), 201),
  );
}
