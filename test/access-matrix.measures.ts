/**
 * The access matrix's entries for measures, repatriation decisions and judicial referrals (C3,
 * C4). Seeds its own credible cases — in mission A, in A behind the hidden compartment C2, in
 * mission B — each with a payment suspension and a referral; two credible cases against one unit
 * in A raise A's repatriation decision, and B gets one of its own.
 */
import type { Actor } from '../src/core/policy.js';
import { toTimestamp } from '../src/db/codecs.js';
import { insertLabels } from '../src/modules/compartments/compartment.repository.js';
import { changeCaseStatus } from '../src/modules/conduct/case-workflow.service.js';
import { receiveAllegation } from '../src/modules/conduct/case.service.js';
import { insertMeasure } from '../src/modules/conduct/measure.repository.js';
import { imposeMeasure } from '../src/modules/conduct/measure.service.js';
import { referCase } from '../src/modules/conduct/referral.service.js';
import { referVictim } from '../src/modules/conduct/assistance.service.js';
import type { World } from './support/fixtures.js';
import type { TestApp } from './support/test-app.js';
import { actorFor } from './support/actor.js';
import { allegation } from './access-matrix.conduct.js';
import {
  signedIn,
  type Caller,
  type Env,
  type Spec,
  type Target,
} from './access-matrix.support.js';

type Three = Record<'in' | 'out-of-compartment' | 'out-of-mission', string>;
export interface MeasureWorld {
  measureCases: Three;
  assistance: Three;
  measures: Three;
  referrals: Three;
  decisions: Record<'in' | 'out-of-mission', string>;
}

export async function seedMeasures(t: TestApp, w: World, hidden: string): Promise<MeasureWorld> {
  const officer = await actorFor(t, w.users.conduct_officer.id, w.missionA.id);
  const inB: Actor = { ...officer, missionId: w.missionB.id, missionIds: [w.missionB.id] };
  const as = (actor: Actor) => ({ ...t.ctx, requestId: 'seed', actor });
  const seeded = async (actor: Actor) => {
    const input = allegation();
    input.subjects = [
      {
        personnelCategory: 'military_contingent',
        nationality: 'XYZ',
        unit: 'XYZBATT-9',
        count: 1,
        identity: null,
      },
    ];
    const received = await receiveAllegation(as(actor), input);
    const holder = {
      ...actor,
      compartmentIds: new Set([...actor.compartmentIds, ...received.compartmentIds]),
    };
    await changeCaseStatus(as(holder), received.id, {
      version: 1,
      status: 'under_investigation',
      reason: '',
      investigatingEntity: 'national',
    });
    const measure = await imposeMeasure(as(holder), received.id, {
      kind: 'payment_suspension',
      subject: 0,
      reason: 'Credible allegation',
    });
    const referral = await referCase(as(holder), received.id, {
      authority: 'contributing_country',
      country: 'XYZ',
      reference: '',
      referredOn: '2026-02-28',
      nextReviewOn: '2026-06-01',
    });
    const assisted = await referVictim(as(holder), received.id, {
      victimId: received.victims[0]!.id,
      kind: 'medical',
      provider: 'Clinic',
      referredOn: '2026-02-28',
    });
    return {
      caseId: received.id,
      measure: measure.id,
      referral: referral.id,
      assistance: assisted.id,
    };
  };
  const a = await seeded(officer);
  const h = await seeded(officer);
  await insertLabels(t.ctx.db, {
    recordType: 'conduct_case',
    recordId: h.caseId,
    missionId: w.missionA.id,
    compartmentIds: [hidden],
  });
  const b = await seeded(inB);
  const decisionInA = await t.ctx.db
    .selectFrom('conduct_measures')
    .select('id')
    .where('mission_id', '=', w.missionA.id)
    .where('kind', '=', 'repatriation')
    .executeTakeFirstOrThrow();
  const now = toTimestamp(t.clock.now());
  await insertMeasure(t.ctx.db, {
    id: 'decision-in-b',
    mission_id: w.missionB.id,
    case_id: null,
    kind: 'repatriation',
    trigger: 'pattern',
    contributor: 'XYZ',
    unit: 'XYZBATT-9',
    status: 'pending_decision',
    basis: '{"allegations":2}',
    decision: null,
    reason: '',
    decided_by: null,
    decided_at: null,
    created_at: now,
    updated_at: now,
    version: 1,
  });
  return {
    measureCases: { in: a.caseId, 'out-of-compartment': h.caseId, 'out-of-mission': b.caseId },
    measures: { in: a.measure, 'out-of-compartment': h.measure, 'out-of-mission': b.measure },
    assistance: {
      in: a.assistance,
      'out-of-compartment': h.assistance,
      'out-of-mission': b.assistance,
    },
    referrals: { in: a.referral, 'out-of-compartment': h.referral, 'out-of-mission': b.referral },
    decisions: { in: decisionInA.id, 'out-of-mission': 'decision-in-b' },
  };
}

