/**
 * Frozen: assistance to victims (¶123, C7): each referral to a provider — medical, psychosocial,
 * legal, livelihood, paternity support — with its dates and outcome (outcome notes tier-1).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('conduct_assistance')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('case_id', t('id'), (c) => c.notNull().references('conduct_cases.id'))
    .addColumn('victim_id', t('id'), (c) => c.notNull().references('conduct_victims.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('provider', t('text'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('referred_on', t('date'), (c) => c.notNull())
    .addColumn('started_on', t('date'))
    .addColumn('completed_on', t('date'))
    .addColumn('outcome', t('text'))
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conduct_assistance_case')
    .on('conduct_assistance')
    .columns(['case_id', 'victim_id'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
