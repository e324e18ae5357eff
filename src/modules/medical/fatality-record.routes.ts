/** M4, M5: deaths recorded in the mission and their next-of-kin steps (medical officers). */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  NextOfKinStepParams,
  RecordedFatality,
  RecordedFatalityQuery,
  RecordFatalityInput,
  UpdateNextOfKinStepInput,
} from './fatality.schema.js';
import {
  listRecordedFatalities,
  recordFatality,
  updateNextOfKinStep,
} from './fatality-record.service.js';

const tags = ['medical'];
const list = createRoute({
  method: 'get',
  path: '/api/medical/fatalities',
  tags,
  summary: 'Deaths recorded in the missions in view with their next-of-kin steps (M4, M5)',
  request: { query: RecordedFatalityQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(RecordedFatality) }), 'Fatalities'),
    ...errorAnswers,
  },
});
const record = createRoute({
  method: 'post',
  path: '/api/medical/fatalities',
  tags,
  summary:
    'Record a death (M4): its next-of-kin steps open (M5); a malicious act opens its incident’s host Government follow-up (I1)',
  request: jsonBody(RecordFatalityInput),
  responses: { 201: jsonAnswer(RecordedFatality, 'Recorded'), ...errorAnswers },
});
const step = createRoute({
  method: 'patch',
  path: '/api/medical/fatalities/{id}/next-of-kin/{step}',
  tags,
  summary: 'A next-of-kin step: its owner, the day it was done, a note (send the version you read)',
  request: { params: NextOfKinStepParams, ...jsonBody(UpdateNextOfKinStepInput) },
  responses: { 200: jsonAnswer(RecordedFatality, 'Updated'), ...errorAnswers },
});

export function fatalityRecordRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listRecordedFatalities(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(record, async (c) =>
    c.json(await recordFatality(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(step, async (c) => {
    const { id, step: name } = c.req.valid('param');
    return c.json(
      await updateNextOfKinStep(
        requestContext(c),
        { fatalityId: id, step: name },
        c.req.valid('json'),
      ),
      200,
    );
  });
}