const readers: Caller[] = ['conduct_officer', 'investigator'];
const officerOnly: Caller[] = ['conduct_officer'];
const threeTargets: Target[] = ['in', 'out-of-compartment', 'out-of-mission'];
const pick = (record: Record<string, string>, target: Target) => record[target]!;
const versionOf = async (
  e: Env,
  table: 'conduct_measures' | 'conduct_referrals' | 'conduct_assistance',
  id: string,
) =>
  (
    await e.t.ctx.db
      .selectFrom(table)
      .select('version')
      .where('id', '=', id)
      .executeTakeFirstOrThrow()
  ).version;

export const measureMatrix: Record<string, Spec> = {
  'GET /api/conduct/measures': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/conduct/measures?pendingDecisions=true'),
  },
  'POST /api/conduct/cases/{id}/measures': {
    targets: threeTargets,
    allowed: officerOnly,
    success: 201,
    call: (e, t) =>
      e.agent.post(`/api/conduct/cases/${pick(e.w.measureCases, t)}/measures`, {
        kind: 'payment_suspension',
        subject: 0,
        reason: 'Credible allegation',
      }),
  },
  'POST /api/conduct/measures/{id}/lift': {
    targets: threeTargets,
    allowed: officerOnly,
    success: 200,
    call: async (e, t) => {
      const id = pick(e.w.measures, t);
      return e.agent.post(`/api/conduct/measures/${id}/lift`, {
        version: await versionOf(e, 'conduct_measures', id),
        reason: 'Lifted',
      });
    },
  },
  // Issue 16: sanction decisions are headquarters' (sanctions.test.ts): no mission role takes one.
  'POST /api/conduct/measures/{id}/decision': {
    targets: ['in', 'out-of-mission'],
    allowed: [],
    success: 200,
    call: async (e, t) => {
      const id = pick(e.w.decisions, t);
      return e.agent.post(`/api/conduct/measures/${id}/decision`, {
        version: await versionOf(e, 'conduct_measures', id),
        decision: 'repatriate',
        reason: 'Pattern',
      });
    },
  },
  'POST /api/conduct/cases/{id}/failures-to-act': {
    targets: threeTargets,
    allowed: officerOnly,
    success: 201,
    call: (e, t) =>
      e.agent.post(`/api/conduct/cases/${pick(e.w.measureCases, t)}/failures-to-act`, {
        who: 'contingent_commander',
        contributor: 'XYZ',
        unit: 'XYZBATT-9',
        knownOn: '2026-02-01',
        what: 'The commander knew of the allegation and did not report it',
      }),
  },
  'POST /api/conduct/cases/{id}/contributor-response': {
    targets: threeTargets,
    allowed: officerOnly,
    success: 200,
    call: async (e, t) => {
      const id = pick(e.w.measureCases, t);
      const { version } = await e.t.ctx.db
        .selectFrom('conduct_cases')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return e.agent.post(`/api/conduct/cases/${id}/contributor-response`, {
        version,
        response: 'nio_appointed',
        respondedOn: e.t.clock.now().toISOString().slice(0, 10),
      });
    },
  },
  'GET /api/conduct/pattern-rule': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/conduct/pattern-rule'),
  },
  // Issue 16: only headquarters sets a mission's pattern rule (measure.service.test.ts).
  'PUT /api/conduct/pattern-rule': {
    allowed: [],
    success: 200,
    call: (e) =>
      e.agent.request('PUT', '/api/conduct/pattern-rule', { allegations: 2, months: 12 }),
  },
  'GET /api/conduct/referrals': {
    allowed: readers,
    success: 200,
    call: (e) => e.agent.get('/api/conduct/referrals?open=true'),
  },
  'POST /api/conduct/cases/{id}/referrals': {
    targets: threeTargets,
    allowed: officerOnly,
    success: 201,
    call: (e, t) =>
      e.agent.post(`/api/conduct/cases/${pick(e.w.measureCases, t)}/referrals`, {
        authority: 'host_country',
        country: 'CAF',
        referredOn: '2026-02-28',
        nextReviewOn: '2026-05-01',
      }),
  },
  'PATCH /api/conduct/referrals/{id}': {
    targets: threeTargets,
    allowed: officerOnly,
    success: 200,
    call: async (e, t) => {
      const id = pick(e.w.referrals, t);
      return e.agent.patch(`/api/conduct/referrals/${id}`, {
        version: await versionOf(e, 'conduct_referrals', id),
        status: 'under_investigation',
      });
    },
  },
  'GET /api/conduct/cases/{id}/assistance': {
    targets: threeTargets,
    allowed: readers,
    success: 200,
    call: (e, t) => e.agent.get(`/api/conduct/cases/${pick(e.w.measureCases, t)}/assistance`),
    // The investigator is not in these cases' compartments.
    expect: (caller, target) => (caller === 'investigator' && target === 'in' ? 404 : undefined),
  },
  'POST /api/conduct/cases/{id}/assistance': {
    targets: threeTargets,
    allowed: officerOnly,
    success: 201,
    call: async (e, t) => {
      const caseId = pick(e.w.measureCases, t);
      const victim = await e.t.ctx.db
        .selectFrom('conduct_victims')
        .select('id')
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow();
      return e.agent.post(`/api/conduct/cases/${caseId}/assistance`, {
        victimId: victim.id,
        kind: 'psychosocial',
        provider: 'Counselling service',
        referredOn: '2026-02-28',
      });
    },
  },
  'PATCH /api/conduct/assistance/{id}': {
    targets: threeTargets,
    allowed: officerOnly,
    success: 200,
    call: async (e, t) => {
      const id = pick(e.w.assistance, t);
      return e.agent.patch(`/api/conduct/assistance/${id}`, {
        version: await versionOf(e, 'conduct_assistance', id),
        status: 'in_progress',
        startedOn: '2026-03-01',
      });
    },
  },
  // Everyone signed in has their own notifications (clock-sweep.service.test.ts fills them).
  // Issue 16: the rules register, for everyone signed in.
  'GET /api/rules': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get('/api/rules'),
  },
  'GET /api/notifications': {
    allowed: signedIn,
    success: 200,
    call: (e) => e.agent.get('/api/notifications'),
  },
  'POST /api/notifications/{id}/read': {
    allowed: signedIn,
    success: 404, // someone else's or no notification: the same answer
    call: (e) => e.agent.post('/api/notifications/0195f0c2-0000-7000-8000-000000000000/read'),
  },
  'GET /api/conduct/overdue-summary': {
    allowed: [...readers, 'head_of_mission'],
    success: 200,
    call: (e) => e.agent.get('/api/conduct/overdue-summary'),
  },
  'GET /api/conduct/cases/{id}/team': {
    targets: threeTargets,
    allowed: officerOnly,
    success: 200,
    call: (e, t) => e.agent.get(`/api/conduct/cases/${pick(e.w.measureCases, t)}/team`),
  },
};
