/**
 * Frozen: force selection (K5) and deployment tracking (K9, ¶76). Statements of unit requirements
 * gain the tasks a caveat may not restrict, and the equipment and self-sustainment they need; a
 * selection records the unit chosen with the explanation as it stood; its steps carry their dates.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  for (const column of ['task_kinds', 'major_equipment', 'self_sustainment'])
    await db.schema
      .alterTable('unit_requirements')
      .addColumn(column, t('json'), (c) => c.notNull().defaultTo(sql`'[]'`))
      .execute();
  await db.schema
    .createTable('force_selections')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('requirement_id', t('id'), (c) =>
      c.notNull().unique().references('unit_requirements.id'),
    )
    .addColumn('pledge_id', t('id'), (c) => c.notNull().unique().references('pledges.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('selected_on', t('date'), (c) => c.notNull())
    .addColumn('selected_by', t('text'), (c) => c.notNull())
    .addColumn('explanation', t('json'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('deployment_steps')
    .addColumn('selection_id', t('id'), (c) => c.notNull().references('force_selections.id'))
    .addColumn('step', t('text'), (c) => c.notNull())
    .addColumn('started_on', t('date'), (c) => c.notNull())
    .addColumn('completed_on', t('date'))
    .addColumn('note', t('text'), (c) => c.notNull())
    .addColumn('recorded_by', t('text'), (c) => c.notNull())
    .addColumn('recorded_at', t('timestamp'), (c) => c.notNull())
    .addPrimaryKeyConstraint('deployment_steps_pk', ['selection_id', 'step'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
