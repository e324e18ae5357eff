/**
 * Frozen: E1's published country-month forecasts — one run per origin with the evaluation it was
 * published with, the probabilities per country and month ahead, and the months of history the
 * page draws beside them.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('forecast_runs')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('origin', t('text'), (c) => c.notNull())
    .addColumn('model', t('text'), (c) => c.notNull())
    .addColumn('source', t('text'), (c) => c.notNull())
    .addColumn('countries', t('integer'), (c) => c.notNull())
    .addColumn('evaluation', t('json'))
    .addColumn('published_at', t('timestamp'), (c) => c.notNull())
    .addColumn('published_by', t('text'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('country_forecasts')
    .addColumn('run_id', t('id'), (c) => c.notNull().references('forecast_runs.id'))
    .addColumn('iso3', t('text'), (c) => c.notNull())
    .addColumn('country', t('text'), (c) => c.notNull())
    .addColumn('horizon', t('integer'), (c) => c.notNull())
    .addColumn('month', t('text'), (c) => c.notNull())
    .addColumn('p_sb1', t('real'), (c) => c.notNull())
    .addColumn('p_sb25', t('real'), (c) => c.notNull())
    .addPrimaryKeyConstraint('country_forecasts_pk', ['run_id', 'iso3', 'horizon'])
    .execute();
  await db.schema
    .createTable('country_history')
    .addColumn('run_id', t('id'), (c) => c.notNull().references('forecast_runs.id'))
    .addColumn('iso3', t('text'), (c) => c.notNull())
    .addColumn('month', t('text'), (c) => c.notNull())
    .addColumn('fatalities', t('integer'), (c) => c.notNull())
    .addPrimaryKeyConstraint('country_history_pk', ['run_id', 'iso3', 'month'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
