/**
 * Frozen: M4's consolidated record of fatalities (¶108), in the layout of the UN's public data
 * (DPPADPOSS-FATALITIES): mission, date, gender, nationality, personnel type, type of incident;
 * where it came from (the UN's file by its casualty id, or recorded here), and the incident it
 * is linked to where there is one. No names: the public file has none, and a fatality recorded
 * here is named only in its next-of-kin file (M5, later).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('medical_fatalities')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('incident_on', t('date'), (c) => c.notNull())
    .addColumn('gender', t('text'), (c) => c.notNull())
    .addColumn('nationality', t('text'), (c) => c.notNull())
    .addColumn('nationality_iso3', t('text'))
    .addColumn('personnel_type', t('text'), (c) => c.notNull())
    .addColumn('incident_type', t('text'), (c) => c.notNull())
    .addColumn('incident_id', t('id'), (c) => c.references('incidents.id'))
    .addColumn('source_system', t('text'), (c) => c.notNull())
    .addColumn('source_id', t('text'))
    .addColumn('illustrative', t('boolean'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('medical_fatalities_by_source')
    .on('medical_fatalities')
    .columns(['source_system', 'source_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('medical_fatalities_by_mission')
    .on('medical_fatalities')
    .columns(['mission_id', 'incident_on'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
