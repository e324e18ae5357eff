/**
 * Frozen: national caveats of a pledged unit (K2, ¶98), its deployment, and incidents of the unit
 * (a caveat refused after deployment; later, refusals to follow orders).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .alterTable('pledges')
    .addColumn('deployed_mission_id', t('id'), (c) => c.references('missions.id'))
    .execute();
  await db.schema.alterTable('pledges').addColumn('deployed_on', t('date')).execute();
  await db.schema
    .createTable('pledge_caveats')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('pledge_id', t('id'), (c) => c.notNull().references('pledges.id'))
    .addColumn('task', t('text'), (c) => c.notNull())
    .addColumn('geography', t('text'), (c) => c.notNull())
    .addColumn('time', t('text'), (c) => c.notNull())
    .addColumn('conditions', t('text'), (c) => c.notNull())
    .addColumn('text', t('text'), (c) => c.notNull())
    .addColumn('declared_at', t('timestamp'), (c) => c.notNull())
    .addColumn('declared_by', t('text'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('unit_incidents')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('pledge_id', t('id'), (c) => c.notNull().references('pledges.id'))
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('at', t('timestamp'), (c) => c.notNull())
    .addColumn('by', t('text'), (c) => c.notNull())
    .addColumn('detail', t('json'), (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
