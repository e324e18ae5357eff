/**
 * Frozen: the personnel module (P1–P5): civilian recruitments through their steps (the candidate's
 * name tier-1 ciphertext; no medical result, only the day clearance was given), leadership
 * appointments with their human-rights assessment (the appointee's name ciphertext), senior manager
 * compacts, and national staffing plans and monthly head counts (counts only).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  let recruitments = db.schema
    .createTable('personnel_recruitments')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('post', t('text'), (c) => c.notNull())
    .addColumn('grade', t('text'), (c) => c.notNull())
    .addColumn('category', t('text'), (c) => c.notNull())
    .addColumn('source', t('text'), (c) => c.notNull())
    .addColumn('fast_track', t('boolean'), (c) => c.notNull())
    .addColumn('candidate', t('text'))
    .addColumn('opened_on', t('date'), (c) => c.notNull());
  for (const step of [
    'selection',
    'offer',
    'reference_checks',
    'medical_clearance',
    'security_clearance',
    'visa',
    'travel',
    'arrival',
  ])
    recruitments = recruitments.addColumn(`${step}_on`, t('date'));
  await recruitments
    .addColumn('withdrawn_on', t('date'))
    .addColumn('withdrawn_reason', t('text'))
    .addColumn('sea_training_on', t('date'))
    .addColumn('illustrative', t('boolean'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .addUniqueConstraint('personnel_recruitments_key', ['mission_id', 'reference'])
    .execute();
  await db.schema
    .createTable('personnel_appointments')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('post', t('text'), (c) => c.notNull())
    .addColumn('appointee', t('text'), (c) => c.notNull())
    .addColumn('gender', t('text'), (c) => c.notNull())
    .addColumn('nationality', t('text'), (c) => c.notNull())
    .addColumn('appointed_on', t('date'), (c) => c.notNull())
    .addColumn('ended_on', t('date'))
    .addColumn('hr_assessed_on', t('date'))
    .addColumn('hr_assessed_by', t('text'))
    .addColumn('hr_outcome', t('text'))
    .addColumn('source', t('text'), (c) => c.notNull())
    .addColumn('illustrative', t('boolean'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('personnel_compacts')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('appointment_id', t('id'), (c) =>
      c.notNull().references('personnel_appointments.id'),
    )
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('year', t('integer'), (c) => c.notNull())
    .addColumn('objectives', t('json'), (c) => c.notNull())
    .addColumn('assessed_on', t('date'))
    .addColumn('rating', t('text'))
    .addColumn('assessment', t('text'))
    .addColumn('renewal_bearing', t('text'))
    .addColumn('renewal_note', t('text'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .addUniqueConstraint('personnel_compacts_key', ['appointment_id', 'year'])
    .execute();
  await db.schema
    .createTable('personnel_staffing_plans')
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('category', t('text'), (c) => c.notNull())
    .addColumn('from_month', t('text'), (c) => c.notNull())
    .addColumn('planned', t('integer'), (c) => c.notNull())
    .addColumn('planned_women', t('integer'), (c) => c.notNull())
    .addColumn('recorded_at', t('timestamp'), (c) => c.notNull())
    .addPrimaryKeyConstraint('personnel_staffing_plans_pk', [
      'mission_id',
      'category',
      'from_month',
    ])
    .execute();
  await db.schema
    .createTable('personnel_staffing_counts')
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('month', t('text'), (c) => c.notNull())
    .addColumn('category', t('text'), (c) => c.notNull())
    .addColumn('women', t('integer'), (c) => c.notNull())
    .addColumn('men', t('integer'), (c) => c.notNull())
    .addColumn('recorded_at', t('timestamp'), (c) => c.notNull())
    .addPrimaryKeyConstraint('personnel_staffing_counts_pk', ['mission_id', 'month', 'category'])
    .execute();
}
