/**
 * Frozen: contributors' record in the annual reports on children and armed conflict and on
 * conflict-related sexual violence, their action plans, and the configurable rule of K4 (¶127).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('contributor_listings')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('contributor', t('text'), (c) => c.notNull().references('contributors.iso3'))
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('year', t('integer'), (c) => c.notNull())
    .addColumn('parties', t('text'), (c) => c.notNull())
    .addColumn('source', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addUniqueConstraint('contributor_listings_key', ['contributor', 'kind', 'year'])
    .execute();
  await db.schema
    .createTable('contributor_action_plans')
    .addColumn('contributor', t('text'), (c) => c.notNull().references('contributors.iso3'))
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('state', t('text'), (c) => c.notNull())
    .addColumn('signed_on', t('date'))
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addPrimaryKeyConstraint('contributor_action_plans_pk', ['contributor', 'kind'])
    .execute();
  await db.schema
    .createTable('eligibility_rules')
    .addColumn('id', t('text'), (c) => c.primaryKey().notNull())
    .addColumn('listed_times', t('integer'), (c) => c.notNull())
    .addColumn('of_last_years', t('integer'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
