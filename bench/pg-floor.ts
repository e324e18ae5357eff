/**
 * The PostgreSQL floor for bench/incidents.ts: the same rows and indexes written by the engine
 * alone — INSERT … SELECT from a copy in the same database, then the map's aggregate by the same
 * grouped statements the product runs, one transaction — as the SQLite floor is measured.
 * Returns its time in milliseconds; the copy is loaded (untimed) from the SQLite import's rows.
 */
import Database from 'better-sqlite3';
import { sql, type SqlBool } from 'kysely';
import {
  cellsFromFinestMonths,
  cellsUpsert,
} from '../src/modules/incidents/map-cells.repository.js';
import { openTestApp } from '../test/support/test-app.js';

export async function postgresFloor(sqliteFile: string): Promise<number> {
  const pgFloor = await openTestApp('postgres');
  const source = new Database(sqliteFile, { readonly: true });
  await pgFloor.ctx.db
    .insertInto('missions')
    .values(source.prepare('select * from missions').all() as never)
    .execute();
  await sql`create table bench_src (like incidents)`.execute(pgFloor.ctx.db);
  const select = source.prepare(
    'select * from incidents where rowid > ? order by rowid limit 2000',
  );
  let after = 0;
  for (;;) {
    const rows = select.all(after) as Record<string, unknown>[];
    if (rows.length === 0) break;
    after += rows.length;
    await pgFloor.ctx.db
      .insertInto('bench_src' as never)
      .values(rows.map(({ geo_key: _k, ...r }) => r) as never)
      .execute();
  }
  source.close();
  const columns = sql.raw(
    Object.keys(
      new Database(sqliteFile, { readonly: true })
        .prepare('select * from incidents limit 1')
        .get() as object,
    )
      .filter((c) => c !== 'geo_key')
      .join(', '),
  );
  const started = performance.now();
  await pgFloor.ctx.db.transaction().execute(async (tx) => {
    await sql`insert into incidents (${columns}) select ${columns} from bench_src`.execute(tx);
    await cellsUpsert('postgres', {
      where: sql<SqlBool>`1 = 1`,
      sign: 1,
      finestMonths: true,
    }).execute(tx);
    await cellsFromFinestMonths().execute(tx);
  });
  const pgFloorMs = performance.now() - started;
  await pgFloor.close();
  return pgFloorMs;
}
