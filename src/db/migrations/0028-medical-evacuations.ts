/**
 * Frozen: M2's evacuation requests (¶110–111) — the standard request (pick-up, patients by
 * precedence, equipment, security, marking, nationality, terrain and CBRN), its steps each timed
 * (requested, tasked, airborne, at the patient, at the facility; or refused / aborted with the
 * reason), the asset, crew and destination it was tasked with and the estimate made then (M3).
 * No patient identity: the casualties it carries are linked by id.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('medical_evacuations')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('incident_id', t('id'), (c) => c.references('incidents.id'))
    .addColumn('injured_at', t('timestamp'), (c) => c.notNull())
    .addColumn('precedence', t('text'), (c) => c.notNull())
    .addColumn('patients', t('json'), (c) => c.notNull())
    .addColumn('pickup_latitude', t('real'), (c) => c.notNull())
    .addColumn('pickup_longitude', t('real'), (c) => c.notNull())
    .addColumn('pickup_description', t('text'), (c) => c.notNull())
    .addColumn('special_equipment', t('json'), (c) => c.notNull())
    .addColumn('security', t('text'), (c) => c.notNull())
    .addColumn('marking', t('text'), (c) => c.notNull())
    .addColumn('nationality', t('json'), (c) => c.notNull())
    .addColumn('cbrn', t('text'), (c) => c.notNull())
    .addColumn('terrain', t('text'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('requested_at', t('timestamp'), (c) => c.notNull())
    .addColumn('tasked_at', t('timestamp'))
    .addColumn('airborne_at', t('timestamp'))
    .addColumn('at_patient_at', t('timestamp'))
    .addColumn('at_facility_at', t('timestamp'))
    .addColumn('ended_at', t('timestamp'))
    .addColumn('stop_reason', t('text'))
    .addColumn('stop_note', t('text'), (c) => c.notNull())
    .addColumn('aircraft_id', t('id'), (c) => c.references('medical_aircraft.id'))
    .addColumn('crew', t('text'), (c) => c.notNull())
    .addColumn('facility_id', t('id'), (c) => c.references('medical_facilities.id'))
    .addColumn('estimated_arrival_at', t('timestamp'))
    .addColumn('illustrative', t('boolean'), (c) => c.notNull())
    .addColumn('created_by', t('text'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('medical_evacuations_by_reference')
    .on('medical_evacuations')
    .columns(['mission_id', 'reference'])
    .unique()
    .execute();
  await db.schema
    .createIndex('medical_evacuations_by_status')
    .on('medical_evacuations')
    .columns(['mission_id', 'status', 'requested_at'])
    .execute();
  // One aircraft flies one evacuation at a time: two taskings at once cannot both hold it.
  await db.schema
    .createIndex('medical_evacuations_one_per_aircraft')
    .on('medical_evacuations')
    .column('aircraft_id')
    .unique()
    .where(sql.ref('status'), 'in', ['tasked', 'airborne', 'at_patient'])
    .execute();
  await db.schema
    .createTable('medical_evacuation_casualties')
    .addColumn('evacuation_id', t('id'), (c) => c.notNull().references('medical_evacuations.id'))
    .addColumn('casualty_id', t('id'), (c) => c.notNull().references('medical_casualties.id'))
    .addPrimaryKeyConstraint('medical_evacuation_casualties_pk', ['evacuation_id', 'casualty_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
