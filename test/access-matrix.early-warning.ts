/** The access matrix's entries for the early-warning module (issue 6). */
import type { Caller, Spec } from './access-matrix.support.js';

const readers: Caller[] = ['analyst', 'planner', 'head_of_mission', 'viewer'];
const writers: Caller[] = ['analyst'];
const missingId = '0195f0c2-0000-7000-8000-000000000000';
const base = '/api/early-warning/situations';

/** E3: mission records, read with early-warning:read, written with early-warning:write. */
export const earlyWarningMatrix: Record<string, Spec> = {
  'GET /api/early-warning/situations': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get(base),
  },
  'POST /api/early-warning/situations': {
    allowed: writers,
    success: 201,
    call: (e) =>
      e.agent.post(base, {
        title: 'Tension around the camp',
        area: 'Bria',
        description: 'Reported movements',
        owner: e.w.users.analyst.username,
      }),
  },
  'GET /api/early-warning/situations/{id}': {
    allowed: readers,
    success: 404,
    call: (e) => e.agent.get(`${base}/${missingId}`),
  },
  'POST /api/early-warning/situations/{id}/evidence': {
    allowed: writers,
    success: 404,
    call: (e) =>
      e.agent.post(`${base}/${missingId}/evidence`, { kind: 'forecast', reference: 'CAF' }),
  },
  'POST /api/early-warning/situations/{id}/reviews': {
    allowed: writers,
    success: 404,
    call: (e) =>
      e.agent.post(`${base}/${missingId}/reviews`, {
        version: 1,
        reviewedOn: '2026-03-01',
        forum: 'senior_action_group',
        decision: 'Reinforce',
        followUp: 'Report back',
      }),
  },
  'POST /api/early-warning/situations/{id}/close': {
    allowed: writers,
    success: 404,
    call: (e) => e.agent.post(`${base}/${missingId}/close`, { version: 1, reason: 'Resolved' }),
  },
};
