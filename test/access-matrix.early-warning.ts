/** The access matrix's entries for the early-warning module (issue 6). */
import { next, signedIn, type Caller, type Spec } from './access-matrix.support.js';

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
  'GET /api/early-warning/forecasts': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/early-warning/forecasts?horizon=1'),
  },
  'GET /api/early-warning/forecasts/countries/{iso3}': {
    allowed: readers,
    success: 404,
    call: (e) => e.agent.get('/api/early-warning/forecasts/countries/CAF'),
  },
  'GET /api/early-warning/forecasts/evaluation': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/early-warning/forecasts/evaluation'),
  },
  'GET /api/early-warning/grid-forecasts': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/early-warning/grid-forecasts?horizon=1'),
  },
  'GET /api/early-warning/grid-forecasts/evaluation': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/early-warning/grid-forecasts/evaluation'),
  },
  'POST /api/early-warning/grid-forecasts': {
    // Reached: the matrix's mission has no incident to learn from (400 naming missionId).
    allowed: writers,
    success: 400,
    call: (e) => e.agent.post('/api/early-warning/grid-forecasts', {}),
  },
  'GET /api/early-warning/hotspots': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/early-warning/hotspots?recentDays=90'),
  },
  'GET /api/bases': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get('/api/bases'),
  },
  'GET /api/missions/{id}/bases': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get(`/api/missions/${e.w.missionA.id}/bases`),
  },
  'POST /api/missions/{id}/bases': {
    // headquarters and the mission's administrators (missions:write), the mission's analysts
    allowed: ['administrator', 'hq-admin', 'analyst'],
    success: 201,
    call: (e) =>
      e.agent.post(`/api/missions/${e.w.missionA.id}/bases`, {
        name: `Team site ${next(e)}`,
        kind: 'team_site',
        latitude: 6.5,
        longitude: 21.9,
      }),
  },
  'GET /api/early-warning/alert-rules': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/early-warning/alert-rules'),
  },
  'POST /api/early-warning/alert-rules': {
    allowed: writers,
    success: 201,
    call: (e) =>
      e.agent.post('/api/early-warning/alert-rules', {
        missionId: e.w.missionA.id,
        name: 'Hotspots anywhere',
        kind: 'hotspot',
        severity: 'Moderate',
        urgency: 'Expected',
        certainty: 'Likely',
        params: { radiusKm: null },
      }),
  },
  'POST /api/early-warning/alert-rules/{id}/active': {
    allowed: writers,
    success: 404,
    call: (e) =>
      e.agent.post(`/api/early-warning/alert-rules/${missingId}/active`, {
        active: false,
        version: 1,
      }),
  },
  'POST /api/early-warning/alerts/evaluate': {
    allowed: writers,
    success: 200,
    call: (e) => e.agent.post('/api/early-warning/alerts/evaluate'),
  },
  'GET /api/early-warning/alerts': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/early-warning/alerts'),
  },
  'GET /api/early-warning/alerts/{id}': {
    allowed: readers,
    success: 404,
    call: (e) => e.agent.get(`/api/early-warning/alerts/${missingId}`),
  },
  'GET /api/alerts/feed': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/alerts/feed'),
  },
  'GET /api/alerts/{file}': {
    allowed: readers,
    success: 404,
    call: (e) => e.agent.get(`/api/alerts/${missingId}.cap`),
  },
  'GET /api/early-warning/inquiries': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/early-warning/inquiries'),
  },
  'POST /api/early-warning/inquiries': {
    // the analyst reaches the incident; an unknown unit is refused naming the field
    allowed: writers,
    success: 400,
    call: (e) =>
      e.agent.post('/api/early-warning/inquiries', {
        incidentId: e.w.incidents.in,
        subjectKind: 'military_unit',
        unitId: missingId,
        who: 'Company commander',
        known: 'Warned in time',
        ordered: 'Patrol ordered',
        happened: 'No patrol left',
      }),
  },
  'GET /api/early-warning/inquiries/{id}': {
    allowed: readers,
    success: 404,
    call: (e) => e.agent.get(`/api/early-warning/inquiries/${missingId}`),
  },
  'POST /api/early-warning/inquiries/{id}/finding': {
    allowed: writers,
    success: 404,
    call: (e) =>
      e.agent.post(`/api/early-warning/inquiries/${missingId}/finding`, {
        version: 1,
        finding: 'acted',
        text: 'It acted',
        foundOn: '2026-03-01',
      }),
  },
  'POST /api/early-warning/inquiries/{id}/notifications': {
    allowed: writers,
    success: 404,
    call: (e) =>
      e.agent.post(`/api/early-warning/inquiries/${missingId}/notifications`, {
        version: 1,
        recipient: 'council',
        on: '2026-03-01',
        reference: 'S/2026/1',
      }),
  },
  'GET /api/early-warning/units': {
    allowed: writers,
    success: 200,
    call: (e) => e.agent.get('/api/early-warning/units'),
  },
  'GET /api/capabilities/pledges/{id}/failure-to-act': {
    allowed: ['force_generation_officer', 'staff_officer'],
    success: 200,
    call: (e) => e.agent.get(`/api/capabilities/pledges/${missingId}/failure-to-act`),
  },
};
