/**
 * Frozen: the foundation tables. Never edit a shipped migration; add a new one.
 * Primary keys say NOT NULL explicitly: SQLite otherwise accepts NULL in a text primary key.
 */
import { sql, type Kysely } from 'kysely';
import { booleanDefault, columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  const falseDefault = sql.raw(booleanDefault(db, false));

  await db.schema
    .createTable('missions')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('acronym', t('text'), (c) => c.notNull().unique())
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('host_countries', t('json'), (c) => c.notNull())
    .addColumn('mandate_start', t('date'), (c) => c.notNull())
    .addColumn('mandate_end', t('date'))
    .addColumn('hq_name', t('text'), (c) => c.notNull())
    .addColumn('hq_latitude', t('real'), (c) => c.notNull())
    .addColumn('hq_longitude', t('real'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('username', t('text'), (c) => c.notNull().unique())
    .addColumn('display_name', t('text'), (c) => c.notNull())
    .addColumn('password_hash', t('text'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('failed_sign_ins', t('integer'), (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', t('timestamp'))
    .addColumn('totp_secret', t('text'))
    .addColumn('totp_enabled', t('boolean'), (c) => c.notNull().defaultTo(falseDefault))
    .addColumn('totp_last_step', t('bigint'))
    .addColumn('locale', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('memberships')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('user_id', t('id'), (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mission_id', t('id'), (c) => c.references('missions.id'))
    .addColumn('role', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema.createIndex('memberships_user').on('memberships').column('user_id').execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id', t('text'), (c) => c.primaryKey().notNull())
    .addColumn('user_id', t('id'), (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mission_id', t('id'), (c) => c.references('missions.id'))
    .addColumn('stage', t('text'), (c) => c.notNull())
    .addColumn('csrf_token', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('last_seen_at', t('timestamp'), (c) => c.notNull())
    .addColumn('expires_at', t('timestamp'), (c) => c.notNull())
    .addColumn('revoked_at', t('timestamp'))
    .execute();
  await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('user_id', t('id'), (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('token_hash', t('text'), (c) => c.notNull().unique())
    .addColumn('prefix', t('text'), (c) => c.notNull())
    .addColumn('mission_id', t('id'), (c) => c.references('missions.id'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('expires_at', t('timestamp'))
    .addColumn('last_used_at', t('timestamp'))
    .addColumn('revoked_at', t('timestamp'))
    .execute();

  await db.schema
    .createTable('compartments')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('description', t('text'), (c) => c.notNull())
    .addColumn('sensitive', t('boolean'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('created_by', t('id'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .addUniqueConstraint('compartments_mission_name', ['mission_id', 'name'])
    .execute();

  await db.schema
    .createTable('compartment_members')
    .addColumn('compartment_id', t('id'), (c) => c.notNull().references('compartments.id'))
    .addColumn('user_id', t('id'), (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('added_at', t('timestamp'), (c) => c.notNull())
    .addColumn('added_by', t('id'), (c) => c.notNull())
    .addPrimaryKeyConstraint('compartment_members_pk', ['compartment_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('compartment_members_user')
    .on('compartment_members')
    .column('user_id')
    .execute();

  await db.schema
    .createTable('record_compartments')
    .addColumn('record_type', t('text'), (c) => c.notNull())
    .addColumn('record_id', t('id'), (c) => c.notNull())
    .addColumn('compartment_id', t('id'), (c) => c.notNull().references('compartments.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addPrimaryKeyConstraint('record_compartments_pk', [
      'record_type',
      'record_id',
      'compartment_id',
    ])
    .execute();

  await db.schema
    .createTable('audit_entries')
    .addColumn('seq', t('bigint'), (c) => c.primaryKey().notNull())
    .addColumn('id', t('id'), (c) => c.notNull().unique())
    .addColumn('at', t('timestamp'), (c) => c.notNull())
    .addColumn('actor_id', t('id'))
    .addColumn('actor_label', t('text'), (c) => c.notNull())
    .addColumn('action', t('text'), (c) => c.notNull())
    .addColumn('outcome', t('text'), (c) => c.notNull())
    .addColumn('record_type', t('text'))
    .addColumn('record_id', t('id'))
    .addColumn('mission_id', t('id'))
    .addColumn('digest', t('text'))
    .addColumn('prev_hash', t('text'), (c) => c.notNull())
    .addColumn('hash', t('text'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_entries_record')
    .on('audit_entries')
    .columns(['record_type', 'record_id'])
    .execute();

  await db.schema
    .createTable('audit_head')
    .addColumn('id', t('integer'), (c) => c.primaryKey().notNull())
    .addColumn('seq', t('bigint'), (c) => c.notNull())
    .addColumn('hash', t('text'), (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('The foundation migration cannot be reverted; restore a backup instead.');
}
