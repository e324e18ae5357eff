/**
 * Frozen: uniformed capabilities, first part (issue 5): contributing Member States; the monthly
 * uniformed personnel each contributes to each mission, with men and women per category (IPI's
 * layout of the UN's monthly reports); each mission's authorised and deployed strength per month.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

const categories = ['police_individual', 'police_units', 'experts', 'troops', 'all'] as const;

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('contributors')
    .addColumn('iso3', t('text'), (c) => c.primaryKey().notNull())
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .execute();
  let months = db.schema
    .createTable('contribution_months')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('contributor', t('text'), (c) => c.notNull().references('contributors.iso3'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('month', t('text'), (c) => c.notNull());
  for (const category of categories)
    for (const part of ['men', 'women', 'total'])
      months = months.addColumn(`${category}_${part}`, t('integer'));
  await months
    .addColumn('source', t('text'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addUniqueConstraint('contribution_months_key', ['contributor', 'mission_id', 'month'])
    .execute();
  await db.schema
    .createIndex('contribution_months_mission')
    .on('contribution_months')
    .columns(['mission_id', 'month'])
    .execute();
  await db.schema
    .createTable('mission_strength_months')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('month', t('text'), (c) => c.notNull())
    .addColumn('authorised_troops', t('integer'))
    .addColumn('authorised_police', t('integer'))
    .addColumn('authorised_observers', t('integer'))
    .addColumn('troops', t('integer'))
    .addColumn('police', t('integer'))
    .addColumn('observers', t('integer'))
    .addColumn('source', t('text'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addUniqueConstraint('mission_strength_months_key', ['mission_id', 'month'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
