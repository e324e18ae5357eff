/** The access matrix's entries for the capabilities module (issue 5). */
import type { Caller, Spec } from './access-matrix.support.js';

const capabilityReaders: Caller[] = ['force_generation_officer', 'staff_officer'];

/** Issue 5's first routes: uniformed contributions and mission strength, read with capabilities:read. */
export const capabilitiesMatrix: Record<string, Spec> = {
  'GET /api/capabilities/contributors': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/contributors'),
  },
  'GET /api/capabilities/contributions': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/contributions?contributor=XYZ'),
  },
  'GET /api/capabilities/contributions.csv': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/contributions.csv?contributor=XYZ'),
  },
  'GET /api/capabilities/mission-strength': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get(`/api/capabilities/mission-strength?mission=${e.w.missionA.acronym}`),
  },
};

const capabilityWriters: Caller[] = ['force_generation_officer'];

/** K1 and K6: pledges belong to headquarters' view (no mission); requirements to their mission. */
export const pledgeMatrix: Record<string, Spec> = {
  'GET /api/capabilities/pledges': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/pledges'),
  },
  'POST /api/capabilities/pledges': {
    allowed: capabilityWriters,
    success: 201,
    call: (e) =>
      e.agent.post('/api/capabilities/pledges', {
        contributor: 'RWA',
        capability: 'formed_police_unit',
        strength: 140,
        women: 30,
        availableFrom: '2026-06-01',
      }),
  },
  'GET /api/capabilities/pledges/{id}': {
    allowed: capabilityReaders,
    success: 404, // no such pledge: the same answer as one out of reach
    call: (e) => e.agent.get('/api/capabilities/pledges/0195f0c2-0000-7000-8000-000000000000'),
  },
  'POST /api/capabilities/pledges/{id}/evidence': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.post('/api/capabilities/pledges/0195f0c2-0000-7000-8000-000000000000/evidence', {
        version: 1,
        evidence: {
          kind: 'assessment_visit',
          visitedOn: '2026-02-01',
          reportReference: 'AAV-1',
          passed: true,
        },
      }),
  },
  'POST /api/capabilities/pledges/{id}/caveats': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.post('/api/capabilities/pledges/0195f0c2-0000-7000-8000-000000000000/caveats', {
        task: 'night_operations',
        text: 'No night patrols.',
      }),
  },
  'POST /api/capabilities/pledges/{id}/deployment': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.post('/api/capabilities/pledges/0195f0c2-0000-7000-8000-000000000000/deployment', {
        version: 1,
        missionId: e.w.missionA.id,
        deployedOn: '2026-02-15',
      }),
  },
  'GET /api/capabilities/pledges/{id}/personnel': {
    allowed: capabilityReaders,
    success: 404,
    call: (e) =>
      e.agent.get('/api/capabilities/pledges/0195f0c2-0000-7000-8000-000000000000/personnel'),
  },
  'POST /api/capabilities/pledges/{id}/personnel': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.post('/api/capabilities/pledges/0195f0c2-0000-7000-8000-000000000000/personnel', {
        serviceNumber: 'SN-1',
        rank: 'Captain',
        name: 'A Person',
      }),
  },
  'POST /api/capabilities/pledges/{id}/personnel/roster': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.post(
        '/api/capabilities/pledges/0195f0c2-0000-7000-8000-000000000000/personnel/roster',
        { people: [{ serviceNumber: 'SN-1', rank: 'Captain', name: 'A Person' }] },
      ),
  },
  'POST /api/capabilities/personnel/{id}/certifications': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.post(
        '/api/capabilities/personnel/0195f0c2-0000-7000-8000-000000000000/certifications',
        {
          course: 'Core predeployment training',
          certifiedOn: '2026-01-10',
          authority: 'ITS',
        },
      ),
  },
  'POST /api/capabilities/personnel/{id}/sea-trainings': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.post(
        '/api/capabilities/personnel/0195f0c2-0000-7000-8000-000000000000/sea-trainings',
        { course: 'PSEA e-learning', completedOn: '2026-01-11' },
      ),
  },
  'POST /api/capabilities/personnel/{id}/screenings': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.post('/api/capabilities/personnel/0195f0c2-0000-7000-8000-000000000000/screenings', {
        screenedOn: '2026-01-12',
        outcome: 'cleared',
        screenedBy: 'OHCHR',
      }),
  },
  'GET /api/capabilities/mous': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/mous'),
  },
  'POST /api/capabilities/mous': {
    allowed: capabilityWriters,
    success: 404, // no such pledge
    call: (e) =>
      e.agent.post('/api/capabilities/mous', {
        reference: 'MOU-1',
        pledgeId: '0195f0c2-0000-7000-8000-000000000000',
        requirementId: '0195f0c2-0000-7000-8000-000000000001',
        signedOn: '2026-02-01',
      }),
  },
  'GET /api/capabilities/requirements': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/requirements'),
  },
  'POST /api/capabilities/requirements': {
    allowed: capabilityWriters,
    success: 201,
    call: (e) =>
      e.agent.post('/api/capabilities/requirements', {
        reference: 'SUR-1',
        capability: 'formed_police_unit',
        strength: 140,
        tasks: ['crowd control'],
        location: 'Bangui',
        deadline: '2026-12-31',
      }),
  },
};

