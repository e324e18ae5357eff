/**
 * Frozen: sanctions that carry through (issue 16, ¶98, ¶120, ¶127). A unit's repatriation —
 * ordered by a decision (C3's pattern or non-response, K8, K4), then completed, when the unit leaves
 * the mission — and the K4 flags on deployed units awaiting a decision. Conduct's raised decisions
 * say what raised them (the pattern, a contributor's non-response, a failure to act) and, once
 * taken, which deployed unit they repatriate; a case, the day its contributor answered.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('unit_repatriations')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('pledge_id', t('id'), (c) => c.notNull().references('pledges.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('contributor', t('text'), (c) => c.notNull())
    // The unit's deployment this is about: a flag or an order holds for one deployment.
    .addColumn('deployed_on', t('date'), (c) => c.notNull())
    // 'conduct_pattern' | 'conduct_non_response' | 'order_refusal' | 'eligibility'
    .addColumn('basis', t('text'), (c) => c.notNull())
    .addColumn('paragraph', t('text'), (c) => c.notNull())
    // What raised it: a conduct decision, an order refusal, or the contributor's standing.
    .addColumn('source_type', t('text'), (c) => c.notNull())
    .addColumn('source_id', t('text'), (c) => c.notNull())
    .addColumn('explanation', t('text'), (c) => c.notNull())
    // 'decision_required' → 'retained' | 'ordered' → 'completed'
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('decided_on', t('date'))
    .addColumn('decided_by', t('text'))
    .addColumn('reason', t('text'))
    .addColumn('leave_by', t('date'))
    .addColumn('completed_on', t('date'))
    .addColumn('completed_by', t('text'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('unit_repatriations_by_unit')
    .on('unit_repatriations')
    .columns(['pledge_id', 'status'])
    .execute();
  await db.schema
    .createIndex('unit_repatriations_by_contributor')
    .on('unit_repatriations')
    .columns(['contributor'])
    .execute();
  await db.schema
    .alterTable('conduct_measures')
    .addColumn('trigger', t('text'), (c) => c.notNull().defaultTo('pattern'))
    .execute();
  await db.schema
    .alterTable('conduct_measures')
    .addColumn('unit_id', t('id'), (c) => c.references('pledges.id'))
    .execute();
  await db.schema
    .alterTable('conduct_measures')
    .addColumn('source_case_id', t('id'), (c) => c.references('conduct_cases.id'))
    .execute();
  // The day the contributor answered the allegation (¶120's non-response): appointed its national
  // investigation officer, or declined to investigate (nio_appointed says which).
  await db.schema
    .alterTable('conduct_cases')
    .addColumn('contributor_responded_on', t('date'))
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
