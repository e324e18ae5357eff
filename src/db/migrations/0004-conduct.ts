/**
 * Frozen: conduct and accountability (¶119–127, rules C1–C9). Allegation cases with their clocks,
 * subjects and victims (identities encrypted, C9), and each mission's clock settings.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('conduct_cases')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('received_at', t('timestamp'), (c) => c.notNull())
    .addColumn('received_precision', t('text'), (c) => c.notNull())
    .addColumn('channel', t('text'), (c) => c.notNull())
    .addColumn('category', t('text'), (c) => c.notNull())
    .addColumn('allegations', t('json'), (c) => c.notNull())
    .addColumn('incident_period', t('json'))
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('status_reason', t('text'), (c) => c.notNull())
    .addColumn('investigating_entity', t('text'))
    .addColumn('finding', t('text'))
    .addColumn('findings', t('json'), (c) => c.notNull())
    .addColumn('investigation_days', t('integer'))
    .addColumn('paternity_claim', t('text'), (c) => c.notNull())
    .addColumn('paternity_established', t('text'))
    .addColumn('nio_appointed', t('text'))
    .addColumn('interim_actions', t('json'), (c) => c.notNull())
    .addColumn('final_actions', t('json'), (c) => c.notNull())
    .addColumn('criminal_referral', t('text'), (c) => c.notNull())
    .addColumn('evidence_due_at', t('timestamp'), (c) => c.notNull())
    .addColumn('investigation_due_at', t('timestamp'), (c) => c.notNull())
    .addColumn('evidence_gathered_at', t('timestamp'))
    .addColumn('investigation_concluded_at', t('timestamp'))
    .addColumn('source_system', t('text'), (c) => c.notNull())
    .addColumn('source_id', t('text'))
    .addColumn('source_attributes', t('json'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('created_by', t('text'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conduct_cases_reference')
    .unique()
    .on('conduct_cases')
    .columns(['mission_id', 'reference'])
    .execute();
  await db.schema
    .createIndex('conduct_cases_source')
    .unique()
    .on('conduct_cases')
    .columns(['mission_id', 'source_system', 'source_id'])
    .execute();
  await db.schema
    .createIndex('conduct_cases_received')
    .on('conduct_cases')
    .columns(['mission_id', 'received_at'])
    .execute();

  await db.schema
    .createTable('conduct_subjects')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('case_id', t('id'), (c) => c.notNull().references('conduct_cases.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('personnel_category', t('text'), (c) => c.notNull())
    .addColumn('nationality', t('text'))
    .addColumn('unit', t('text'))
    .addColumn('count', t('integer'))
    .addColumn('position', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conduct_subjects_case')
    .on('conduct_subjects')
    .columns(['case_id', 'position'])
    .execute();

  await db.schema
    .createTable('conduct_victims')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('case_id', t('id'), (c) => c.notNull().references('conduct_cases.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('age_group', t('text'), (c) => c.notNull())
    .addColumn('sex', t('text'), (c) => c.notNull())
    .addColumn('count', t('integer'))
    // Tier-1 (C9): name, contact and identifying details, AES-256-GCM, bound to this row.
    .addColumn('identity', t('text'))
    .addColumn('position', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conduct_victims_case')
    .on('conduct_victims')
    .columns(['case_id', 'position'])
    .execute();

  await db.schema
    .createTable('conduct_clock_settings')
    .addColumn('mission_id', t('id'), (c) => c.primaryKey().notNull().references('missions.id'))
    .addColumn('evidence_hours', t('integer'), (c) => c.notNull())
    .addColumn('investigation_months', t('integer'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
