/** High-risk situations, their evidence and reviews: storage. No authorization. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type {
  HighRiskEvidenceTable,
  HighRiskReviewsTable,
  HighRiskSituationsTable,
} from '../../db/schema-early-warning.js';
import { missionFilter } from '../../db/scope.js';

export type SituationRow = Selectable<HighRiskSituationsTable>;

export async function insertSituation(
  db: Kysely<Database>,
  row: Insertable<HighRiskSituationsTable>,
) {
  await db.insertInto('high_risk_situations').values(row).execute();
}

export function findSituationRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('high_risk_situations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Situations in the actor's missions: open first by review date, then closed. */
export function situationRows(db: Kysely<Database>, actor: Actor, filter: { overdueOn?: string }) {
  let q = db
    .selectFrom('high_risk_situations')
    .selectAll()
    .where(missionFilter(actor, 'high_risk_situations.mission_id'));
  if (filter.overdueOn)
    q = q.where('status', '=', 'open').where('next_review_on', '<', filter.overdueOn);
  return q.orderBy('status', 'desc').orderBy('next_review_on').orderBy('id').execute();
}

export async function updateSituationRow(
  db: Kysely<Database>,
  id: string,
  change: Updateable<HighRiskSituationsTable> & { version: number },
): Promise<boolean> {
  const result = await db
    .updateTable('high_risk_situations')
    .set({ ...change, version: change.version + 1 })
    .where('id', '=', id)
    .where('version', '=', change.version)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertEvidence(db: Kysely<Database>, row: Insertable<HighRiskEvidenceTable>) {
  await db.insertInto('high_risk_evidence').values(row).execute();
}

export async function insertReview(db: Kysely<Database>, row: Insertable<HighRiskReviewsTable>) {
  await db.insertInto('high_risk_reviews').values(row).execute();
}

export async function relatedOf(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return { evidence: [], reviews: [] };
  const [evidence, reviews] = await Promise.all([
    db
      .selectFrom('high_risk_evidence')
      .selectAll()
      .where('situation_id', 'in', ids)
      .orderBy('added_at')
      .orderBy('id')
      .execute(),
    db
      .selectFrom('high_risk_reviews')
      .selectAll()
      .where('situation_id', 'in', ids)
      .orderBy('reviewed_on')
      .orderBy('created_at')
      .execute(),
  ]);
  return { evidence, reviews };
}

/** Open situations of every mission whose review date has passed (the sweep's). */
export function overdueSituationRows(db: Kysely<Database>, today: string) {
  return db
    .selectFrom('high_risk_situations')
    .selectAll()
    .where('status', '=', 'open')
    .where('next_review_on', '<', today)
    .orderBy('next_review_on')
    .execute();
}
