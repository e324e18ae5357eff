/** Frozen: memoranda of understanding (K6, ¶62): the unit a contributor provides and the statement of unit requirements it carries. */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('mous')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('contributor', t('text'), (c) => c.notNull().references('contributors.iso3'))
    .addColumn('pledge_id', t('id'), (c) => c.notNull().unique().references('pledges.id'))
    .addColumn('requirement_id', t('id'), (c) => c.notNull().references('unit_requirements.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('signed_on', t('date'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
