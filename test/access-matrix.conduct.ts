/**
 * The access matrix's entries for the conduct module. Each case lives in its own compartment:
 * 'in' is a mission-A case whose compartment holds the conduct officer who received it and the
 * investigator added to it; 'out-of-compartment' is a mission-A case also labelled with the hidden
 * C2; 'out-of-mission' a mission-B case. Nobody else, HQ included, reaches a case (S10).
 */
import type { Actor } from '../src/core/policy.js';
import type { World } from './support/fixtures.js';
import type { TestApp } from './support/test-app.js';
import { insertLabels } from '../src/modules/compartments/compartment.repository.js';
import { addCompartmentMember } from '../src/modules/compartments/compartment.service.js';
import { ReceiveAllegationInput } from '../src/modules/conduct/case.schema.js';
import { receiveAllegation } from '../src/modules/conduct/case.service.js';
import { fileComplaint } from '../src/modules/conduct/complaint.service.js';
import { actorFor } from './support/actor.js';
import {
  callers,
  next,
  type Caller,
  type Env,
  type Spec,
  type Target,
} from './access-matrix.support.js';

const readers: Caller[] = ['conduct_officer', 'investigator'];
const caseTargets: Target[] = ['in', 'out-of-compartment', 'out-of-mission'];
const caseOf = (env: Env, target: Target) => env.w.cases[target as keyof Env['w']['cases']];

export const allegation = (receivedAt = '2026-02-27T09:00:00Z') =>
  ReceiveAllegationInput.parse({
    receivedAt,
    channel: 'community_complaint',
    allegations: [{ category: 'sexual_exploitation', subtype: 'transactional_sex' }],
    subjects: [{ personnelCategory: 'military_contingent', nationality: 'XYZ', count: 1 }],
    victims: [{ ageGroup: 'adult', sex: 'female', count: 1, identity: { name: 'Seed Victim' } }],
  });

/** Three cases: in A (officer and investigator in its compartment), hidden in A, in B. */
export async function seedCases(
  t: TestApp,
  w: World,
  hiddenCompartment: string,
): Promise<Env['w']['cases']> {
  const officer = await actorFor(t, w.users.conduct_officer.id, w.missionA.id);
  const as = (actor: Actor) => ({ ...t.ctx, requestId: 'seed', actor });
  const inA = await receiveAllegation(as(officer), allegation());
  await addCompartmentMember(
    as(await actorFor(t, w.users.conduct_officer.id, w.missionA.id)),
    inA.compartmentIds[0]!,
    w.users.investigator.id,
  );
  const hidden = await receiveAllegation(as(officer), allegation());
  await insertLabels(t.ctx.db, {
    recordType: 'conduct_case',
    recordId: hidden.id,
    missionId: w.missionA.id,
    compartmentIds: [hiddenCompartment],
  });
  const inB = await receiveAllegation(
    as({ ...officer, missionId: w.missionB.id, missionIds: [w.missionB.id] }),
    allegation(),
  );
  return { in: inA.id, 'out-of-compartment': hidden.id, 'out-of-mission': inB.id };
}

/** Complaints in mission A (two) and in mission B; complaints have no compartment. */
export async function seedComplaints(t: TestApp, w: World): Promise<Env['w']['complaints']> {
  const file = async (missionId: string) => {
    await fileComplaint(t.ctx, {
      missionId,
      account: 'Something happened near the base.',
      contact: '',
      language: 'en',
    });
    return (
      await t.ctx.db
        .selectFrom('conduct_complaints')
        .select('id')
        .where('mission_id', '=', missionId)
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow()
    ).id;
  };
  return {
    in: await file(w.missionA.id),
    'out-of-mission': await file(w.missionB.id),
    toCase: await file(w.missionA.id),
  };
}

const complaintTargets: Target[] = ['in', 'out-of-mission'];
const complaintOf = (env: Env, target: Target) =>
  env.w.complaints[target as keyof Env['w']['complaints']];
const complaintVersion = async (env: Env, id: string) =>
  (
    await env.t.ctx.db
      .selectFrom('conduct_complaints')
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).version;

