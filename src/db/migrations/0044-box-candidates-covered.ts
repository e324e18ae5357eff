/**
 * Frozen: on PostgreSQL a box's candidates are checked from the index, not from their rows (issue
 * 22). A 10 km box over four years hands the query hundreds of candidates in a dense place; each
 * was read from its row (~1.4 KB, anywhere in the table) for its mission, exact position and id.
 * The GiST over the point and the time (0037) now includes them, for an index-only scan (pages
 * the visibility map marks all-visible: after autovacuum). Measured on 1,000,000 events
 * (bench/README.md): a box read cold 26.6 → 5.3 ms; p95 over 500 boxes, 128 MB shared buffers,
 * 13.9–15.2 → 11.2–12.4 ms. SQLite: the same covering index on the R*Tree's key gave no
 * difference outside the noise (p95 8.0–9.5 ms either way), so it has none.
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
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
