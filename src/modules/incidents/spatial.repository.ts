/**
 * Box queries on incident points through the spatial index of each database: the SQLite R*Tree,
 * PostGIS, or PostgreSQL's built-in GiST on `point` (migration 0003 made whichever it could).
 * The index narrows; the exact comparison on the stored coordinates decides, so all three give
 * the same answer (R*Tree boxes are single precision, rounded outward).
 */
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import type { Dialect } from '../../core/config.js';
import type { Database } from '../../db/schema.js';

/** [west, south, east, north] in degrees (WGS 84); west > east crosses the antimeridian. */
export type Bbox = readonly [number, number, number, number];

export type SpatialIndex = 'rtree' | 'postgis' | 'gist-point';

const detected = new WeakMap<object, Promise<SpatialIndex>>();

/** Which index this database has; asked once per application (keyed by its config object). */
export function spatialIndexOf(
  db: Kysely<Database>,
  dialect: Dialect,
  key: object,
): Promise<SpatialIndex> {
  if (dialect === 'sqlite') return Promise.resolve('rtree');
  let found = detected.get(key);
  if (!found) {
    found = sql<{ n: number }>`select count(*)::int as n from pg_indexes
        where tablename = 'incidents' and indexname = 'incidents_geom_gist'`
      .execute(db)
      .then((r) => ((r.rows[0]?.n ?? 0) > 0 ? 'postgis' : 'gist-point'));
    detected.set(key, found);
  }
  return found;
}

function indexed(index: SpatialIndex, [w, s, e, n]: Bbox) {
  switch (index) {
    case 'rtree':
      return sql<SqlBool>`incidents.geo_key in (select geo_key from incidents_rtree
        where max_lon >= ${w} and min_lon <= ${e} and max_lat >= ${s} and min_lat <= ${n})`;
    case 'postgis':
      return sql<SqlBool>`public.st_setsrid(public.st_makepoint(incidents.longitude, incidents.latitude), 4326)
        && public.st_makeenvelope(${w}::float8, ${s}::float8, ${e}::float8, ${n}::float8, 4326)`;
    case 'gist-point':
      return sql<SqlBool>`point(incidents.longitude, incidents.latitude)
        <@ box(point(${w}::float8, ${s}::float8), point(${e}::float8, ${n}::float8))`;
  }
}

function oneBox(index: SpatialIndex, box: Bbox) {
  const [w, s, e, n] = box;
  return sql<SqlBool>`(${indexed(index, box)} and incidents.longitude between ${w} and ${e}
    and incidents.latitude between ${s} and ${n})`;
}

/**
 * Above this many square degrees (about 110 × 110 km at the equator) a box holds so much of the
 * data that reading the covering index `incidents_map_cover` beats going through the spatial one.
 */
export const wideBoxDegrees2 = 1;

/** A where-condition: the incident's point lies in the box (edges included). */
export function inBbox(index: SpatialIndex, box: Bbox): Expression<SqlBool> {
  const [w, s, e, n] = box;
  if (w <= e && (e - w) * (n - s) > wideBoxDegrees2)
    return sql<SqlBool>`(incidents.longitude between ${w} and ${e} and incidents.latitude between ${s} and ${n})`;
  if (w <= e) return oneBox(index, box);
  return sql<SqlBool>`(${oneBox(index, [w, s, 180, n])} or ${oneBox(index, [-180, s, e, n])})`;
}
