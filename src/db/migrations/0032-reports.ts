/**
 * Frozen: the periodic reports to the Security Council (¶59, ¶122): a draft per mission and
 * period with the head of mission's observations and the comments on it; a signed report keeps
 * its content frozen as JSON with the SHA-256 recorded in the audit log; a change after signing
 * is a new edition pointing at the one before.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('reports')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('period_from', t('date'), (c) => c.notNull())
    .addColumn('period_to', t('date'), (c) => c.notNull())
    .addColumn('edition', t('integer'), (c) => c.notNull())
    .addColumn('previous_id', t('id'), (c) => c.references('reports.id'))
    .addColumn('status', t('text'), (c) => c.notNull())
    .addColumn('observations', t('text'), (c) => c.notNull())
    .addColumn('created_by', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addColumn('signed_by', t('text'))
    .addColumn('signed_at', t('timestamp'))
    .addColumn('content', t('json'))
    .addColumn('content_hash', t('text'))
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  // One edition number per mission and period: two new editions at once cannot share one.
  await db.schema
    .createIndex('reports_by_edition')
    .on('reports')
    .columns(['mission_id', 'period_from', 'period_to', 'edition'])
    .unique()
    .execute();
  await db.schema
    .createTable('report_comments')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('report_id', t('id'), (c) => c.notNull().references('reports.id'))
    .addColumn('author', t('text'), (c) => c.notNull())
    .addColumn('text', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('report_comments_by_report')
    .on('report_comments')
    .columns(['report_id', 'created_at'])
    .execute();
}
