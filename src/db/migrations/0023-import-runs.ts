/**
 * Frozen: staged imports (issue 15, F6). A file's good rows wait in import_staged_rows until the
 * whole file has been read and checked; they are then applied in short transactions, so a long
 * import no longer holds the write lock. import_runs says where each run is, who owns it and
 * what it has done so far, so a run a dead process left half applied is carried to its end.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes, type ColumnKind } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: ColumnKind) => sql.raw(types[kind]);
  await db.schema
    .createTable('import_runs')
    .addColumn('id', t('id'), (c) => c.primaryKey().notNull())
    .addColumn('kind', t('text'), (c) => c.notNull())
    .addColumn('state', t('text'), (c) => c.notNull())
    .addColumn('actor', t('text'), (c) => c.notNull())
    .addColumn('progress', t('text'), (c) => c.notNull())
    .addColumn('staged', t('integer'), (c) => c.notNull())
    .addColumn('applied', t('integer'), (c) => c.notNull())
    .addColumn('owner', t('text'))
    .addColumn('heartbeat_at', t('timestamp'), (c) => c.notNull())
    .addColumn('created_at', t('timestamp'), (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('import_runs_by_kind')
    .on('import_runs')
    .columns(['kind', 'state'])
    .execute();
  await db.schema
    .createTable('import_staged_rows')
    .addColumn('run_id', t('id'), (c) => c.notNull().references('import_runs.id'))
    .addColumn('seq', t('integer'), (c) => c.notNull())
    .addColumn('row', t('text'), (c) => c.notNull())
    .addPrimaryKeyConstraint('import_staged_rows_pk', ['run_id', 'seq'])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
