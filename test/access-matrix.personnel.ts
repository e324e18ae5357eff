/**
 * The access matrix's entries for the personnel module: statistics (pipeline, staffing, share of
 * women, SEA training gaps, the recruitment list without names) read with personnel:read (human
 * resources, planners, heads of mission); records written with personnel:write and appointments and
 * compacts read by name with personnel:identify (human resources only), each in the mission's view.
 * By-id targets are made for each call in mission A ('in') or mission B ('out-of-mission').
 */
import { systemActor } from '../src/core/system-actor.js';
import { createCompact, assessCompact } from '../src/modules/personnel/compact.service.js';
import { createAppointment } from '../src/modules/personnel/leadership.service.js';
import { createRecruitment } from '../src/modules/personnel/recruitment.service.js';
import { next, type Caller, type Env, type Spec, type Target } from './access-matrix.support.js';

const readers: Caller[] = ['planner', 'head_of_mission', 'human_resources_officer'];
const hr: Caller[] = ['human_resources_officer'];
const byId: Target[] = ['in', 'out-of-mission'];
const missionOf = (e: Env, t: Target) => (t === 'in' ? e.w.missionA.id : e.w.missionB.id);
const day = (e: Env, offset: number) =>
  new Date(e.t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const maker = (e: Env) => ({
  ...e.t.ctx,
  requestId: 'matrix',
  actor: systemActor('matrix', 'cli', ['personnel:read', 'personnel:write', 'personnel:identify']),
});

const recruitment = (e: Env, t: Target) =>
  createRecruitment(maker(e), {
    missionId: missionOf(e, t),
    reference: `MX-${next(e)}`,
    post: 'Civil affairs officer',
    grade: 'P-3',
    category: 'international',
    source: 'roster',
    openedOn: day(e, -100),
  });

const appointment = (e: Env, t: Target) =>
  createAppointment(maker(e), {
    missionId: missionOf(e, t),
    post: 'head_of_mission',
    appointee: `Leader ${next(e)}`,
    gender: 'female',
    nationality: 'SEN',
    appointedOn: day(e, -800),
    humanRightsAssessment: {
      assessedOn: day(e, -830),
      assessedBy: 'OHCHR',
      outcome: 'no_concerns',
    },
    source: 'matrix',
  });

/** A compact for last year, which may be assessed now. */
async function compact(e: Env, t: Target) {
  const a = await appointment(e, t);
  return createCompact(maker(e), a.id, {
    year: Number(day(e, 0).slice(0, 4)) - 1,
    objectives: ['Protect civilians in the west'],
  });
}

export const personnelMatrix: Record<string, Spec> = {
  'GET /api/personnel/recruitments': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/personnel/recruitments'),
  },
  'POST /api/personnel/recruitments': {
    targets: byId,
    allowed: hr,
    success: 201,
    call: (e, t) =>
      e.agent.post('/api/personnel/recruitments', {
        missionId: missionOf(e, t),
        reference: `MX-${next(e)}`,
        post: 'Driver',
        grade: 'G-3',
        category: 'national_general_service',
        source: 'advertised',
        openedOn: day(e, -10),
      }),
  },
  'POST /api/personnel/recruitments/{id}/steps': {
    targets: byId,
    allowed: hr,
    success: 200,
    call: async (e, t) => {
      const r = await recruitment(e, t);
      return e.agent.post(`/api/personnel/recruitments/${r.id}/steps`, {
        version: r.version,
        step: 'selection',
        on: day(e, -90),
      });
    },
  },
  'POST /api/personnel/recruitments/{id}/withdrawal': {
    targets: byId,
    allowed: hr,
    success: 200,
    call: async (e, t) => {
      const r = await recruitment(e, t);
      return e.agent.post(`/api/personnel/recruitments/${r.id}/withdrawal`, {
        version: r.version,
        on: day(e, -1),
        reason: 'Candidate declined',
      });
    },
  },
  'POST /api/personnel/recruitments/{id}/sea-training': {
    targets: byId,
    allowed: hr,
    success: 200,
    call: async (e, t) => {
      const r = await recruitment(e, t);
      return e.agent.post(`/api/personnel/recruitments/${r.id}/sea-training`, {
        version: r.version,
        completedOn: day(e, -1),
      });
    },
  },
  'GET /api/personnel/pipeline': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/personnel/pipeline'),
  },
  'GET /api/personnel/staffing': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/personnel/staffing'),
  },
  'POST /api/personnel/staffing/counts': {
    allowed: hr,
    success: 200,
    call: (e) =>
      e.agent.post('/api/personnel/staffing/counts', {
        month: day(e, 0).slice(0, 7),
        category: 'community_liaison',
        women: 4,
        men: 6,
      }),
  },
  'POST /api/personnel/staffing/plans': {
    allowed: hr,
    success: 200,
    call: (e) =>
      e.agent.post('/api/personnel/staffing/plans', {
        fromMonth: day(e, 0).slice(0, 7),
        category: 'community_liaison',
        planned: 20,
        plannedWomen: 10,
      }),
  },
  'GET /api/personnel/sea-training': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/personnel/sea-training'),
  },
  'GET /api/personnel/appointments': {
    allowed: hr,
    success: 200,
    call: (e) => e.agent.get('/api/personnel/appointments'),
  },
  'POST /api/personnel/appointments': {
    targets: byId,
    allowed: hr,
    success: 201,
    call: (e, t) =>
      e.agent.post('/api/personnel/appointments', {
        missionId: missionOf(e, t),
        post: 'chief_of_staff',
        appointee: `Chief ${next(e)}`,
        gender: 'male',
        nationality: 'GHA',
        appointedOn: day(e, -30),
        humanRightsAssessment: {
          assessedOn: day(e, -60),
          assessedBy: 'OHCHR',
          outcome: 'no_concerns',
        },
        source: 'matrix',
      }),
  },
  'POST /api/personnel/appointments/{id}/end': {
    targets: byId,
    allowed: hr,
    success: 200,
    call: async (e, t) => {
      const a = await appointment(e, t);
      return e.agent.post(`/api/personnel/appointments/${a.id}/end`, {
        version: a.version,
        endedOn: day(e, -1),
      });
    },
  },
  'GET /api/personnel/leadership/women': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/personnel/leadership/women'),
  },
  'GET /api/personnel/compacts': {
    allowed: hr,
    success: 200,
    call: (e) => e.agent.get('/api/personnel/compacts'),
  },
  'POST /api/personnel/appointments/{id}/compacts': {
    targets: byId,
    allowed: hr,
    success: 201,
    call: async (e, t) => {
      const a = await appointment(e, t);
      return e.agent.post(`/api/personnel/appointments/${a.id}/compacts`, {
        year: Number(day(e, 0).slice(0, 4)) - 1,
        objectives: ['Protect civilians'],
      });
    },
  },
  'POST /api/personnel/compacts/{id}/assessment': {
    targets: byId,
    allowed: hr,
    success: 200,
    call: async (e, t) => {
      const c = await compact(e, t);
      return e.agent.post(`/api/personnel/compacts/${c.id}/assessment`, {
        version: c.version,
        assessedOn: day(e, 0),
        rating: 'fully_met',
        assessment: 'Met.',
      });
    },
  },
  'POST /api/personnel/compacts/{id}/renewal': {
    targets: byId,
    allowed: hr,
    success: 200,
    call: async (e, t) => {
      const c = await compact(e, t);
      const assessed = await assessCompact(maker(e), c.id, {
        version: c.version,
        assessedOn: day(e, 0),
        rating: 'partially_met',
        assessment: 'Partly.',
      });
      return e.agent.post(`/api/personnel/compacts/${c.id}/renewal`, {
        version: assessed.version,
        bearing: 'renewal_with_conditions',
        note: 'Renew for a year with a gender strategy.',
      });
    },
  },
};
