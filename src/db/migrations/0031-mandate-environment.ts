/**
 * Frozen: D7's environment (¶128–129) — a mission's sites with their environmental impact
 * assessments, their baselines and monitoring benchmarks per measure (water, waste, energy, fuel)
 * and the monthly readings against them.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('environment_sites')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('latitude', t('real'), (c) => c.notNull())
    .addColumn('longitude', t('real'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('opened_on', t('date'))
    .addColumn('closed_on', t('date'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('environment_sites_by_name')
    .on('environment_sites')
    .columns(['mission_id', 'name'])
    .unique()
    .execute();
  await db.schema
    .createTable('environment_assessments')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('site_id', t('id'), (c) => c.notNull().references('environment_sites.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('conducted_on', t('date'), (c) => c.notNull())
    .addColumn('conducted_by', t('text'), (c) => c.notNull())
    .addColumn('findings', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('environment_benchmarks')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('site_id', t('id'), (c) => c.notNull().references('environment_sites.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('measure', t('text'), (c) => c.notNull())
    .addColumn('unit', t('text'), (c) => c.notNull())
    .addColumn('baseline', t('real'), (c) => c.notNull())
    .addColumn('baseline_period', t('text'), (c) => c.notNull())
    .addColumn('target', t('real'), (c) => c.notNull())
    .addColumn('target_period', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('environment_benchmarks_by_measure')
    .on('environment_benchmarks')
    .columns(['site_id', 'measure'])
    .unique()
    .execute();
  await db.schema
    .createTable('environment_readings')
    .addColumn('benchmark_id', t('id'), (c) => c.notNull().references('environment_benchmarks.id'))
    .addColumn('period', t('text'), (c) => c.notNull())
    .addColumn('value', t('real'), (c) => c.notNull())
    .addColumn('entered_by', t('text'), (c) => c.notNull())
    .addColumn('entered_at', t('timestamp'), (c) => c.notNull())
    .addPrimaryKeyConstraint('environment_readings_pk', ['benchmark_id', 'period'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
