/** Frozen: incidents and their follow-ups with the host Government (rule I1). */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('incidents')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('occurred_at', t('timestamp'), (c) => c.notNull())
    .addColumn('time_precision', t('text'), (c) => c.notNull())
    .addColumn('latitude', t('real'), (c) => c.notNull())
    .addColumn('longitude', t('real'), (c) => c.notNull())
    .addColumn('location_precision', t('text'), (c) => c.notNull())
    .addColumn('admin_area', t('text'))
    .addColumn('place_name', t('text'))
    .addColumn('category', t('text'), (c) => c.notNull())
    .addColumn('actors', t('json'), (c) => c.notNull())
    .addColumn('casualties', t('json'), (c) => c.notNull())
    .addColumn('fatalities', t('integer'), (c) => c.notNull())
    .addColumn('sources', t('json'), (c) => c.notNull())
    .addColumn('narrative', t('text'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('status_reason', t('text'), (c) => c.notNull())
    .addColumn('source_system', t('text'), (c) => c.notNull())
    .addColumn('source_id', t('text'))
    .addColumn('source_attributes', t('json'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('created_by', t('text'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('incidents_mission_time')
    .on('incidents')
    .columns(['mission_id', 'occurred_at'])
    .execute();
  // Re-importing the same event updates its record (I2): one row per mission, source and source id.
  await db.schema
    .createIndex('incidents_source')
    .unique()
    .on('incidents')
    .columns(['mission_id', 'source_system', 'source_id'])
    .execute();

  await db.schema
    .createTable('incident_follow_ups')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('incident_id', t('id'), (c) => c.notNull().unique().references('incidents.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('authority', t('text'), (c) => c.notNull())
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('next_review_on', t('date'), (c) => c.notNull())
    .addColumn('outcome', t('text'))
    .addColumn('opened_at', t('timestamp'), (c) => c.notNull())
    .addColumn('closed_at', t('timestamp'))
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('follow_ups_open')
    .on('incident_follow_ups')
    .columns(['mission_id', 'status', 'next_review_on'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
