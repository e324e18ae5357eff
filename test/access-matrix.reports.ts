/**
 * The access matrix's entries for the reports module: the periodic report read with reports:read
 * (analysts, conduct and force generation officers, planners, heads of mission), drafted with
 * reports:draft (planners, heads of mission), signed with reports:sign (heads of mission only),
 * each in the mission's view. By-id targets are made for each call, in mission A ('in') or
 * mission B ('out-of-mission'), each for a period of its own.
 */
import { systemActor } from '../src/core/system-actor.js';
import {
  createReport,
  setObservations,
  signReport,
} from '../src/modules/reports/report.service.js';
import {
  callers,
  next,
  type Caller,
  type Env,
  type Spec,
  type Target,
} from './access-matrix.support.js';

const readers: Caller[] = [
  'analyst',
  'conduct_officer',
  'force_generation_officer',
  'planner',
  'head_of_mission',
];
const drafters: Caller[] = ['planner', 'head_of_mission'];
const byId: Target[] = ['in', 'out-of-mission'];
const missionOf = (e: Env, t: Target) => (t === 'in' ? e.w.missionA.id : e.w.missionB.id);
const day = (e: Env, offset: number) =>
  new Date(e.t.clock.now().getTime() + offset * 86_400_000).toISOString().slice(0, 10);
const period = (e: Env) => {
  const n = next(e);
  return { from: day(e, -1000 - n), to: day(e, -1000 - n) };
};
const maker = (e: Env) => ({
  ...e.t.ctx,
  requestId: 'matrix',
  actor: {
    ...systemActor('matrix', 'cli', ['reports:read', 'reports:draft']),
    username: e.w.hqAdmin.username,
  },
});

/** A draft of one day in the target's mission, with its observations written. */
async function draft(e: Env, t: Target) {
  const report = await createReport(maker(e), { missionId: missionOf(e, t), ...period(e) });
  return setObservations(maker(e), report.id, { observations: 'Calm.', version: report.version });
}

const file = (format: string): Spec => ({
  targets: byId,
  allowed: readers,
  success: 200,
  call: (e, t) => {
    const p = period(e);
    return e.agent.get(
      `/api/reports/missions/${missionOf(e, t)}/periodic.${format}?from=${p.from}&to=${p.to}`,
    );
  },
});
const draftFile = (format: string): Spec => ({
  targets: byId,
  allowed: readers,
  success: 200,
  call: async (e, t) => e.agent.get(`/api/reports/${(await draft(e, t)).id}/report.${format}`),
});

export const reportMatrix: Record<string, Spec> = {
  'GET /api/reports/missions/{id}/periodic.json': file('json'),
  'GET /api/reports/missions/{id}/periodic.html': file('html'),
  'GET /api/reports/missions/{id}/periodic.pdf': file('pdf'),
  'GET /api/reports/{id}/report.json': draftFile('json'),
  'GET /api/reports/{id}/report.html': draftFile('html'),
  'GET /api/reports/{id}/report.pdf': draftFile('pdf'),
  // A stylesheet, no data: anyone's browser may fetch it, signed in or not.
  'GET /api/public/print.css': {
    allowed: callers,
    success: 200,
    call: (e) => e.agent.get('/api/public/print.css'),
    expect: () => 200,
  },
  'GET /api/reports': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/reports'),
  },
  'POST /api/reports': {
    targets: byId,
    allowed: drafters,
    success: 201,
    call: (e, t) => e.agent.post('/api/reports', { missionId: missionOf(e, t), ...period(e) }),
  },
  'GET /api/reports/{id}': {
    targets: byId,
    allowed: readers,
    success: 200,
    call: async (e, t) => e.agent.get(`/api/reports/${(await draft(e, t)).id}`),
  },
  'PUT /api/reports/{id}/observations': {
    targets: byId,
    allowed: drafters,
    success: 200,
    call: async (e, t) => {
      const r = await draft(e, t);
      return e.agent.put(`/api/reports/${r.id}/observations`, {
        observations: 'Calmer.',
        version: r.version,
      });
    },
  },
  'POST /api/reports/{id}/comments': {
    targets: byId,
    allowed: readers,
    success: 200,
    call: async (e, t) =>
      e.agent.post(`/api/reports/${(await draft(e, t)).id}/comments`, { text: 'Looks right.' }),
  },
  'POST /api/reports/{id}/sign': {
    targets: byId,
    allowed: ['head_of_mission'],
    success: 200,
    call: async (e, t) => {
      const r = await draft(e, t);
      return e.agent.post(`/api/reports/${r.id}/sign`, { version: r.version });
    },
  },
  'POST /api/reports/{id}/editions': {
    targets: byId,
    allowed: drafters,
    success: 201,
    call: async (e, t) => {
      const r = await draft(e, t);
      const signer = {
        ...maker(e),
        actor: {
          ...maker(e).actor,
          permissions: new Set(['reports:read' as const, 'reports:sign' as const]),
        },
      };
      await signReport(signer, r.id, { version: r.version });
      return e.agent.post(`/api/reports/${r.id}/editions`);
    },
  },
};
