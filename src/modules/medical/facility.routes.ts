/** M3: medical facilities, evacuation aircraft and the route plan. */
import { createRoute, z } from '@hono/zod-openapi';
import { requestContext, type ApiApp } from '../../server/env.js';
import { errorAnswers, fileAnswer, IdParam, jsonAnswer, jsonBody } from '../../server/route-kit.js';
import { csvLine } from '../../tabular/csv-writer.js';
import {
  Aircraft,
  CreateAircraftInput,
  CreateFacilityInput,
  Facility,
  MissionQuery,
  RoutePlan,
  RoutePlanInput,
  UpdateAircraftInput,
  UpdateFacilityInput,
} from './facility.schema.js';
import {
  createAircraft,
  createFacility,
  listAircraft,
  listFacilities,
  planEvacuation,
  updateAircraft,
  updateFacility,
} from './facility.service.js';

const tags = ['medical'];
const list = createRoute({
  method: 'get',
  path: '/api/medical/facilities',
  tags,
  summary: 'Medical facilities of the missions in view (M3), as JSON',
  request: { query: MissionQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Facility) }), 'Facilities'),
    ...errorAnswers,
  },
});
const listCsv = createRoute({
  method: 'get',
  path: '/api/medical/facilities.csv',
  tags,
  summary: 'The same facilities as CSV',
  request: { query: MissionQuery },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'CSV' },
    ...errorAnswers,
  },
});
const create = createRoute({
  method: 'post',
  path: '/api/medical/facilities',
  tags,
  summary: 'Record a facility: level, place, capabilities and status (M3)',
  request: jsonBody(CreateFacilityInput),
  responses: { 201: jsonAnswer(Facility, 'Created'), ...errorAnswers },
});
const update = createRoute({
  method: 'patch',
  path: '/api/medical/facilities/{id}',
  tags,
  summary: 'Change a facility, e.g. its status (send the version you read)',
  request: { params: IdParam, ...jsonBody(UpdateFacilityInput) },
  responses: { 200: jsonAnswer(Facility, 'Updated'), ...errorAnswers },
});
const aircraftList = createRoute({
  method: 'get',
  path: '/api/medical/aircraft',
  tags,
  summary: 'Evacuation aircraft of the missions in view: base, speed, night flight, availability',
  request: { query: MissionQuery },
  responses: {
    200: jsonAnswer(z.object({ items: z.array(Aircraft) }), 'Aircraft'),
    ...errorAnswers,
  },
});
const aircraftCreate = createRoute({
  method: 'post',
  path: '/api/medical/aircraft',
  tags,
  summary: 'Record an evacuation aircraft',
  request: jsonBody(CreateAircraftInput),
  responses: { 201: jsonAnswer(Aircraft, 'Created'), ...errorAnswers },
});
const aircraftUpdate = createRoute({
  method: 'patch',
  path: '/api/medical/aircraft/{id}',
  tags,
  summary: 'Change an aircraft, e.g. available or not (send the version you read)',
  request: { params: IdParam, ...jsonBody(UpdateAircraftInput) },
  responses: { 200: jsonAnswer(Aircraft, 'Updated'), ...errorAnswers },
});
const plan = createRoute({
  method: 'post',
  path: '/api/medical/route-plan',
  tags,
  summary:
    'The plan for an evacuation from a point now: the nearest facility able to treat, the aircraft, the estimate judged against the target (M3)',
  request: jsonBody(RoutePlanInput),
  responses: { 200: jsonAnswer(RoutePlan, 'Plan'), ...errorAnswers },
});

const csvColumns = [
  'id',
  'mission_id',
  'name',
  'level',
  'status',
  'status_note',
  'latitude',
  'longitude',
  'operated_by',
  'surgery',
  'blood',
  'beds',
  'icu_beds',
  'illustrative',
  'updated_at',
];

export function facilityRoutes(app: ApiApp): void {
  app.openapi(list, async (c) =>
    c.json({ items: await listFacilities(requestContext(c), c.req.valid('query').missionId) }, 200),
  );
  app.openapi(listCsv, async (c) => {
    const items = await listFacilities(requestContext(c), c.req.valid('query').missionId);
    const yes = (b: boolean) => (b ? 'yes' : 'no');
    const body = [
      csvLine(csvColumns),
      ...items.map((f) =>
        csvLine([
          f.id,
          f.missionId,
          f.name,
          f.level,
          f.status,
          f.statusNote,
          f.latitude,
          f.longitude,
          f.operatedBy,
          yes(f.surgery),
          yes(f.blood),
          f.beds,
          f.icuBeds,
          yes(f.illustrative),
          f.updatedAt,
        ]),
      ),
    ].join('');
    return fileAnswer(c, body, { type: 'text/csv; charset=utf-8', name: 'medical-facilities.csv' });
  });
  app.openapi(create, async (c) =>
    c.json(await createFacility(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(update, async (c) =>
    c.json(
      await updateFacility(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(aircraftList, async (c) =>
    c.json({ items: await listAircraft(requestContext(c), c.req.valid('query').missionId) }, 200),
  );
  app.openapi(aircraftCreate, async (c) =>
    c.json(await createAircraft(requestContext(c), c.req.valid('json')), 201),
  );
  app.openapi(aircraftUpdate, async (c) =>
    c.json(
      await updateAircraft(requestContext(c), c.req.valid('param').id, c.req.valid('json')),
      200,
    ),
  );
  app.openapi(plan, async (c) =>
    c.json(await planEvacuation(requestContext(c), c.req.valid('json')), 200),
  );
}
