/** Screenings (C8) storage. No authorization; candidate, hits and review reason stay ciphertext here. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type { ConductScreeningsTable } from '../../db/schema-conduct.js';
import { missionFilter } from '../../db/scope.js';

export type ScreeningRow = Selectable<ConductScreeningsTable>;

export async function insertScreening(
  db: Kysely<Database>,
  row: Insertable<ConductScreeningsTable>,
): Promise<void> {
  await db.insertInto('conduct_screenings').values(row).execute();
}

function selectScreenings(db: Kysely<Database>) {
  return db.selectFrom('conduct_screenings as s').selectAll('s');
}

export function findScreeningRow(
  db: Kysely<Database>,
  id: string,
): Promise<ScreeningRow | undefined> {
  return selectScreenings(db).where('s.id', '=', id).executeTakeFirst();
}

/** Screenings of the missions in the actor's view, newest first. */
export function selectScreeningRows(
  db: Kysely<Database>,
  actor: Actor,
  query: { outcome?: string; limit: number },
): Promise<ScreeningRow[]> {
  let q = selectScreenings(db).where(missionFilter(actor, 's.mission_id'));
  if (query.outcome) q = q.where('s.outcome', '=', query.outcome);
  return q.orderBy('s.requested_at', 'desc').orderBy('s.id', 'desc').limit(query.limit).execute();
}

export async function recordReview(
  db: Kysely<Database>,
  id: string,
  review: {
    expectedVersion: number;
    outcome: string;
    reason: string;
    by: string;
    at: string;
  },
): Promise<boolean> {
  const result = await db
    .updateTable('conduct_screenings')
    .set({
      outcome: review.outcome,
      review_outcome: review.outcome,
      review_reason: review.reason,
      reviewed_by: review.by,
      reviewed_at: review.at,
      version: review.expectedVersion + 1,
    })
    .where('id', '=', id)
    .where('version', '=', review.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
