/**
 * Frozen: community complaints (C6, ¶123): filed without an account, followed with a receipt code
 * stored only as its hash; the account of what happened, the contact and every message are tier-1
 * ciphertext. No address, agent or exact time is stored: times are rounded down to the hour.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('conduct_complaints')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('receipt_hash', t('text'), (c) => c.notNull().unique())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('account', t('text'), (c) => c.notNull())
    .addColumn('contact', t('text'))
    .addColumn('language', t('text'), (c) => c.notNull())
    .addColumn('case_id', t('id'), (c) => c.references('conduct_cases.id'))
    .addColumn('received_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conduct_complaints_mission')
    .on('conduct_complaints')
    .columns(['mission_id', 'status', 'received_at'])
    .execute();
  await db.schema
    .createTable('conduct_complaint_messages')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('complaint_id', t('id'), (c) => c.notNull().references('conduct_complaints.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('author', t('text'), (c) => c.notNull())
    .addColumn('body', t('text'), (c) => c.notNull())
    .addColumn('at', t('timestamp'), (c) => c.notNull())
    .addColumn('position', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conduct_complaint_messages_complaint')
    .on('conduct_complaint_messages')
    .columns(['complaint_id', 'position'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
