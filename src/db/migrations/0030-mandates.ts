/**
 * Frozen: D1 and D2's mandates (¶57–59, ¶71) — the resolution, adopted and expiring, its tasks in
 * phases with the conditions a later task waits on (a benchmark reached, a report back to the
 * Council delivered), the tasks' benchmarks and their indicators (baseline, target, direction, the
 * month the target is due, who enters it) with their monthly values; D6's start-up clocks (¶81–82):
 * the mandate's milestones, the headquarters functional among them, and its standing start-up
 * measures in force until a day, renewed or lapsed; D3's impact assessments (at the mandate's
 * rhythm) and independent evaluations with their recommendations followed to a decision (¶71–72);
 * D4's transition of tasks to national partners (¶73).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('mandates')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('resolution', t('text'), (c) => c.notNull())
    .addColumn('title', t('text'), (c) => c.notNull())
    .addColumn('adopted_on', t('date'), (c) => c.notNull())
    .addColumn('expires_on', t('date'), (c) => c.notNull())
    .addColumn('sequenced', t('boolean'), (c) => c.notNull())
    .addColumn('measures_until', t('date'), (c) => c.notNull())
    .addColumn('measures_lapsed_on', t('date'))
    .addColumn('assessment_every_months', t('integer'), (c) => c.notNull())
    .addColumn('illustrative', t('boolean'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mandates_by_resolution')
    .on('mandates')
    .columns(['mission_id', 'resolution'])
    .unique()
    .execute();
  await db.schema
    .createTable('mandate_tasks')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mandate_id', t('id'), (c) => c.notNull().references('mandates.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('code', t('text'), (c) => c.notNull())
    .addColumn('title', t('text'), (c) => c.notNull())
    .addColumn('area', t('text'), (c) => c.notNull())
    .addColumn('phase', t('integer'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('started_on', t('date'))
    .addColumn('completed_on', t('date'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mandate_tasks_by_code')
    .on('mandate_tasks')
    .columns(['mandate_id', 'code'])
    .unique()
    .execute();
  await db.schema
    .createTable('mandate_benchmarks')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('task_id', t('id'), (c) => c.notNull().references('mandate_tasks.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('title', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mandate_indicators')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('benchmark_id', t('id'), (c) => c.notNull().references('mandate_benchmarks.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('unit', t('text'), (c) => c.notNull())
    .addColumn('baseline', t('real'), (c) => c.notNull())
    .addColumn('baseline_period', t('text'), (c) => c.notNull())
    .addColumn('target', t('real'), (c) => c.notNull())
    .addColumn('target_period', t('text'), (c) => c.notNull())
    .addColumn('direction', t('text'), (c) => c.notNull())
    .addColumn('source', t('text'), (c) => c.notNull())
    .addColumn('source_params', t('json'), (c) => c.notNull())
    .addColumn('owner', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mandate_indicator_values')
    .addColumn('indicator_id', t('id'), (c) => c.notNull().references('mandate_indicators.id'))
    .addColumn('period', t('text'), (c) => c.notNull())
    .addColumn('value', t('real'), (c) => c.notNull())
    .addColumn('entered_by', t('text'), (c) => c.notNull())
    .addColumn('entered_at', t('timestamp'), (c) => c.notNull())
    .addPrimaryKeyConstraint('mandate_indicator_values_pk', ['indicator_id', 'period'])
    .execute();
  await db.schema
    .createTable('mandate_conditions')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('task_id', t('id'), (c) => c.notNull().references('mandate_tasks.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('benchmark_id', t('id'), (c) => c.references('mandate_benchmarks.id'))
    .addColumn('description', t('text'), (c) => c.notNull())
    .addColumn('due_on', t('date'))
    .addColumn('met_on', t('date'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mandate_milestones')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mandate_id', t('id'), (c) => c.notNull().references('mandates.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('hq_functional', t('boolean'), (c) => c.notNull())
    .addColumn('done_on', t('date'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mandate_assessments')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mandate_id', t('id'), (c) => c.notNull().references('mandates.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('title', t('text'), (c) => c.notNull())
    .addColumn('conducted_by', t('text'), (c) => c.notNull())
    .addColumn('conducted_on', t('date'), (c) => c.notNull())
    .addColumn('findings', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mandate_recommendations')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('assessment_id', t('id'), (c) => c.notNull().references('mandate_assessments.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('text', t('text'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('reason', t('text'), (c) => c.notNull())
    .addColumn('decided_on', t('date'))
    .addColumn('implemented_on', t('date'))
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mandate_transitions')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('task_id', t('id'), (c) => c.notNull().references('mandate_tasks.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('partner', t('text'), (c) => c.notNull())
    .addColumn('benchmark_id', t('id'), (c) => c.references('mandate_benchmarks.id'))
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('handed_over_on', t('date'))
    .addColumn('note', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mandate_transitions_by_task')
    .on('mandate_transitions')
    .column('task_id')
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
