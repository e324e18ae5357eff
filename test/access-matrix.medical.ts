/**
 * The access matrix's entries for the medical module's facilities, aircraft and route plan (M3):
 * read with medical:read, written with medical:write, in the mission's view. By-id targets are
 * made for each call, in mission A ('in') or mission B ('out-of-mission').
 */
import { systemActor } from '../src/core/system-actor.js';
import { recordCasualty } from '../src/modules/medical/casualty.service.js';
import { requestEvacuation } from '../src/modules/medical/evacuation.service.js';
import { recordFatality } from '../src/modules/medical/fatality-record.service.js';
import { createAircraft, createFacility } from '../src/modules/medical/facility.service.js';
import { next, type Caller, type Env, type Spec, type Target } from './access-matrix.support.js';

const medical: Caller[] = ['medical_officer'];
const byId: Target[] = ['in', 'out-of-mission'];
const maker = (e: Env) => ({
  ...e.t.ctx,
  requestId: 'matrix',
  actor: systemActor('matrix', 'cli', ['medical:write', 'evacuations:task']),
});
const missionOf = (e: Env, t: Target) => (t === 'in' ? e.w.missionA.id : e.w.missionB.id);
const facility = async (e: Env, t: Target) =>
  createFacility(maker(e), {
    missionId: missionOf(e, t),
    name: `Level I ${next(e)}`,
    level: 'level_1',
    status: 'operational',
    statusNote: '',
    latitude: 6.5,
    longitude: 22,
    operatedBy: 'UN',
    surgery: false,
    blood: false,
    beds: 5,
    icuBeds: 0,
  });
const aircraft = async (e: Env, t: Target) =>
  createAircraft(maker(e), {
    missionId: missionOf(e, t),
    name: `Heli ${next(e)}`,
    kind: 'helicopter',
    speedKmh: 220,
    nightCapable: false,
    available: true,
    baseName: 'Bangui',
    latitude: 4.39,
    longitude: 18.52,
  });

const casualty = async (e: Env, t: Target) =>
  recordCasualty(maker(e), {
    missionId: missionOf(e, t),
    incidentId: null,
    injuredAt: new Date(e.t.clock.now().getTime() - 3_600_000).toISOString(),
    precedence: 'urgent',
    category: 'un_military',
    steps: {
      first_aid: { at: null, notApplicable: false },
      resuscitation: { at: null, notApplicable: false, facilityId: null },
      surgery: { at: null, notApplicable: true, facilityId: null },
    },
    identity: { name: 'Matrix Patient', serviceNumber: '' },
    clinicalNotes: '',
  });

const evacuationReaders: Caller[] = ['staff_officer', 'medical_officer', 'aviation_officer'];
const evacuationRequest = (e: Env) => ({
  injuredAt: new Date(e.t.clock.now().getTime() - 600_000).toISOString(),
  latitude: 4.96,
  longitude: 18.7,
  patients: { urgent: 1 },
  security: 'no_enemy',
  nationality: ['un_military'],
});
const evacuation = async (e: Env, t: Target) =>
  requestEvacuation(
    {
      ...e.t.ctx,
      requestId: 'matrix',
      actor: systemActor('matrix', 'cli', ['evacuations:request']),
    },
    {
      ...evacuationRequest(e),
      missionId: missionOf(e, t),
      kind: 'casevac',
      incidentId: null,
      casualtyIds: [],
      pickupDescription: '',
      specialEquipment: [],
      marking: 'none',
      cbrn: 'none',
      terrain: '',
      patients: { urgent_surgical: 0, urgent: 1, priority: 0, routine: 0 },
      security: 'no_enemy',
      nationality: ['un_military'],
    },
  );

const fatality = async (e: Env, t: Target) =>
  recordFatality(
    {
      ...e.t.ctx,
      requestId: 'matrix',
      actor: { ...systemActor('matrix', 'cli', ['medical:write']), username: e.w.hqAdmin.username },
    },
    {
      missionId: missionOf(e, t),
      diedOn: e.t.clock.now().toISOString().slice(0, 10),
      gender: 'unknown',
      nationality: 'Nepal',
      personnelType: 'military',
      incidentType: 'illness',
      incidentId: null,
      casualtyId: null,
    },
  );