export const conductMatrix: Record<string, Spec> = {
  'GET /api/conduct/cases': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/conduct/cases?overdue=true'),
  },
  'POST /api/conduct/cases': {
    allowed: ['conduct_officer'],
    success: 201,
    call: (e) => e.agent.post('/api/conduct/cases', allegation()),
  },
  'GET /api/conduct/cases/{id}': {
    targets: caseTargets,
    allowed: readers,
    success: 200,
    call: (e, t) => e.agent.get(`/api/conduct/cases/${caseOf(e, t)}`),
  },
  'POST /api/conduct/cases/{id}/evidence': {
    targets: caseTargets,
    allowed: ['conduct_officer'],
    success: 200,
    call: async (e, t) => {
      const id = caseOf(e, t);
      const row = await e.t.ctx.db
        .selectFrom('conduct_cases')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return e.agent.post(`/api/conduct/cases/${id}/evidence`, {
        version: row.version,
        gatheredAt: '2026-02-28T10:00:00Z',
      });
    },
  },
  'POST /api/conduct/cases/{id}/status': {
    targets: caseTargets,
    allowed: ['conduct_officer'],
    success: 200,
    call: async (e, t) => {
      const id = caseOf(e, t);
      const row = await e.t.ctx.db
        .selectFrom('conduct_cases')
        .select(['status', 'version'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      // received → under investigation; a concluded or closed case reopens (with a reason).
      return e.agent.post(`/api/conduct/cases/${id}/status`, {
        version: row.version,
        status: 'under_investigation',
        investigatingEntity: 'oios',
        reason: row.status === 'received' ? '' : `reopened ${next(e)}`,
      });
    },
  },
  'GET /api/conduct/clock-settings': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/conduct/clock-settings'),
  },
  // Issue 16: only headquarters sets a mission's clocks (case.service.test.ts); no mission role.
  'PUT /api/conduct/clock-settings': {
    allowed: [],
    success: 200,
    call: (e) =>
      e.agent.request('PUT', '/api/conduct/clock-settings', {
        evidenceHours: 72,
        investigationMonths: 6,
      }),
  },
  // C5: public statistics, no sign-in; counts only, small ones suppressed (statistics tests).
  ...Object.fromEntries(
    [
      '/api/public/conduct/statistics?by=mission',
      '/api/public/conduct/statistics.csv?by=nationality',
      '/api/public/conduct/investigations',
      '/api/public/conduct/investigations.csv',
      '/api/public/conduct/monthly.pdf?month=2026-01&lang=fr',
    ].map((route): [string, Spec] => [
      `GET ${route.split('?')[0]}`,
      { allowed: callers, success: 200, call: (e) => e.agent.get(route), expect: () => 200 },
    ]),
  ),
  // C6: the public side of complaints; every caller is the public here.
  'GET /api/public/missions': {
    allowed: callers,
    success: 200,
    call: (e) => e.agent.get('/api/public/missions'),
    expect: () => 200,
  },
  'POST /api/public/complaints': {
    allowed: callers,
    success: 201,
    call: (e) =>
      e.agent.post('/api/public/complaints', {
        missionId: e.w.missionA.id,
        account: 'Something happened near the base.',
      }),
    // Anyone may file, signed in or not (these agents send their CSRF header with their cookie;
    // the public page sends no cookie at all).
    expect: () => 201,
  },
  ...Object.fromEntries(
    [
      ['/api/public/complaints/status', {}],
      ['/api/public/complaints/answer', { body: 'An answer.' }],
    ].map(([route, extra]): [string, Spec] => [
      `POST ${route as string}`,
      {
        allowed: callers,
        success: 404, // a code matching nothing: the same answer for everyone
        call: (e) =>
          e.agent.post(route as string, {
            receiptCode: 'ZZZZ-ZZZZ-ZZZZ-ZZZZ-ZZZZ',
            ...(extra as object),
          }),
        expect: () => 404,
      },
    ]),
  ),
  'GET /api/conduct/complaints': {
    allowed: ['conduct_officer'],
    success: 200,
    call: (e) => e.agent.get('/api/conduct/complaints'),
  },
  'GET /api/conduct/complaints/{id}': {
    targets: complaintTargets,
    allowed: ['conduct_officer'],
    success: 200,
    call: (e, t) => e.agent.get(`/api/conduct/complaints/${complaintOf(e, t)}`),
  },
  'POST /api/conduct/complaints/{id}/messages': {
    targets: complaintTargets,
    allowed: ['conduct_officer'],
    success: 200,
    call: (e, t) =>
      e.agent.post(`/api/conduct/complaints/${complaintOf(e, t)}/messages`, {
        body: `Question ${next(e)}`,
      }),
  },
  'POST /api/conduct/complaints/{id}/close': {
    targets: complaintTargets,
    allowed: ['conduct_officer'],
    success: 200,
    call: async (e, t) => {
      const id = complaintOf(e, t);
      return e.agent.post(`/api/conduct/complaints/${id}/close`, {
        version: await complaintVersion(e, id),
        reason: 'Not about UN personnel.',
      });
    },
  },
  'POST /api/conduct/complaints/{id}/case': {
    targets: complaintTargets,
    allowed: ['conduct_officer'],
    success: 201,
    call: async (e, t) => {
      const id = t === 'in' ? e.w.complaints.toCase : complaintOf(e, t);
      const { missionId: _m, channel: _c, ...input } = allegation();
      return e.agent.post(`/api/conduct/complaints/${id}/case`, {
        ...input,
        version: await complaintVersion(e, id),
      });
    },
  },
};