/** K4: contributors' record in the annual reports and the configurable rule. */
export const eligibilityMatrix: Record<string, Spec> = {
  'GET /api/capabilities/contributors/{iso3}': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/contributors/RWA'),
  },
  'POST /api/capabilities/contributors/{iso3}/listings': {
    allowed: capabilityWriters,
    success: 201,
    call: (e) =>
      e.agent.post('/api/capabilities/contributors/NER/listings', {
        kind: 'caac',
        year: 2000 + (e.w.counter++ % 90),
        parties: 'Armed forces',
        source: 'A/00/000',
      }),
  },
  'PUT /api/capabilities/contributors/{iso3}/action-plans/{kind}': {
    allowed: capabilityWriters,
    success: 200,
    call: (e) =>
      e.agent.put('/api/capabilities/contributors/NER/action-plans/caac', { state: 'signed' }),
  },
  'GET /api/capabilities/eligibility-rule': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/eligibility-rule'),
  },
  'GET /api/capabilities/repatriations': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/repatriations?status=decision_required'),
  },
  // Issue 16: decisions on a deployed unit and its leaving are headquarters' (sanctions.test.ts).
  'POST /api/capabilities/repatriations/{id}/decision': {
    allowed: [],
    success: 404,
    call: (e) =>
      e.agent.post(
        '/api/capabilities/repatriations/0195f0c2-0000-7000-8000-000000000000/decision',
        {
          version: 1,
          decision: 'retain',
          reason: 'Action plan being implemented',
          decidedOn: '2026-02-01',
        },
      ),
  },
  'POST /api/capabilities/repatriations/{id}/completion': {
    allowed: [],
    success: 404,
    call: (e) =>
      e.agent.post(
        '/api/capabilities/repatriations/0195f0c2-0000-7000-8000-000000000000/completion',
        { version: 1, completedOn: '2026-02-01' },
      ),
  },
  // Issue 16: only headquarters sets the eligibility rule (eligibility.service.test.ts).
  'PUT /api/capabilities/eligibility-rule': {
    allowed: [],
    success: 200,
    call: (e) =>
      e.agent.put('/api/capabilities/eligibility-rule', { listedTimes: 2, ofLastYears: 3 }),
  },
};

const missingId = '0195f0c2-0000-7000-8000-000000000000';
const missionWriters: Caller[] = ['staff_officer'];
const refusalStep = (path: string, body: object): Spec => ({
  allowed: capabilityWriters,
  success: 404,
  call: (e) =>
    e.agent.post(`/api/capabilities/refusals/${missingId}/${path}`, { version: 1, ...body }),
});

