/**
 * Frozen: E4's failure-to-act register (¶20) — an inquiry into an incident where a mission,
 * military unit or police contingent failed to act: who, what was known, what was ordered, what
 * happened; the finding; the Council and the Member States informed, with dates and references.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('failure_to_act_inquiries')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('incident_id', t('id'), (c) => c.notNull().references('incidents.id'))
    .addColumn('incident_on', t('date'), (c) => c.notNull())
    .addColumn('subject_kind', t('text'), (c) => c.notNull())
    .addColumn('unit_id', t('id'), (c) => c.references('pledges.id'))
    .addColumn('unit_contributor', t('text'))
    .addColumn('unit_capability', t('text'))
    .addColumn('who', t('text'), (c) => c.notNull())
    .addColumn('known', t('text'), (c) => c.notNull())
    .addColumn('ordered', t('text'), (c) => c.notNull())
    .addColumn('happened', t('text'), (c) => c.notNull())
    .addColumn('opened_on', t('date'), (c) => c.notNull())
    .addColumn('opened_by', t('text'), (c) => c.notNull())
    .addColumn('finding', t('text'))
    .addColumn('finding_text', t('text'))
    .addColumn('found_on', t('date'))
    .addColumn('council_notified_on', t('date'))
    .addColumn('council_reference', t('text'))
    .addColumn('member_states', t('json'))
    .addColumn('member_states_notified_on', t('date'))
    .addColumn('member_states_reference', t('text'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('failure_to_act_by_unit')
    .on('failure_to_act_inquiries')
    .column('unit_id')
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
