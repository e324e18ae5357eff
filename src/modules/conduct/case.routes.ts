/** Conduct cases: validate → service → respond. */
import { createRoute } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import {
  CaseTeam,
  OverdueSummary,
  Case,
  CasePage,
  CaseQuery,
  ChangeCaseStatusInput,
  ClockSettings,
  ClockSettingsQuery,
  ReceiveAllegationInput,
  RecordEvidenceInput,
} from './case.schema.js';
import { getCase, listCases, receiveAllegation } from './case.service.js';
import { overdueSummary } from './overdue-summary.service.js';
import { caseTeam } from './case-team.service.js';
import { clockSettingsFor, setClockSettings } from './clock-settings.service.js';
import { changeCaseStatus, recordEvidenceGathered } from './case-workflow.service.js';

const tags = ['conduct'];
const list = createRoute({
  method: 'get',
  path: '/api/conduct/cases',
  tags,
  summary:
    'Allegation cases you may see, newest first; overdue=true lists open cases past a clock (C1, C2)',
  request: { query: CaseQuery },
  responses: { 200: jsonAnswer(CasePage, 'Cases (no victim details)'), ...errorAnswers },
});
const receive = createRoute({
  method: 'post',
  path: '/api/conduct/cases',
  tags,
  summary: 'Receive an allegation: opens the case in its own compartment and starts its clocks',
  request: jsonBody(ReceiveAllegationInput),
  responses: { 201: jsonAnswer(Case, 'Received'), ...errorAnswers },
});
const get = createRoute({
  method: 'get',
  path: '/api/conduct/cases/{id}',
  tags,
  summary: "One case with its clocks and victims' identities (members of its compartment only)",
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Case, 'Case'), ...errorAnswers },
});
const evidence = createRoute({
  method: 'post',
  path: '/api/conduct/cases/{id}/evidence',
  tags,
  summary: 'Record when the immediate response team gathered the evidence (stops the C1 clock)',
  request: { params: IdParam, ...jsonBody(RecordEvidenceInput) },
  responses: { 200: jsonAnswer(Case, 'Recorded'), ...errorAnswers },
});
const status = createRoute({
  method: 'post',
  path: '/api/conduct/cases/{id}/status',
  tags,
  summary: 'Investigate, conclude with a finding, close or reopen (send the version you read)',
  request: { params: IdParam, ...jsonBody(ChangeCaseStatusInput) },
  responses: { 200: jsonAnswer(Case, 'Changed'), ...errorAnswers },
});
const settings = createRoute({
  method: 'get',
  path: '/api/conduct/clock-settings',
  tags,
  summary: "The mission's clock settings (defaults: 72 hours, 6 months, ¶119)",
  request: { query: ClockSettingsQuery },
  responses: { 200: jsonAnswer(ClockSettings, 'Settings'), ...errorAnswers },
});
const saveSettings = createRoute({
  method: 'put',
  path: '/api/conduct/clock-settings',
  tags,
  summary: "Set the mission's clocks for cases received from now on",
  request: { query: ClockSettingsQuery, ...jsonBody(ClockSettings) },
  responses: { 200: jsonAnswer(ClockSettings, 'Saved'), ...errorAnswers },
});

const summary = createRoute({
  method: 'get',
  path: '/api/conduct/overdue-summary',
  tags,
  summary:
    'Per mission in view: open cases and those past a clock, counted exactly over every case (C2; for those entitled, never published)',
  responses: {
    200: jsonAnswer(OverdueSummary, 'Counts'),
    ...errorAnswers,
  },
});

const team = createRoute({
  method: 'get',
  path: '/api/conduct/cases/{id}/team',
  tags,
  summary:
    "Who is on the case (its compartment) and the mission's conduct officers and investigators who could be added",
  request: { params: IdParam },
  responses: {
    200: jsonAnswer(CaseTeam, 'Team'),
    ...errorAnswers,
  },
});

export function caseRoutes(app: ApiApp): void {
  app.openapi(team, async (c) =>
    c.json(await caseTeam(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(summary, async (c) =>
    c.json({ items: await overdueSummary(requestContext(c)) }, 200),
  );
  app.openapi(list, async (c) =>
    c.json(await listCases(requestContext(c), c.req.valid('query')), 200),
  );
  app.openapi(receive, async (c) =>
    c.json(await receiveAllegation(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(get, async (c) =>
    c.json(await getCase(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(evidence, async (c) =>
    c.json(
      await recordEvidenceGathered(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(status, async (c) =>
    c.json(
      await changeCaseStatus(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(settings, async (c) =>
    c.json(await clockSettingsFor(requestContext(c), c.req.valid('query').missionId), 200),
  );
  app.openapi(saveSettings, async (c) =>
    c.json(
      await setClockSettings(
        requestContext(c),
        c.req.valid('query').missionId,
        c.req.valid('json'),
      ),
      200,
    ),
  );
}
