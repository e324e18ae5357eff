/**
 * Frozen: the uniformed people of a pledged unit (identity kept to service number, rank and an
 * encrypted name), their predeployment training certifications and human-rights screenings (K3,
 * ¶100, ¶126).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('unit_personnel')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('pledge_id', t('id'), (c) => c.notNull().references('pledges.id'))
    .addColumn('service_number', t('text'), (c) => c.notNull())
    .addColumn('rank', t('text'), (c) => c.notNull())
    .addColumn('name', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .addUniqueConstraint('unit_personnel_key', ['pledge_id', 'service_number'])
    .execute();
  await db.schema
    .createTable('person_certifications')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('person_id', t('id'), (c) => c.notNull().references('unit_personnel.id'))
    .addColumn('course', t('text'), (c) => c.notNull())
    .addColumn('certified_on', t('date'), (c) => c.notNull())
    .addColumn('authority', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('person_screenings')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('person_id', t('id'), (c) => c.notNull().references('unit_personnel.id'))
    .addColumn('screened_on', t('date'), (c) => c.notNull())
    .addColumn('outcome', t('text'), (c) => c.notNull())
    .addColumn('screened_by', t('text'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
