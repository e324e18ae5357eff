/**
 * The access matrix's entries for vetting (C8): subjects' identities on a case (its compartment,
 * as every case write) and screenings, which belong to the mission the candidate is screened for.
 * Seeds a screening in mission A and in mission B, and one awaiting review in each.
 */
import { toTimestamp } from '../src/db/codecs.js';
import { insertScreening } from '../src/modules/conduct/vetting.repository.js';
import type { World } from './support/fixtures.js';
import type { TestApp } from './support/test-app.js';
import {
  compartmentTargets,
  type Caller,
  type Env,
  type Spec,
  type Target,
} from './access-matrix.support.js';

type Two = Record<'in' | 'out-of-mission', string>;
export interface VettingWorld {
  screenings: Two;
  reviews: Two;
}

export async function seedScreenings(t: TestApp, w: World): Promise<VettingWorld> {
  const seed = async (id: string, missionId: string, outcome: string) => {
    const address = (field: string) => ({ table: 'conduct_screenings', id, field });
    await insertScreening(t.ctx.db, {
      id,
      mission_id: missionId,
      reference: 'seeded',
      candidate: t.ctx.cipher.encrypt(
        JSON.stringify({
          name: 'Seed Candidate',
          otherNames: [],
          dateOfBirth: null,
          nationality: null,
          document: null,
        }),
        address('candidate'),
      ),
      outcome,
      hits: t.ctx.cipher.encrypt('[]', address('hits')),
      hit_count: 0,
      requested_by: w.users.conduct_officer.id,
      requested_at: toTimestamp(t.clock.now()),
      review_outcome: null,
      review_reason: null,
      reviewed_by: null,
      reviewed_at: null,
      version: 1,
    });
    return id;
  };
  return {
    screenings: {
      in: await seed('screening-in-a', w.missionA.id, 'no_match'),
      'out-of-mission': await seed('screening-in-b', w.missionB.id, 'no_match'),
    },
    reviews: {
      in: await seed('review-in-a', w.missionA.id, 'review'),
      'out-of-mission': await seed('review-in-b', w.missionB.id, 'review'),
    },
  };
}

const vetters: Caller[] = ['conduct_officer', 'force_generation_officer'];
const twoTargets: Target[] = ['in', 'out-of-mission'];
const pick = (record: Two, target: Target) => record[target as keyof Two];

export const vettingMatrix: Record<string, Spec> = {
  'PUT /api/conduct/cases/{id}/subjects/{position}/identity': {
    targets: compartmentTargets,
    allowed: ['conduct_officer'],
    success: 200,
    call: async (e: Env, t) => {
      const id = e.w.cases[t as keyof Env['w']['cases']];
      const { version } = await e.t.ctx.db
        .selectFrom('conduct_cases')
        .select('version')
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      return e.agent.put(`/api/conduct/cases/${id}/subjects/0/identity`, {
        version,
        identity: { name: 'Seed Subject', dateOfBirth: '1980' },
      });
    },
  },
  'POST /api/conduct/screenings': {
    allowed: vetters,
    success: 201,
    call: (e) =>
      e.agent.post('/api/conduct/screenings', {
        reference: 'Matrix',
        candidate: { name: 'Seed Candidate', dateOfBirth: '1980-01-01' },
      }),
  },
  'GET /api/conduct/screenings': {
    allowed: vetters,
    success: 200,
    call: (e) => e.agent.get('/api/conduct/screenings'),
  },
  'GET /api/conduct/screenings/{id}': {
    targets: twoTargets,
    allowed: vetters,
    success: 200,
    call: (e, t) => e.agent.get(`/api/conduct/screenings/${pick(e.w.screenings, t)}`),
  },
  'POST /api/conduct/screenings/{id}/review': {
    targets: twoTargets,
    allowed: ['conduct_officer'],
    success: 200,
    call: (e, t) =>
      e.agent.post(`/api/conduct/screenings/${pick(e.w.reviews, t)}/review`, {
        version: 1,
        outcome: 'no_match',
        reason: 'Different person: service records',
      }),
  },
};