/** K7 and K8: assessed and reported in the mission (performance:write), acted on at headquarters. */
export const performanceMatrix: Record<string, Spec> = {
  'GET /api/capabilities/pledges/{id}/assessments': {
    allowed: capabilityReaders,
    success: 404,
    call: (e) => e.agent.get(`/api/capabilities/pledges/${missingId}/assessments`),
  },
  'POST /api/capabilities/pledges/{id}/assessments': {
    allowed: missionWriters,
    success: 404,
    call: (e) =>
      e.agent.post(`/api/capabilities/pledges/${missingId}/assessments`, {
        assessedOn: '2026-02-01',
        assessor: 'Force HQ',
        standards: [{ standard: 'Patrolling', rating: 'meets' }],
      }),
  },
  'GET /api/capabilities/remedial-plans': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/remedial-plans'),
  },
  'POST /api/capabilities/remedial-plans/{id}/close': {
    allowed: missionWriters,
    success: 404,
    call: (e) =>
      e.agent.post(`/api/capabilities/remedial-plans/${missingId}/close`, {
        version: 1,
        closedOn: '2026-02-01',
        outcome: 'remedied',
        note: 'done',
      }),
  },
  'GET /api/capabilities/contributors/{iso3}/performance': {
    allowed: capabilityReaders,
    success: 404, // no pledge of this contributor
    call: (e) => e.agent.get('/api/capabilities/contributors/XYZ/performance'),
  },
  'POST /api/capabilities/pledges/{id}/refusals': {
    allowed: missionWriters,
    success: 404,
    call: (e) =>
      e.agent.post(`/api/capabilities/pledges/${missingId}/refusals`, {
        occurredOn: '2026-02-01',
        reportedBy: 'force_commander',
        order: 'Patrol the road',
        whatHappened: 'Declined',
      }),
  },
  'GET /api/capabilities/refusals': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/refusals'),
  },
  'GET /api/capabilities/refusals/council-summary': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) =>
      e.agent.get('/api/capabilities/refusals/council-summary?from=2026-01-01&to=2026-03-31'),
  },
  'GET /api/capabilities/refusals/{id}': {
    allowed: capabilityReaders,
    success: 404,
    call: (e) => e.agent.get(`/api/capabilities/refusals/${missingId}`),
  },
  'POST /api/capabilities/refusals/{id}/inform': refusalStep('inform', {
    informedAt: '2026-03-01T08:00:00.000Z',
    means: 'Note verbale',
  }),
  'POST /api/capabilities/refusals/{id}/remedial-due': refusalStep('remedial-due', {
    remedialDue: '2026-04-01',
  }),
  'POST /api/capabilities/refusals/{id}/remedial-action': refusalStep('remedial-action', {
    takenOn: '2026-03-01',
    action: 'Commander replaced',
  }),
  'POST /api/capabilities/refusals/{id}/decision': refusalStep('decision', {
    decidedOn: '2026-03-01',
    decision: 'retain',
    reason: 'Remedied late',
  }),
};

/** K5 and K9: read with capabilities:read, the requirement's mission in view; acted on at headquarters. */
export const selectionMatrix: Record<string, Spec> = {
  'GET /api/capabilities/requirements/{id}/selection': {
    allowed: capabilityReaders,
    success: 404,
    call: (e) => e.agent.get(`/api/capabilities/requirements/${missingId}/selection`),
  },
  'POST /api/capabilities/requirements/{id}/selection': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.post(`/api/capabilities/requirements/${missingId}/selection`, { unitId: missingId }),
  },
  'GET /api/capabilities/selections': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/selections'),
  },
  'GET /api/capabilities/selections/times': {
    allowed: capabilityReaders,
    success: 200,
    call: (e) => e.agent.get('/api/capabilities/selections/times'),
  },
  'GET /api/capabilities/selections/{id}': {
    allowed: capabilityReaders,
    success: 404,
    call: (e) => e.agent.get(`/api/capabilities/selections/${missingId}`),
  },
  'PUT /api/capabilities/selections/{id}/steps/{step}': {
    allowed: capabilityWriters,
    success: 404,
    call: (e) =>
      e.agent.put(`/api/capabilities/selections/${missingId}/steps/customs`, {
        version: 1,
        startedOn: '2026-02-01',
      }),
  },
};
