/**
 * Frozen: vetting (C8, ¶124). Subjects get their identity (name, date of birth, identity document)
 * as tier-1 ciphertext; every screening of a candidate is kept with its answer, its hits
 * (ciphertext: they name cases) and the review that settles a "needs review".
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema.alterTable('conduct_subjects').addColumn('identity', t('text')).execute();
  await db.schema
    .createTable('conduct_screenings')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('reference', t('text'), (c) => c.notNull())
    .addColumn('candidate', t('text'), (c) => c.notNull())
    .addColumn('outcome', t('text'), (c) => c.notNull())
    .addColumn('hits', t('text'), (c) => c.notNull())
    .addColumn('hit_count', t('integer'), (c) => c.notNull())
    .addColumn('requested_by', t('id'), (c) => c.notNull().references('users.id'))
    .addColumn('requested_at', t('timestamp'), (c) => c.notNull())
    .addColumn('review_outcome', t('text'))
    .addColumn('review_reason', t('text'))
    .addColumn('reviewed_by', t('id'), (c) => c.references('users.id'))
    .addColumn('reviewed_at', t('timestamp'))
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('conduct_screenings_mission')
    .on('conduct_screenings')
    .columns(['mission_id', 'requested_at'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
