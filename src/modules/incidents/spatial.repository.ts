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

/**
 * A window as the R*Tree's third axis counts time: years since 1970-01-01 UTC (days / 365.25,
 * migration 0043), both ends included.
 */
export type YearRange = readonly [number, number];

const daysPerYear = 365.25;

/**
 * The years a window [from, to] touches (open ends: all time), a day wider on each side: the
 * index keeps single precision, rounded outward, and the query's own time comparison decides.
 */
export function yearRange(from: string | undefined, to: string | undefined): YearRange | null {
  if (!from && !to) return null;
  const day = (t: string) => Math.floor(Date.parse(t) / 86_400_000);
  return [from ? (day(from) - 1) / daysPerYear : -1e5, to ? (day(to) + 1) / daysPerYear : 1e5];
}

function indexed(index: SpatialIndex, [w, s, e, n]: Bbox, years: YearRange | null) {
  switch (index) {
    case 'rtree': {
      // The window narrows in the index too; PostgreSQL's GiST over (point, time) takes the
      // query's own time condition.
      const time = years ? sql` and max_year >= ${years[0]} and min_year <= ${years[1]}` : sql``;
      return sql<SqlBool>`incidents.geo_key in (select geo_key from incidents_rtree
        where max_lon >= ${w} and min_lon <= ${e} and max_lat >= ${s} and min_lat <= ${n}${time})`;
    }
    case 'postgis':
      return sql<SqlBool>`public.st_setsrid(public.st_makepoint(incidents.longitude, incidents.latitude), 4326)
        && public.st_makeenvelope(${w}::float8, ${s}::float8, ${e}::float8, ${n}::float8, 4326)`;
    case 'gist-point':
      return sql<SqlBool>`point(incidents.longitude, incidents.latitude)
        <@ box(point(${w}::float8, ${s}::float8), point(${e}::float8, ${n}::float8))`;
  }
}

function oneBox(index: SpatialIndex, box: Bbox, years: YearRange | null) {
  const [w, s, e, n] = box;
  return sql<SqlBool>`(${indexed(index, box, years)} and incidents.longitude between ${w} and ${e}
    and incidents.latitude between ${s} and ${n})`;
}

/**
 * Above this many square degrees (about 110 × 110 km at the equator) a box holds so much of the
 * data that reading the covering index `incidents_map_cover` beats going through the spatial one.
 */
export const wideBoxDegrees2 = 1;

/**
 * The box by the stored coordinates alone: read through the covering index `incidents_map_cover`
 * (mission, longitude, latitude, …) when the query names its missions. Best for a box holding most
 * of the data, and for a band a fraction of a degree wide in longitude.
 */
export function byColumns([w, s, e, n]: Bbox): Expression<SqlBool> {
  return sql<SqlBool>`(incidents.longitude between ${w} and ${e} and incidents.latitude between ${s} and ${n})`;
}

/**
 * A where-condition: the incident's point lies in the box (edges included). `years`, when the query
 * also has a window, lets the index skip incidents outside it (the caller still compares times).
 */
/** Whether a box is read through the spatial index (not the covering index: `byColumns`). */
function spatiallyIndexed([w, s, e, n]: Bbox): boolean {
  // A long thin band (a map's edge) is narrow for the spatial index even when its area is not.
  const wide = (e - w) * (n - s) > wideBoxDegrees2 && Math.min(e - w, n - s) > 0.5;
  return !(w <= e && wide);
}

/** The fractions of a window a newest-first page over a box tries before the whole of it. */
const sliceFractions = [1 / 16, 1 / 4];
const yearMs = 365.25 * 86_400_000;

/**
 * Where a newest-first page over a box read through the spatial index starts looking (issue 22).
 * The index hands over every incident of the box and window, all to be checked against the
 * reader's reach and sorted for the newest hundred: in a dense place, 500–700 over four years.
 * The page tries the window's last sixteenth, then its last quarter, and stops at the first that
 * holds a full page; what it returns is the same, since every incident left out is older than
 * every one it read. Returns the instants to try from and the share of the window each keeps,
 * oldest last; none for a box read by columns (the index there is not by time) or a window too
 * short to cut. A slice that holds too few says how many the next would hold at the same pace: a
 * sparse box goes to the whole window after one try (`selectIncidentPage`).
 * `upper` is the window's end, the cursor's time or now, whichever comes first; with no start,
 * the window is taken as 16 years, the last one and the last four tried.
 */
export function newestFirstSlices(
  box: Bbox | undefined,
  window: { from?: string | undefined; to?: string | undefined; before?: string | undefined },
  now: Date,
): { since: string; share: number }[] {
  if (!box || !spatiallyIndexed(box)) return [];
  const ends = [window.to, window.before]
    .filter((t): t is string => t !== undefined)
    .map((t) => Date.parse(t));
  const upper = Math.min(now.getTime(), ...ends);
  const lower = window.from ? Date.parse(window.from) : upper - 16 * yearMs;
  if (!(upper - lower > 2 * 86_400_000)) return [];
  return sliceFractions.map((share) => ({
    since: new Date(upper - (upper - lower) * share).toISOString(),
    share,
  }));
}

export function inBbox(
  index: SpatialIndex,
  box: Bbox,
  years: YearRange | null = null,
): Expression<SqlBool> {
  const [w, s, e, n] = box;
  if (!spatiallyIndexed(box)) return byColumns(box);
  if (w <= e) return oneBox(index, box, years);
  return sql<SqlBool>`(${oneBox(index, [w, s, 180, n], years)} or ${oneBox(index, [-180, s, e, n], years)})`;
}
