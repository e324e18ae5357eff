/**
 * Frozen: M1's casualties (¶110–111) with their 10-1-2 steps — first aid, advanced resuscitation,
 * damage-control surgery: when each began, or that it was not needed, and where — and M6's
 * tier-1 fields (the patient's identity, clinical notes) as ciphertext only.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('medical_casualties')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('incident_id', t('id'), (c) => c.references('incidents.id'))
    .addColumn('injured_at', t('timestamp'), (c) => c.notNull())
    .addColumn('precedence', t('text'), (c) => c.notNull())
    .addColumn('category', t('text'), (c) => c.notNull())
    .addColumn('first_aid_at', t('timestamp'))
    .addColumn('first_aid_na', t('boolean'), (c) => c.notNull())
    .addColumn('resuscitation_at', t('timestamp'))
    .addColumn('resuscitation_na', t('boolean'), (c) => c.notNull())
    .addColumn('resuscitation_facility_id', t('id'), (c) => c.references('medical_facilities.id'))
    .addColumn('surgery_at', t('timestamp'))
    .addColumn('surgery_na', t('boolean'), (c) => c.notNull())
    .addColumn('surgery_facility_id', t('id'), (c) => c.references('medical_facilities.id'))
    .addColumn('identity', t('text'))
    .addColumn('clinical_notes', t('text'))
    .addColumn('illustrative', t('boolean'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('created_by', t('text'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('medical_casualties_by_reference')
    .on('medical_casualties')
    .columns(['mission_id', 'reference'])
    .unique()
    .execute();
  await db.schema
    .createIndex('medical_casualties_by_injury')
    .on('medical_casualties')
    .columns(['mission_id', 'injured_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
