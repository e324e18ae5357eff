/**
 * Frozen: a mission's bases (name, place, kind) and E2's alert rules and the alerts they raised —
 * each alert once per rule and source (incident, forecast or hotspot), with what CAP 1.2 needs.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('mission_bases')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('latitude', t('real'), (c) => c.notNull())
    .addColumn('longitude', t('real'), (c) => c.notNull())
    .addColumn('source', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('created_by', t('text'), (c) => c.notNull())
    .addUniqueConstraint('mission_bases_name', ['mission_id', 'name'])
    .execute();
  await db.schema
    .createTable('alert_rules')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('params', t('json'), (c) => c.notNull())
    .addColumn('severity', t('text'), (c) => c.notNull())
    .addColumn('urgency', t('text'), (c) => c.notNull())
    .addColumn('certainty', t('text'), (c) => c.notNull())
    .addColumn('active', t('boolean'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('created_by', t('text'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('alerts')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('rule_id', t('id'), (c) => c.notNull().references('alert_rules.id'))
    .addColumn('source_key', t('text'), (c) => c.notNull())
    .addColumn('msg_type', t('text'), (c) => c.notNull())
    .addColumn('references_alert', t('id'), (c) => c.references('alerts.id'))
    .addColumn('sent_at', t('timestamp'), (c) => c.notNull())
    .addColumn('onset_at', t('timestamp'))
    .addColumn('event', t('text'), (c) => c.notNull())
    .addColumn('headline', t('text'), (c) => c.notNull())
    .addColumn('description', t('text'), (c) => c.notNull())
    .addColumn('severity', t('text'), (c) => c.notNull())
    .addColumn('urgency', t('text'), (c) => c.notNull())
    .addColumn('certainty', t('text'), (c) => c.notNull())
    .addColumn('area', t('json'), (c) => c.notNull())
    .addColumn('latitude', t('real'))
    .addColumn('longitude', t('real'))
    .addUniqueConstraint('alerts_once_per_source', ['rule_id', 'source_key'])
    .execute();
  await db.schema
    .createIndex('alerts_by_reference')
    .on('alerts')
    .column('references_alert')
    .execute();
  await db.schema
    .createIndex('alerts_by_mission')
    .on('alerts')
    .columns(['mission_id', 'sent_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
