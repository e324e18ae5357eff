/** D5: perception surveys — import an export with its form, list them, read a question's shares. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer } from '../../server/route-kit.js';
import { MandateQuery } from './mandate.schema.js';
import { ImportSurveyForm, Survey, SurveyResults, SurveyResultsQuery } from './survey.schema.js';
import { importSurvey, listSurveys, surveyResults } from './survey.service.js';

const tags = ['mandates'];

const upload = createRoute({
  method: 'post',
  path: '/api/mandates/surveys',
  tags,
  summary:
    'Import a perception survey (D5): a KoboToolbox or ODK CSV export with its XLSForm, or the labelled CSV alone; kept as counts per question, area, month and answer, never a respondent’s row',
  request: {
    body: { content: { 'multipart/form-data': { schema: ImportSurveyForm } }, required: true },
  },
  responses: { 201: jsonAnswer(Survey, 'The survey as kept'), ...errorAnswers },
});
const list = createRoute({
  method: 'get',
  path: '/api/mandates/surveys',
  tags,
  summary: 'The perception surveys of the missions in view (D5)',
  request: { query: MandateQuery },
  responses: { 200: jsonAnswer(z.object({ items: z.array(Survey) }), 'Surveys'), ...errorAnswers },
});
const results = createRoute({
  method: 'get',
  path: '/api/mandates/surveys/{id}/results',
  tags,
  summary:
    'A question’s shares per period, all areas then each, with respondents and 95 % margins; small groups withheld (D5)',
  request: { params: IdParam, query: SurveyResultsQuery },
  responses: { 200: jsonAnswer(SurveyResults, 'Shares'), ...errorAnswers },
});

export function surveyRoutes(app: ApiApp): void {
  app.openapi(upload, async (c) => {
    const f = c.req.valid('form');
    const survey = await importSurvey(requestContext(c), {
      missionId: f.missionId,
      title: f.title,
      conductedBy: f.conductedBy,
      area: f.area,
      date: f.date,
      weight: f.weight,
      data: Buffer.from(await f.data.arrayBuffer()),
      form: f.form ? Buffer.from(await f.form.arrayBuffer()) : null,
    });
    return c.json(survey, 201);
  });
  app.openapi(list, async (c) =>
    c.json({ items: await listSurveys(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(results, async (c) =>
    c.json(
      await surveyResults(requestContext(c), c.req.valid('param').id, c.req.valid('query')),
      200,
    ),
  );
}
