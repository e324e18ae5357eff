/**
 * Frozen: a box's candidates are checked from an index, not from their rows (issue 22). A 10 km box
 * over four years hands the query hundreds of candidates in a dense place; each was read from its
 * row (~1.4 KB, anywhere in the table) for its mission, time, exact position and id. The index now
 * carries those columns, so only the page's own rows are read.
 * SQLite: the R*Tree gives keys (`geo_key`), looked up in `incidents_geo_cover`, which replaces the
 * unique index on the key alone: the R*Tree's own key keeps a new record's `geo_key` unique, and a
 * trigger refuses to change a key once given. Keys only grow, so the index is written at its end. PostgreSQL: the GiST over the point and the time (0037) includes
 * them, for an index-only scan (pages the visibility map marks all-visible: after autovacuum).
 * Measured on 1,000,000 events, 500 boxes warm (bench/README.md): SQLite p95 9.0–9.3 → 8.0–8.3 ms;
 * PostgreSQL (128 MB shared buffers) p95 11.9–13.9 → 10.8–11.2 ms, a cold box 26 → 5 ms.
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.js';

async function postgres(db: Kysely<unknown>): Promise<void> {
  const found = await sql<{ name: string }>`select indexname as name from pg_indexes
      where tablename = 'incidents'
        and indexname in ('incidents_geom_time_gist', 'incidents_point_time_gist')`.execute(db);
  const name = found.rows[0]?.name;
  // Without btree_gist (0037 could not create it) there is no time index to widen.
  if (!name) return;
  const key =
    name === 'incidents_geom_time_gist'
      ? sql`(public.st_setsrid(public.st_makepoint(longitude, latitude), 4326))`
      : sql`(point(longitude, latitude))`;
  await sql`drop index ${sql.raw(name)}`.execute(db);
  await sql`create index ${sql.raw(name)} on incidents using gist (${key}, occurred_at)
      include (mission_id, id, longitude, latitude)`.execute(db);
}

export async function up(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) === 'postgres') await postgres(db);
  else {
    await sql`drop index incidents_geo_key`.execute(db);
    await sql`create index incidents_geo_cover
        on incidents (geo_key, occurred_at, mission_id, longitude, latitude, id)`.execute(db);
    await sql`create trigger incidents_geo_key_fixed before update of geo_key on incidents
        when old.geo_key is not null and new.geo_key is not old.geo_key begin
        select raise(abort, 'an incident keeps its spatial index key');
      end`.execute(db);
  }
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
