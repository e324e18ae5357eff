/**
 * Frozen: M3's facilities and the mission's evacuation aircraft (¶110–111). A facility: level I,
 * II or III, or an aero-medical evacuation team; where it is; what it can do (surgery, blood,
 * beds, intensive care); operational, degraded or closed. An aircraft: its base, speed, whether it
 * flies at night and whether it is available now.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('medical_facilities')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('level', t('text'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('status_note', t('text'), (c) => c.notNull())
    .addColumn('latitude', t('real'), (c) => c.notNull())
    .addColumn('longitude', t('real'), (c) => c.notNull())
    .addColumn('operated_by', t('text'), (c) => c.notNull())
    .addColumn('surgery', t('boolean'), (c) => c.notNull())
    .addColumn('blood', t('boolean'), (c) => c.notNull())
    .addColumn('beds', t('integer'), (c) => c.notNull())
    .addColumn('icu_beds', t('integer'), (c) => c.notNull())
    .addColumn('illustrative', t('boolean'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('medical_facilities_by_name')
    .on('medical_facilities')
    .columns(['mission_id', 'name'])
    .unique()
    .execute();
  await db.schema
    .createTable('medical_aircraft')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('speed_kmh', t('integer'), (c) => c.notNull())
    .addColumn('night_capable', t('boolean'), (c) => c.notNull())
    .addColumn('available', t('boolean'), (c) => c.notNull())
    .addColumn('base_name', t('text'), (c) => c.notNull())
    .addColumn('latitude', t('real'), (c) => c.notNull())
    .addColumn('longitude', t('real'), (c) => c.notNull())
    .addColumn('illustrative', t('boolean'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('medical_aircraft_by_name')
    .on('medical_aircraft')
    .columns(['mission_id', 'name'])
    .unique()
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