export const medicalMatrix: Record<string, Spec> = {
  'GET /api/medical/fatalities': {
    allowed: medical,
    success: 200,
    call: (e) => e.agent.get('/api/medical/fatalities'),
  },
  'POST /api/medical/fatalities': {
    allowed: medical,
    success: 201,
    call: (e) =>
      e.agent.post('/api/medical/fatalities', {
        diedOn: e.t.clock.now().toISOString().slice(0, 10),
        nationality: 'Nepal',
        personnelType: 'police',
        incidentType: 'accident',
      }),
  },
  'PATCH /api/medical/fatalities/{id}/next-of-kin/{step}': {
    targets: byId,
    allowed: medical,
    success: 200,
    call: async (e, t) => {
      const f = await fatality(e, t);
      return e.agent.patch(`/api/medical/fatalities/${f.id}/next-of-kin/notified`, {
        version: 1,
        note: 'Through the permanent mission',
      });
    },
  },
  'GET /api/medical/evacuations': {
    allowed: evacuationReaders,
    success: 200,
    call: (e) => e.agent.get('/api/medical/evacuations?state=all'),
  },
  'POST /api/medical/evacuations': {
    allowed: ['staff_officer', 'medical_officer'],
    success: 201,
    call: (e) => e.agent.post('/api/medical/evacuations', evacuationRequest(e)),
  },
  'GET /api/medical/evacuations/{id}': {
    targets: byId,
    allowed: evacuationReaders,
    success: 200,
    call: async (e, t) => e.agent.get(`/api/medical/evacuations/${(await evacuation(e, t)).id}`),
  },
  'POST /api/medical/evacuations/{id}/steps': {
    targets: byId,
    allowed: ['aviation_officer'],
    success: 200,
    call: async (e, t) => {
      const r = await evacuation(e, t);
      return e.agent.post(`/api/medical/evacuations/${r.id}/steps`, {
        version: r.version,
        to: 'refused',
        reason: 'no_asset_available',
      });
    },
  },
  'GET /api/medical/casualties': {
    allowed: medical,
    success: 200,
    call: (e) => e.agent.get('/api/medical/casualties'),
  },
  'POST /api/medical/casualties': {
    allowed: medical,
    success: 201,
    call: (e) =>
      e.agent.post('/api/medical/casualties', {
        injuredAt: new Date(e.t.clock.now().getTime() - 600_000).toISOString(),
        precedence: 'priority',
        category: 'un_police',
      }),
  },
  'GET /api/medical/compliance': {
    allowed: medical,
    success: 200,
    call: (e) => e.agent.get('/api/medical/compliance?by=month'),
  },
  'GET /api/medical/casualties/{id}': {
    targets: byId,
    allowed: medical,
    success: 200,
    call: async (e, t) => e.agent.get(`/api/medical/casualties/${(await casualty(e, t)).id}`),
  },
  'PUT /api/medical/casualties/{id}/steps': {
    targets: byId,
    allowed: medical,
    success: 200,
    call: async (e, t) => {
      const c = await casualty(e, t);
      return e.agent.put(`/api/medical/casualties/${c.id}/steps`, {
        version: c.version,
        steps: { surgery: { notApplicable: true } },
      });
    },
  },
  'GET /api/medical/facilities': {
    allowed: evacuationReaders,
    success: 200,
    call: (e) => e.agent.get('/api/medical/facilities'),
  },
  'GET /api/medical/facilities.csv': {
    allowed: evacuationReaders,
    success: 200,
    call: (e) => e.agent.get('/api/medical/facilities.csv'),
  },
  'POST /api/medical/facilities': {
    allowed: medical,
    success: 201,
    call: (e) =>
      e.agent.post('/api/medical/facilities', {
        name: `Level II ${next(e)}`,
        level: 'level_2',
        latitude: 4.39,
        longitude: 18.52,
        surgery: true,
      }),
  },
  'PATCH /api/medical/facilities/{id}': {
    targets: byId,
    allowed: medical,
    success: 200,
    call: async (e, t) => {
      const f = await facility(e, t);
      return e.agent.patch(`/api/medical/facilities/${f.id}`, {
        version: f.version,
        status: 'degraded',
        statusNote: 'Half the beds',
      });
    },
  },
  'GET /api/medical/aircraft': {
    allowed: evacuationReaders,
    success: 200,
    call: (e) => e.agent.get('/api/medical/aircraft'),
  },
  'POST /api/medical/aircraft': {
    allowed: ['aviation_officer'],
    success: 201,
    call: (e) =>
      e.agent.post('/api/medical/aircraft', {
        name: `Mi-8 ${next(e)}`,
        kind: 'helicopter',
        speedKmh: 220,
        nightCapable: true,
        baseName: 'Bangui',
        latitude: 4.39,
        longitude: 18.52,
      }),
  },
  'PATCH /api/medical/aircraft/{id}': {
    targets: byId,
    allowed: ['aviation_officer'],
    success: 200,
    call: async (e, t) => {
      const a = await aircraft(e, t);
      return e.agent.patch(`/api/medical/aircraft/${a.id}`, {
        version: a.version,
        available: false,
      });
    },
  },
  'POST /api/medical/route-plan': {
    allowed: evacuationReaders,
    success: 200,
    call: (e) =>
      e.agent.post('/api/medical/route-plan', {
        latitude: 6.54,
        longitude: 21.99,
        precedence: 'urgent',
        injuredAt: new Date(e.t.clock.now().getTime() - 600_000).toISOString(),
      }),
  },
};
