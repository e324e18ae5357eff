/**
 * Frozen: what follows an allegation (¶120–121, C3, C4): interim measures and repatriation
 * decisions against personnel and contingents, each mission's pattern rule, and referrals to
 * judicial authorities followed to an outcome.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('conduct_measures')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    // Null for a repatriation decision raised by the pattern rule over several cases.
    .addColumn('case_id', t('id'), (c) => c.references('conduct_cases.id'))
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('contributor', t('text'))
    .addColumn('unit', t('text'))
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('basis', t('json'), (c) => c.notNull())
    .addColumn('decision', t('text'))
    .addColumn('reason', t('text'), (c) => c.notNull())
    .addColumn('decided_by', t('text'))
    .addColumn('decided_at', t('timestamp'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conduct_measures_contributor')
    .on('conduct_measures')
    .columns(['contributor', 'kind', 'status'])
    .execute();
  await db.schema
    .createIndex('conduct_measures_case')
    .on('conduct_measures')
    .columns(['case_id'])
    .execute();
  await db.schema
    .createTable('conduct_pattern_rules')
    .addColumn('mission_id', t('id'), (c) => c.primaryKey().notNull().references('missions.id'))
    .addColumn('allegations', t('integer'), (c) => c.notNull())
    .addColumn('months', t('integer'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('conduct_referrals')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('case_id', t('id'), (c) => c.notNull().references('conduct_cases.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('authority', t('text'), (c) => c.notNull())
    .addColumn('country', t('text'), (c) => c.notNull())
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('referred_on', t('date'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('outcome', t('text'), (c) => c.notNull())
    .addColumn('next_review_on', t('date'))
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conduct_referrals_case')
    .on('conduct_referrals')
    .columns(['case_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
