/**
 * Frozen: notifications in the app, one per person, record and kind (so a sweep can run any number
 * of times), and the outbox a mail relay drains. Neither holds tier-1 values: a notification names
 * its record by reference and kind only.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('notifications')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('user_id', t('id'), (c) => c.notNull().references('users.id'))
    .addColumn('mission_id', t('id'), (c) => c.references('missions.id'))
    .addColumn('record_type', t('text'), (c) => c.notNull())
    .addColumn('record_id', t('text'), (c) => c.notNull())
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('params', t('json'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('read_at', t('timestamp'))
    .execute();
  await db.schema
    .createIndex('notifications_once')
    .unique()
    .on('notifications')
    .columns(['user_id', 'record_type', 'record_id', 'kind'])
    .execute();
  await db.schema
    .createTable('outbox')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('notification_id', t('id'), (c) => c.notNull().references('notifications.id'))
    .addColumn('recipient', t('text'), (c) => c.notNull())
    .addColumn('subject', t('text'), (c) => c.notNull())
    .addColumn('body', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('sent_at', t('timestamp'))
    .execute();
  await db.schema
    .createIndex('outbox_pending')
    .on('outbox')
    .columns(['sent_at', 'created_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
