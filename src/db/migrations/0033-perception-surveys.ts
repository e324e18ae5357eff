/**
 * Frozen: D5's public perception surveys (¶64), kept as counts only: a survey, its choice
 * questions (labels in the form's languages), and per question, area, month and answer the number
 * of respondents and the sums of their weights. No respondent's row, identity, place or free text.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('perception_surveys')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('title', t('text'), (c) => c.notNull())
    .addColumn('conducted_by', t('text'), (c) => c.notNull())
    .addColumn('source', t('text'), (c) => c.notNull())
    .addColumn('responses', t('integer'), (c) => c.notNull())
    .addColumn('weighted', t('boolean'), (c) => c.notNull())
    .addColumn('area_column', t('text'))
    .addColumn('date_column', t('text'), (c) => c.notNull())
    .addColumn('not_counted', t('json'), (c) => c.notNull())
    .addColumn('first_month', t('text'), (c) => c.notNull())
    .addColumn('last_month', t('text'), (c) => c.notNull())
    .addColumn('illustrative', t('boolean'), (c) => c.notNull())
    .addColumn('imported_by', t('text'), (c) => c.notNull())
    .addColumn('imported_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('perception_questions')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('survey_id', t('id'), (c) => c.notNull().references('perception_surveys.id'))
    .addColumn('position', t('integer'), (c) => c.notNull())
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('label', t('json'), (c) => c.notNull())
    .addColumn('choices', t('json'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('perception_questions_by_name')
    .on('perception_questions')
    .columns(['survey_id', 'name'])
    .unique()
    .execute();
  // One row per question, area, month and answer; answer '' holds the sums of everyone who answered.
  await db.schema
    .createTable('perception_counts')
    .addColumn('question_id', t('id'), (c) => c.notNull().references('perception_questions.id'))
    .addColumn('survey_id', t('id'), (c) => c.notNull().references('perception_surveys.id'))
    .addColumn('area', t('text'), (c) => c.notNull())
    .addColumn('month', t('text'), (c) => c.notNull())
    .addColumn('answer', t('text'), (c) => c.notNull())
    .addColumn('respondents', t('integer'), (c) => c.notNull())
    .addColumn('weight', t('real'), (c) => c.notNull())
    .addColumn('weight_squared', t('real'), (c) => c.notNull())
    .addPrimaryKeyConstraint('perception_counts_pk', ['question_id', 'area', 'month', 'answer'])
    .execute();
}
