/**
 * Frozen: the spatial index learns time (issue 22). A map or list query is a box and a window; with
 * the box alone a dense 10 km square handed over every incident of 35 years to be filtered by date.
 * SQLite: `incidents_rtree` becomes a 3-D R*Tree (longitude, latitude, day since 1970-01-01 UTC),
 * its triggers following the day too. PostgreSQL: a GiST index over the point and the time
 * together (btree_gist), when the extension can be created; else the point index alone stays.
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.js';

const day = (column: string) => sql.raw(`(julianday(substr(${column}, 1, 10)) - 2440587.5)`);

async function sqlite(db: Kysely<unknown>): Promise<void> {
  for (const trigger of [
    'incidents_rtree_insert',
    'incidents_geo_key_assign',
    'incidents_rtree_update',
    'incidents_rtree_delete',
  ])
    await sql`drop trigger if exists ${sql.raw(trigger)}`.execute(db);
  await sql`drop table incidents_rtree`.execute(db);
  await sql`create virtual table incidents_rtree
      using rtree(geo_key, min_lon, max_lon, min_lat, max_lat, min_day, max_day)`.execute(db);
  await sql`insert into incidents_rtree select geo_key, longitude, longitude, latitude, latitude,
      ${day('occurred_at')}, ${day('occurred_at')} from incidents`.execute(db);
  // Bulk inserts give the key themselves (incident.repository.ts); a row inserted without one gets
  // the next key here. Either way its box goes into the R*Tree.
  await sql`create trigger incidents_rtree_insert after insert on incidents
      when new.geo_key is not null begin
      insert into incidents_rtree values (new.geo_key, new.longitude, new.longitude,
        new.latitude, new.latitude, ${day('new.occurred_at')}, ${day('new.occurred_at')});
    end`.execute(db);
  await sql`create trigger incidents_geo_key_assign after insert on incidents
      when new.geo_key is null begin
      update incidents set geo_key = (select coalesce(max(geo_key), 0) + 1 from incidents)
        where id = new.id;
      insert into incidents_rtree select geo_key, longitude, longitude, latitude, latitude,
        ${day('occurred_at')}, ${day('occurred_at')} from incidents where id = new.id;
    end`.execute(db);
  await sql`create trigger incidents_rtree_update
      after update of latitude, longitude, occurred_at on incidents begin
      update incidents_rtree set min_lon = new.longitude, max_lon = new.longitude,
        min_lat = new.latitude, max_lat = new.latitude,
        min_day = ${day('new.occurred_at')}, max_day = ${day('new.occurred_at')}
        where geo_key = new.geo_key;
    end`.execute(db);
  await sql`create trigger incidents_rtree_delete after delete on incidents begin
      delete from incidents_rtree where geo_key = old.geo_key;
    end`.execute(db);
}

async function postgres(db: Kysely<unknown>): Promise<void> {
  // Creating the extension needs rights the database user may lack: try, and keep what there is.
  await sql`savepoint time_extension`.execute(db);
  try {
    await sql`create extension if not exists btree_gist`.execute(db);
    await sql`release savepoint time_extension`.execute(db);
  } catch {
    await sql`rollback to savepoint time_extension`.execute(db);
    return;
  }
  const postgis = await sql<{ n: number }>`select count(*)::int as n from pg_indexes
      where tablename = 'incidents' and indexname = 'incidents_geom_gist'`.execute(db);
  if ((postgis.rows[0]?.n ?? 0) > 0)
    await sql`create index incidents_geom_time_gist on incidents using gist
      ((public.st_setsrid(public.st_makepoint(longitude, latitude), 4326)), occurred_at)`.execute(
      db,
    );
  else {
    // It answers a box alone as well: the point-only index would only slow every write.
    await sql`create index incidents_point_time_gist on incidents
      using gist ((point(longitude, latitude)), occurred_at)`.execute(db);
    await sql`drop index incidents_point_gist`.execute(db);
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') await postgres(db);
  else await sqlite(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
