/**
 * Frozen: pledges to the Peacekeeping Capability Readiness System with their readiness level and its
 * history (K1, ¶86–87), and missions' statements of unit requirements (K6, ¶62).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('unit_requirements')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('capability', t('text'), (c) => c.notNull())
    .addColumn('strength', t('integer'), (c) => c.notNull())
    .addColumn('tasks', t('json'), (c) => c.notNull())
    .addColumn('standards', t('json'), (c) => c.notNull())
    .addColumn('location', t('text'), (c) => c.notNull())
    .addColumn('deadline', t('date'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pledges')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('contributor', t('text'), (c) => c.notNull().references('contributors.iso3'))
    .addColumn('capability', t('text'), (c) => c.notNull())
    .addColumn('strength', t('integer'), (c) => c.notNull())
    .addColumn('women', t('integer'), (c) => c.notNull())
    .addColumn('major_equipment', t('json'), (c) => c.notNull())
    .addColumn('self_sustainment', t('json'), (c) => c.notNull())
    .addColumn('available_from', t('date'), (c) => c.notNull())
    .addColumn('available_until', t('date'))
    .addColumn('level', t('text'), (c) => c.notNull())
    .addColumn('visit_valid_until', t('date'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('pledge_events')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('pledge_id', t('id'), (c) => c.notNull().references('pledges.id'))
    .addColumn('at', t('timestamp'), (c) => c.notNull())
    .addColumn('change', t('text'), (c) => c.notNull())
    .addColumn('level_from', t('text'))
    .addColumn('level_to', t('text'), (c) => c.notNull())
    .addColumn('evidence', t('json'))
    .addColumn('reason', t('text'), (c) => c.notNull())
    .addColumn('actor', t('text'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pledge_events_pledge')
    .on('pledge_events')
    .columns(['pledge_id', 'at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
