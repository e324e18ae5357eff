/**
 * The access matrix's entries for the incidents module: incidents, the map's reads, exports, web
 * imports, the OGC API and follow-ups. 'in' is labelled with C1 (held by every mission-A user, not
 * by HQ), so HQ sees only the mission-B incident: no role bypasses compartments (S10).
 */
import {
  compartmentTargets,
  next,
  signedIn,
  type Caller,
  type Env,
  type Spec,
  type Target,
} from './access-matrix.support.js';

const incidentWriters: Caller[] = ['analyst', 'staff_officer'];
const incidentTarget = (env: Env, target: Target) =>
  env.w.incidents[target as keyof Env['w']['incidents']];
const versionOf = async (env: Env, table: 'incidents' | 'incident_follow_ups', id: string) =>
  (
    await env.t.ctx.db
      .selectFrom(table)
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).version;
/** Reading one incident: hq-admin sees mission B's but not A's, which sits in C1 (not its compartment). */
const readIncident = (url: (id: string) => string): Spec => ({
  targets: compartmentTargets,
  allowed: signedIn,
  success: 200,
  call: (e, t) => e.agent.get(url(incidentTarget(e, t))),
  expect: (caller, target) =>
    caller === 'hq-admin' ? (target === 'out-of-mission' ? 200 : 404) : undefined,
});

export const incidentMatrix: Record<string, Spec> = {
  // incidents: 'in' is labelled with C1 (held by every mission-A user, not by HQ), so HQ sees
  // only the mission-B incident: no role bypasses compartments (S10).
  'GET /api/incidents': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get('/api/incidents'),
  },
  'POST /api/incidents': {
    allowed: incidentWriters,
    success: 201,
    call: (e) =>
      e.agent.post('/api/incidents', {
        occurredAt: '2026-02-02T08:30:00+01:00',
        location: { latitude: 5.75, longitude: 20.67, placeName: 'Bria' },
        category: 'armed_clash',
      }),
  },
  'GET /api/incidents/{id}/history': readIncident((id) => `/api/incidents/${id}/history`),
  'GET /api/incidents/{id}': readIncident((id) => `/api/incidents/${id}`),
  'PATCH /api/incidents/{id}': {
    targets: compartmentTargets,
    allowed: incidentWriters,
    success: 200,
    call: async (e, t) => {
      const id = incidentTarget(e, t);
      return e.agent.patch(`/api/incidents/${id}`, {
        version: await versionOf(e, 'incidents', id),
        narrative: `Revised ${next(e)}`,
      });
    },
  },
  'POST /api/incidents/{id}/status': {
    targets: compartmentTargets,
    allowed: ['analyst'],
    success: 200,
    call: async (e, t) => {
      const id = incidentTarget(e, t);
      const row = await e.t.ctx.db
        .selectFrom('incidents')
        .select(['status', 'version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      const status = row.status === 'verified' ? 'closed' : 'verified'; // reported → verified → closed → verified …
      return e.agent.post(`/api/incidents/${id}/status`, { version: row.version, status });
    },
  },
  'GET /api/exports/incidents.geojson': {
    allowed: ['analyst'], // exports:run
    success: 200,
    call: (e) => e.agent.get('/api/exports/incidents.geojson?category=attack_on_un_personnel'),
  },
  'GET /api/exports/incidents.csv': {
    allowed: ['analyst'], // exports:run
    success: 200,
    call: (e) => e.agent.get('/api/exports/incidents.csv'),
  },
  // Reads anyone signed in may make; each answers only what the caller may see.
  ...Object.fromEntries(
    [
      '/api/incidents/map',
      '/api/incidents/timeline',
      '/api/incidents/summary',
      '/api/incidents/facets',
      '/ogc',
      '/ogc/conformance',
      '/ogc/collections',
      '/ogc/collections/{collectionId}',
      '/ogc/collections/{collectionId}/items?limit=5&bbox=18,4,19,5',
    ].map((route): [string, Spec] => [
      `GET ${route.split('?')[0]}`,
      {
        allowed: signedIn,
        success: 200,
        call: (e) => e.agent.get(route.replace('{collectionId}', 'incidents')),
      },
    ]),
  ),
  'GET /ogc/collections/{collectionId}/items/{featureId}': readIncident(
    (id) => `/ogc/collections/incidents/items/${id}`,
  ),
  'POST /api/imports': {
    allowed: incidentWriters,
    success: 202,
    call: (e) =>
      e.agent.request('POST', '/api/imports?format=hxl&filename=m.csv', '#event+id\n', {
        'Content-Type': 'application/octet-stream',
      }),
  },
  // Jobs are their owner's only (import-job.service.test.ts): anyone else's id is unknown to the caller.
  ...Object.fromEntries(
    ['/api/imports/{id}', '/api/imports/{id}/report.csv'].map((route): [string, Spec] => [
      `GET ${route}`,
      {
        allowed: signedIn,
        success: 404,
        call: (e) => e.agent.get(route.replace('{id}', '0195f0c2-0000-7000-8000-000000000000')),
      },
    ]),
  ),
  'GET /api/follow-ups': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get('/api/follow-ups'),
  },
  'PATCH /api/follow-ups/{id}': {
    targets: compartmentTargets,
    allowed: incidentWriters,
    success: 200,
    call: async (e, t) => {
      const id = e.w.followUps[t as keyof Env['w']['followUps']];
      return e.agent.patch(`/api/follow-ups/${id}`, {
        version: await versionOf(e, 'incident_follow_ups', id),
        nextReviewOn: '2026-04-01',
      });
    },
  },
};
