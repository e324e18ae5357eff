/**
 * Frozen: M4's fatalities recorded in the mission (a reference, the casualty they were) beside
 * those imported from the UN's file, and M5's next-of-kin steps (¶108) — each with its owner, due
 * day and the day it was done. No name of the deceased or of the family is stored.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema.alterTable('medical_fatalities').addColumn('reference', t('text')).execute();
  await db.schema
    .alterTable('medical_fatalities')
    .addColumn('casualty_id', t('id'), (c) => c.references('medical_casualties.id'))
    .execute();
  await db.schema
    .createTable('medical_next_of_kin_steps')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('fatality_id', t('id'), (c) => c.notNull().references('medical_fatalities.id'))
    .addColumn('mission_id', t('id'), (c) => c.notNull().references('missions.id'))
    .addColumn('step', t('text'), (c) => c.notNull())
    .addColumn('owner', t('text'), (c) => c.notNull())
    .addColumn('due_on', t('date'), (c) => c.notNull())
    .addColumn('done_on', t('date'))
    .addColumn('note', t('text'), (c) => c.notNull())
    .addColumn('updated_at', t('timestamp'), (c) => c.notNull())
    .addColumn('version', t('integer'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('medical_next_of_kin_by_fatality')
    .on('medical_next_of_kin_steps')
    .columns(['fatality_id', 'step'])
    .unique()
    .execute();
  await db.schema
    .createIndex('medical_next_of_kin_open')
    .on('medical_next_of_kin_steps')
    .columns(['mission_id', 'done_on', 'due_on'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
