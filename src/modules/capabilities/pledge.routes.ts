/** Pledges and readiness (K1), statements of unit requirements (K6): validate → service → respond. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { declareCaveat, deployUnit } from './caveat.service.js';
import { CreateMouInput, Mou } from './mou.schema.js';
import { createMou, listMous } from './mou.service.js';
import {
  AddPersonInput,
  CertifyInput,
  Person,
  RosterInput,
  ScreenInput,
  SeaTrainingInput,
} from './personnel.schema.js';
import { addPeople, addPerson, listPersonnel } from './personnel.service.js';
import { certifyPerson, screenPerson, trainPerson } from './person-records.service.js';
import {
  CaveatInput,
  CreatePledgeInput,
  DeployInput,
  CreateRequirementInput,
  Pledge,
  PledgeQuery,
  RecordEvidenceInput,
  UnitRequirement,
} from './pledge.schema.js';
import { createPledge, getPledge, listPledges, recordEvidence } from './pledge.service.js';
import { createRequirement, listRequirements } from './requirement.service.js';

const tags = ['capabilities'];
const list = createRoute({
  method: 'get',
  path: '/api/capabilities/pledges',
  tags,
  summary: 'Pledges with the readiness level that holds today and its history',
  request: { query: PledgeQuery },
  responses: { 200: jsonAnswer(z.object({ items: z.array(Pledge) }), 'Pledges'), ...errorAnswers },
});
const create = createRoute({
  method: 'post',
  path: '/api/capabilities/pledges',
  tags,
  summary: 'Pledge a unit to the Peacekeeping Capability Readiness System (level 1)',
  request: jsonBody(CreatePledgeInput),
  responses: { 201: jsonAnswer(Pledge, 'Pledged'), ...errorAnswers },
});
const one = createRoute({
  method: 'get',
  path: '/api/capabilities/pledges/{id}',
  tags,
  summary: 'One pledge with its readiness history',
  request: { params: IdParam },
  responses: { 200: jsonAnswer(Pledge, 'Pledge'), ...errorAnswers },
});
const evidence = createRoute({
  method: 'post',
  path: '/api/capabilities/pledges/{id}/evidence',
  tags,
  summary:
    'Record evidence for the readiness level (K1): an assessment and advisory visit, alignment with a statement of unit requirements, a deployability verification',
  request: { params: IdParam, ...jsonBody(RecordEvidenceInput) },
  responses: { 200: jsonAnswer(Pledge, 'The pledge'), ...errorAnswers },
});
const requirements = createRoute({
  method: 'get',
  path: '/api/capabilities/requirements',
  tags,
  summary: 'Statements of unit requirements of the missions in view, by deadline',
  responses: {
    200: jsonAnswer(z.object({ items: z.array(UnitRequirement) }), 'Requirements'),
    ...errorAnswers,
  },
});
const createRequirementRoute = createRoute({
  method: 'post',
  path: '/api/capabilities/requirements',
  tags,
  summary:
    "A mission's statement of unit requirements (K6): capability, strength, tasks, standards, location, deadline",
  request: jsonBody(CreateRequirementInput),
  responses: { 201: jsonAnswer(UnitRequirement, 'Created'), ...errorAnswers },
});

const caveat = createRoute({
  method: 'post',
  path: '/api/capabilities/pledges/{id}/caveats',
  tags,
  summary:
    'Declare a national caveat (K2): task, geography, time, conditions, text; refused once the unit is deployed, and the attempt recorded',
  request: { params: IdParam, ...jsonBody(CaveatInput) },
  responses: { 201: jsonAnswer(Pledge, 'The pledge'), ...errorAnswers },
});
const deploy = createRoute({
  method: 'post',
  path: '/api/capabilities/pledges/{id}/deployment',
  tags,
  summary:
    'The unit deploys to a mission: its caveats freeze (K2); refused for a contributor not accepted (K4)',
  request: { params: IdParam, ...jsonBody(DeployInput) },
  responses: { 200: jsonAnswer(Pledge, 'The pledge'), ...errorAnswers },
});

const personnel = createRoute({
  method: 'get',
  path: '/api/capabilities/pledges/{id}/personnel',
  tags,
  summary:
    "The unit's people with their certifications, screenings and what each lacks to deploy (K3)",
  request: { params: IdParam },
  responses: { 200: jsonAnswer(z.object({ items: z.array(Person) }), 'People'), ...errorAnswers },
});
const addPersonRoute = createRoute({
  method: 'post',
  path: '/api/capabilities/pledges/{id}/personnel',
  tags,
  summary: 'Add a person to the unit: service number, rank, name (the name encrypted)',
  request: { params: IdParam, ...jsonBody(AddPersonInput) },
  responses: { 201: jsonAnswer(z.object({ items: z.array(Person) }), 'People'), ...errorAnswers },
});
const rosterRoute = createRoute({
  method: 'post',
  path: '/api/capabilities/pledges/{id}/personnel/roster',
  tags,
  summary:
    'The nominal roll at once: each person with their certification and screening (K3); all or nothing, problems named by position',
  request: { params: IdParam, ...jsonBody(RosterInput) },
  responses: { 201: jsonAnswer(z.object({ items: z.array(Person) }), 'People'), ...errorAnswers },
});
const certify = createRoute({
  method: 'post',
  path: '/api/capabilities/personnel/{id}/certifications',
  tags,
  summary: 'A predeployment training certification: course, date, certifying authority (¶100)',
  request: { params: IdParam, ...jsonBody(CertifyInput) },
  responses: { 201: jsonAnswer(z.object({ items: z.array(Person) }), 'People'), ...errorAnswers },
});
const screen = createRoute({
  method: 'post',
  path: '/api/capabilities/personnel/{id}/screenings',
  tags,
  summary: 'A human-rights screening: date, cleared or not, by whom (¶126); the latest counts',
  request: { params: IdParam, ...jsonBody(ScreenInput) },
  responses: { 201: jsonAnswer(z.object({ items: z.array(Person) }), 'People'), ...errorAnswers },
});
const seaTraining = createRoute({
  method: 'post',
  path: '/api/capabilities/personnel/{id}/sea-trainings',
  tags,
  summary: 'The mandatory e-learning on sexual exploitation and abuse, completed (P6, ¶124)',
  request: { params: IdParam, ...jsonBody(SeaTrainingInput) },
  responses: { 201: jsonAnswer(z.object({ items: z.array(Person) }), 'People'), ...errorAnswers },
});

const mous = createRoute({
  method: 'get',
  path: '/api/capabilities/mous',
  tags,
  summary:
    'Memoranda of understanding of the missions in view, each with the statement of unit requirements it carries (K6)',
  responses: { 200: jsonAnswer(z.object({ items: z.array(Mou) }), 'MOUs'), ...errorAnswers },
});
const createMouRoute = createRoute({
  method: 'post',
  path: '/api/capabilities/mous',
  tags,
  summary:
    'Record an MOU: the unit it covers and the statement of unit requirements it carries (same capability; one per unit)',
  request: jsonBody(CreateMouInput),
  responses: { 201: jsonAnswer(Mou, 'The MOU'), ...errorAnswers },
});

export function pledgeRoutes(app: ApiApp): void {
  app.openapi(mous, async (c) => c.json({ items: await listMous(requestContext(c)) }, 200));
  app.openapi(createMouRoute, async (c) =>
    c.json(await createMou(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(personnel, async (c) =>
    c.json({ items: await listPersonnel(requestContext(c), c.req.valid('param').id) }, 200),
  );
  app.openapi(addPersonRoute, async (c) =>
    c.json(
      { items: await addPerson(requestContext(c), c.req.valid('param').id, c.req.valid('json')) },
      201,
    ),
  );
  app.openapi(rosterRoute, async (c) =>
    c.json(
      {
        items: await addPeople(
          requestContext(c),
          c.req.valid('param').id,
          c.req.valid('json').people,
        ),
      },
      201,
    ),
  );
  app.openapi(certify, async (c) =>
    c.json(
      {
        items: await certifyPerson(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      },
      201,
    ),
  );
  app.openapi(screen, async (c) =>
    c.json(
      {
        items: await screenPerson(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      },
      201,
    ),
  );
  app.openapi(seaTraining, async (c) =>
    c.json(
      {
        items: await trainPerson(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      },
      201,
    ),
  );
  app.openapi(caveat, async (c) =>
    c.json(
      await declareCaveat(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      201,
    ),
  );
  app.openapi(deploy, async (c) =>
    c.json(await deployUnit(requestContext(c), c.req.valid('param').id, c.req.valid('json')), 200),
  );
  app.openapi(list, async (c) =>
    c.json({ items: await listPledges(requestContext(c), c.req.valid('query')) }, 200),
  );
  app.openapi(create, async (c) =>
    c.json(await createPledge(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(one, async (c) =>
    c.json(await getPledge(requestContext(c), c.req.valid('param').id), 200),
  );
  app.openapi(evidence, async (c) =>
    c.json(
      await recordEvidence(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(requirements, async (c) =>
    c.json({ items: await listRequirements(requestContext(c)) }, 200),
  );
  app.openapi(createRequirementRoute, async (c) =>
    c.json(await createRequirement(requestContext(c), c.req.valid('json')), 201),
  );
}
