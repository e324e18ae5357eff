/**
 * Frozen: roles that reach tier-1 data granted by two people (issue 15, F2). A grant asked for by
 * one administrator waits here until a second approves it; only then is the membership written.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('role_grants')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('user_id', t('id'), (c) => c.notNull().references('users.id'))
    .addColumn('mission_id', t('id'), (c) => c.references('missions.id'))
    .addColumn('role', t('text'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('requested_by', t('text'), (c) => c.notNull())
    .addColumn('requested_at', t('timestamp'), (c) => c.notNull())
    .addColumn('decided_by', t('text'))
    .addColumn('decided_at', t('timestamp'))
    .execute();
  await db.schema
    .createIndex('role_grants_by_user')
    .on('role_grants')
    .columns(['user_id', 'status'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
