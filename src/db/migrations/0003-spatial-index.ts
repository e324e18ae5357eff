/**
 * Frozen: a spatial index on incident points. SQLite: an R*Tree (`incidents_rtree`) keyed by
 * `incidents.geo_key`, kept by triggers. PostgreSQL: PostGIS when the extension can be created
 * (a GiST index on the point geometry), else a GiST index on the built-in `point` type; both
 * answer the same box queries (db/spatial.ts picks by the index present).
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.js';

async function sqlite(db: Kysely<unknown>): Promise<void> {
  await sql`alter table incidents add column geo_key integer`.execute(db);
  await sql`update incidents set geo_key = rowid`.execute(db);
  await sql`create unique index incidents_geo_key on incidents (geo_key)`.execute(db);
  await sql`create virtual table incidents_rtree using rtree(geo_key, min_lon, max_lon, min_lat, max_lat)`.execute(
    db,
  );
  await sql`insert into incidents_rtree select geo_key, longitude, longitude, latitude, latitude from incidents`.execute(
    db,
  );
  // Bulk inserts give the key themselves (incident.repository.ts); a row inserted without one gets
  // the next key here. Either way its box goes into the R*Tree.
  await sql`create trigger incidents_rtree_insert after insert on incidents
      when new.geo_key is not null begin
      insert into incidents_rtree values
        (new.geo_key, new.longitude, new.longitude, new.latitude, new.latitude);
    end`.execute(db);
  await sql`create trigger incidents_geo_key_assign after insert on incidents
      when new.geo_key is null begin
      update incidents set geo_key = (select coalesce(max(geo_key), 0) + 1 from incidents)
        where id = new.id;
      insert into incidents_rtree
        select geo_key, longitude, longitude, latitude, latitude from incidents where id = new.id;
    end`.execute(db);
  await sql`create trigger incidents_rtree_update after update of latitude, longitude on incidents begin
      update incidents_rtree set min_lon = new.longitude, max_lon = new.longitude,
        min_lat = new.latitude, max_lat = new.latitude where geo_key = new.geo_key;
    end`.execute(db);
  await sql`create trigger incidents_rtree_delete after delete on incidents begin
      delete from incidents_rtree where geo_key = old.geo_key;
    end`.execute(db);
}

async function postgres(db: Kysely<unknown>): Promise<void> {
  // Same column as SQLite (parity); PostgreSQL does not need it for the index.
  await sql`create sequence incidents_geo_key_seq`.execute(db);
  await sql`alter table incidents add column geo_key bigint default nextval('incidents_geo_key_seq')`.execute(
    db,
  );
  await sql`create unique index incidents_geo_key on incidents (geo_key)`.execute(db);
  const available = await sql<{ n: number }>`
    select count(*)::int as n from pg_available_extensions where name = 'postgis'`.execute(db);
  let postgis = false;
  if ((available.rows[0]?.n ?? 0) > 0) {
    // Creating the extension needs rights the database user may lack: try, and fall back.
    await sql`savepoint spatial_extension`.execute(db);
    try {
      await sql`create extension if not exists postgis`.execute(db);
      await sql`release savepoint spatial_extension`.execute(db);
      postgis = true;
    } catch {
      await sql`rollback to savepoint spatial_extension`.execute(db);
    }
  }
  if (postgis)
    await sql`create index incidents_geom_gist on incidents
      using gist ((public.st_setsrid(public.st_makepoint(longitude, latitude), 4326)))`.execute(db);
  else
    await sql`create index incidents_point_gist on incidents using gist ((point(longitude, latitude)))`.execute(
      db,
    );
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') await postgres(db);
  else await sqlite(db);
  // Wide boxes (a whole country) are read from this index alone, never the wide rows: the map's
  // aggregates and counts over hundreds of thousands of incidents scan it instead of the table.
  await db.schema
    .createIndex('incidents_map_cover')
    .on('incidents')
    .columns([
      'mission_id',
      'longitude',
      'latitude',
      'fatalities',
      'category',
      'status',
      'occurred_at',
      'id',
    ])
    .execute();
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
