/**
 * Frozen: the high-risk situations list for Human Rights Up Front reviews (E3): situations with
 * their owner and next review date, the evidence linked to each, and their reviews.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('high_risk_situations')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('title', t('text'), (c) => c.notNull())
    .addColumn('area', t('text'), (c) => c.notNull())
    .addColumn('description', t('text'), (c) => c.notNull())
    .addColumn('owner', t('text'), (c) => c.notNull())
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('next_review_on', t('date'), (c) => c.notNull())
    .addColumn('closed_reason', t('text'))
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('created_by', t('text'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('high_risk_evidence')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('situation_id', t('id'), (c) => c.notNull().references('high_risk_situations.id'))
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('note', t('text'), (c) => c.notNull())
    .addColumn('added_at', t('timestamp'), (c) => c.notNull())
    .addColumn('added_by', t('text'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('high_risk_reviews')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('situation_id', t('id'), (c) => c.notNull().references('high_risk_situations.id'))
    .addColumn('reviewed_on', t('date'), (c) => c.notNull())
    .addColumn('forum', t('text'), (c) => c.notNull())
    .addColumn('decision', t('text'), (c) => c.notNull())
    .addColumn('follow_up', t('text'), (c) => c.notNull())
    .addColumn('follow_up_on', t('date'))
    .addColumn('next_review_on', t('date'), (c) => c.notNull())
    .addColumn('reviewed_by', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
