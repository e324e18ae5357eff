/**
 * Frozen: P6 (¶124): the mandatory e-learning on sexual exploitation and abuse completed by a
 * unit's uniformed person (capabilities' table, beside their certifications and screenings).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('person_sea_trainings')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('person_id', t('id'), (c) => c.notNull().references('unit_personnel.id'))
    .addColumn('course', t('text'), (c) => c.notNull())
    .addColumn('completed_on', t('date'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('person_sea_trainings_by_person')
    .on('person_sea_trainings')
    .column('person_id')
    .execute();
}
