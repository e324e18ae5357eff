/**
 * Frozen: unit performance in mission (K7, ¶97) — assessments against task-based standards and the
 * remedial plans a deficiency opens — and refusals to follow orders (K8, ¶98).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('unit_assessments')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('pledge_id', t('id'), (c) => c.notNull().references('pledges.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('assessed_on', t('date'), (c) => c.notNull())
    .addColumn('assessor', t('text'), (c) => c.notNull())
    .addColumn('standards', t('json'), (c) => c.notNull())
    .addColumn('score', t('real'), (c) => c.notNull())
    .addColumn('result', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('created_by', t('text'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('unit_assessments_pledge')
    .on('unit_assessments')
    .columns(['pledge_id', 'assessed_on'])
    .execute();
  await db.schema
    .createTable('remedial_plans')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('assessment_id', t('id'), (c) =>
      c.notNull().unique().references('unit_assessments.id'),
    )
    .addColumn('pledge_id', t('id'), (c) => c.notNull().references('pledges.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('deficiencies', t('json'), (c) => c.notNull())
    .addColumn('due_on', t('date'), (c) => c.notNull())
    .addColumn('closed_on', t('date'))
    .addColumn('outcome', t('text'))
    .addColumn('note', t('text'))
    .addColumn('closed_by', t('text'))
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('order_refusals')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('pledge_id', t('id'), (c) => c.notNull().references('pledges.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('occurred_on', t('date'), (c) => c.notNull())
    .addColumn('reported_by_role', t('text'), (c) => c.notNull())
    .addColumn('reported_by', t('text'), (c) => c.notNull())
    .addColumn('reported_at', t('timestamp'), (c) => c.notNull())
    .addColumn('order_given', t('text'), (c) => c.notNull())
    .addColumn('what_happened', t('text'), (c) => c.notNull())
    .addColumn('informed_at', t('timestamp'))
    .addColumn('informed_by', t('text'))
    .addColumn('informed_means', t('text'))
    .addColumn('remedial_due', t('date'))
    .addColumn('remedial_action', t('text'))
    .addColumn('remedial_on', t('date'))
    .addColumn('decision', t('text'))
    .addColumn('decision_reason', t('text'))
    .addColumn('decided_by', t('text'))
    .addColumn('decided_on', t('date'))
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
