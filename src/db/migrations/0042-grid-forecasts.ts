/**
 * Frozen: a mission's grid forecasts (issue 23) — per PRIO-GRID 0.5° cell and month 1–6 months
 * ahead, the probability of at least one incident and of 5 or more killed, learned from the
 * mission's incidents that every reader of it sees, each with the features that moved it most.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('grid_forecast_runs')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('origin', t('text'), (c) => c.notNull())
    .addColumn('model', t('text'), (c) => c.notNull())
    .addColumn('cells', t('integer'), (c) => c.notNull())
    .addColumn('incidents', t('integer'), (c) => c.notNull())
    .addColumn('evaluation', t('json'))
    .addColumn('published_at', t('timestamp'), (c) => c.notNull())
    .addColumn('published_by', t('text'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('grid_forecast_runs_mission')
    .on('grid_forecast_runs')
    .columns(['mission_id', 'origin'])
    .execute();
  await db.schema
    .createTable('grid_forecasts')
    .addColumn('run_id', t('id'), (c) => c.notNull().references('grid_forecast_runs.id'))
    .addColumn('gid', t('integer'), (c) => c.notNull())
    .addColumn('latitude', t('real'), (c) => c.notNull())
    .addColumn('longitude', t('real'), (c) => c.notNull())
    .addColumn('horizon', t('integer'), (c) => c.notNull())
    .addColumn('month', t('text'), (c) => c.notNull())
    .addColumn('p_event', t('real'), (c) => c.notNull())
    .addColumn('p_killed5', t('real'), (c) => c.notNull())
    .addColumn('why', t('json'), (c) => c.notNull())
    .addPrimaryKeyConstraint('grid_forecasts_pk', ['run_id', 'horizon', 'gid'])
    .execute();
}
