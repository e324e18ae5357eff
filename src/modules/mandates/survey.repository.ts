/** D5's tables: surveys, their questions, their counts. No authorization, no rules. */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type {
  PerceptionCountsTable,
  PerceptionQuestionsTable,
  PerceptionSurveysTable,
} from '../../db/schema-mandates.js';

export async function insertSurvey(
  db: Kysely<Database>,
  survey: Insertable<PerceptionSurveysTable>,
  parts: {
    questions: Insertable<PerceptionQuestionsTable>[];
    counts: Insertable<PerceptionCountsTable>[];
  },
): Promise<void> {
  const { questions, counts } = parts;
  await db.insertInto('perception_surveys').values(survey).execute();
  if (questions.length > 0) await db.insertInto('perception_questions').values(questions).execute();
  for (let i = 0; i < counts.length; i += 500)
    await db
      .insertInto('perception_counts')
      .values(counts.slice(i, i + 500))
      .execute();
}

export function surveyRows(db: Kysely<Database>, missionIds: 'all' | readonly string[]) {
  let q = db.selectFrom('perception_surveys').selectAll();
  if (missionIds !== 'all') {
    if (missionIds.length === 0) return Promise.resolve([]);
    q = q.where('mission_id', 'in', missionIds);
  }
  return q.orderBy('last_month', 'desc').orderBy('imported_at', 'desc').execute();
}

export function findSurvey(db: Kysely<Database>, id: string) {
  return db.selectFrom('perception_surveys').selectAll().where('id', '=', id).executeTakeFirst();
}

export function questionRows(db: Kysely<Database>, surveyIds: readonly string[]) {
  if (surveyIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('perception_questions')
    .selectAll()
    .where('survey_id', 'in', surveyIds)
    .orderBy('position')
    .execute();
}

/** The areas of a survey's respondents, in order. */
export async function areasOf(db: Kysely<Database>, surveyIds: readonly string[]) {
  if (surveyIds.length === 0) return [];
  return db
    .selectFrom('perception_counts')
    .select(['survey_id', 'area'])
    .distinct()
    .where('survey_id', 'in', surveyIds)
    .orderBy('area')
    .execute();
}

export function countRows(db: Kysely<Database>, questionId: string) {
  return db
    .selectFrom('perception_counts')
    .selectAll()
    .where('question_id', '=', questionId)
    .execute();
}
