/** Assessments, recommendations and hand-overs (D3, D4): storage. No authorization. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type {
  MandateAssessmentsTable,
  MandateRecommendationsTable,
  MandateTransitionsTable,
} from '../../db/schema-mandates.js';

export type AssessmentRow = Selectable<MandateAssessmentsTable>;
export type RecommendationRow = Selectable<MandateRecommendationsTable>;
export type TransitionRow = Selectable<MandateTransitionsTable>;

export async function insertAssessment(
  db: Kysely<Database>,
  row: Insertable<MandateAssessmentsTable>,
  recommendations: Insertable<MandateRecommendationsTable>[],
) {
  await db.insertInto('mandate_assessments').values(row).execute();
  if (recommendations.length > 0)
    await db.insertInto('mandate_recommendations').values(recommendations).execute();
}

export const findRecommendation = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mandate_recommendations').selectAll().where('id', '=', id).executeTakeFirst();
export const findAssessment = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mandate_assessments').selectAll().where('id', '=', id).executeTakeFirst();
export const findTransition = (db: Kysely<Database>, id: string) =>
  db.selectFrom('mandate_transitions').selectAll().where('id', '=', id).executeTakeFirst();

export async function insertTransition(
  db: Kysely<Database>,
  row: Insertable<MandateTransitionsTable>,
) {
  await db.insertInto('mandate_transitions').values(row).execute();
}

/** The assessments of these mandates (the latest first), their recommendations, and the tasks' hand-overs. */
export async function followThroughRows(
  db: Kysely<Database>,
  { mandateIds, taskIds }: { mandateIds: readonly string[]; taskIds: readonly string[] },
) {
  const assessments =
    mandateIds.length === 0
      ? []
      : await db
          .selectFrom('mandate_assessments')
          .selectAll()
          .where('mandate_id', 'in', mandateIds)
          .orderBy('conducted_on', 'desc')
          .orderBy('id')
          .execute();
  const recommendations =
    assessments.length === 0
      ? []
      : await db
          .selectFrom('mandate_recommendations')
          .selectAll()
          .where(
            'assessment_id',
            'in',
            assessments.map((a) => a.id),
          )
          .orderBy('id')
          .execute();
  const transitions =
    taskIds.length === 0
      ? []
      : await db
          .selectFrom('mandate_transitions')
          .selectAll()
          .where('task_id', 'in', taskIds)
          .execute();
  return { assessments, recommendations, transitions };
}

export async function updateRecommendation(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<MandateRecommendationsTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('mandate_recommendations')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateTransition(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<MandateTransitionsTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('mandate_transitions')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
