/**
 * The per-mission map aggregate `incident_map_cells`: incidents counted per grid cell at the
 * levels of map-cells.ts, per year and per month (UTC), category and status, with killed and the
 * sums of positions (a cell is drawn at its incidents' mean position). It holds only incidents
 * without any compartment label, so it can never reveal a count its reader may not reach; labelled
 * incidents are read from their rows, through the scope. Kept in the writer's transaction by
 * incident.repository.ts. No authorization here.
 */
import {
  CompiledQuery,
  sql,
  type Expression,
  type Insertable,
  type Kysely,
  type RawBuilder,
  type SqlBool,
} from 'kysely';
import type { Dialect } from '../../core/config.js';
import type { Actor } from '../../core/policy.js';
import type { Database, IncidentMapCellsTable } from '../../db/schema.js';
import { floorInt } from '../../db/dialect-sql.js';
import { missionFilter, unlabelled } from '../../db/scope.js';
import { cellX, cellY, finestLevel, storedLevels, type CellRange } from './map-cells.js';

function yearOf(dialect: Dialect) {
  return dialect === 'postgres'
    ? sql`cast(extract(year from i.occurred_at at time zone 'UTC') as integer)`
    : sql`cast(substr(i.occurred_at, 1, 4) as integer)`;
}
function monthNumberOf(dialect: Dialect) {
  return dialect === 'postgres'
    ? sql`cast(extract(month from i.occurred_at at time zone 'UTC') as integer)`
    : sql`cast(substr(i.occurred_at, 6, 2) as integer)`;
}

/** The cell of a point at a level given by an SQL expression (same arithmetic as map-cells.ts). */
export function cellOf(dialect: Dialect, column: string, level: RawBuilder<unknown>) {
  const origin = column.endsWith('longitude') ? 180 : 90;
  return floorInt(dialect, sql`(${sql.ref(column)} + ${sql.lit(origin)}) / 30 * (1 << ${level})`);
}

const allLevels = sql.raw(storedLevels.map((l) => `select ${l} as level`).join(' union all '));
const bothSpans = sql.raw(`select 'y' as span union all select 'm'`);

/** A cell already there takes the new counts and sums added to its own. */
const addToExisting = `on conflict (mission_id, level, span, cx, cy, year, month, category, status)
  do update set n = incident_map_cells.n + excluded.n,
    killed = incident_map_cells.killed + excluded.killed,
    sum_lon = incident_map_cells.sum_lon + excluded.sum_lon,
    sum_lat = incident_map_cells.sum_lat + excluded.sum_lat`;

/**
 * The statement adding (sign 1) or taking away (sign −1) the incidents matching `where` (alias
 * `i`), as they stand now, at every level and span (or the finest months only: `finestMonths`);
 * those with a compartment label are not counted. Cells are written in key order, so two writers
 * on PostgreSQL lock shared cells in the same order and cannot deadlock.
 */
export function cellsUpsert(
  dialect: Dialect,
  change: { where: RawBuilder<SqlBool>; sign: 1 | -1; finestMonths?: boolean },
) {
  const level = sql.lit(finestLevel);
  const cx = cellOf(dialect, 'i.longitude', level);
  const cy = cellOf(dialect, 'i.latitude', level);
  const year = yearOf(dialect);
  const month = monthNumberOf(dialect);
  const s = sql.lit(change.sign);
  // The finest cells' months of the records first; every level and span is summed from those
  // (cells nest exactly): one group a record instead of one a level and span (issue 22).
  const finest = sql`select i.mission_id, ${cx} as cx, ${cy} as cy, ${year} as year,
      ${month} as month, i.category, i.status, count(*) as n, sum(i.fatalities) as killed,
      sum(i.longitude) as sum_lon, sum(i.latitude) as sum_lat
    from incidents i
    where ${change.where} and ${unlabelled('incident', 'i.id')}
    group by i.mission_id, ${cx}, ${cy}, ${year}, ${month}, i.category, i.status`;
  const levels = change.finestMonths ? sql.raw(`select ${finestLevel} as level`) : allLevels;
  const spans = change.finestMonths ? sql.raw(`select 'm' as span`) : bothSpans;
  const shift = sql.raw(`${finestLevel} - l.level`);
  const span = sql`case when p.span = 'y' then 0 else f.month end`;
  return sql`insert into incident_map_cells
      (mission_id, level, span, cx, cy, year, month, category, status, n, killed, sum_lon, sum_lat)
    with f as (${finest})
    select f.mission_id, l.level, p.span, f.cx >> (${shift}), f.cy >> (${shift}), f.year, ${span},
      f.category, f.status, sum(f.n) * ${s}, sum(f.killed) * ${s}, sum(f.sum_lon) * ${s},
      sum(f.sum_lat) * ${s}
    from f cross join (${levels}) l cross join (${spans}) p
    where true
    group by f.mission_id, l.level, p.span, f.cx >> (${shift}), f.cy >> (${shift}), f.year,
      ${span}, f.category, f.status
    order by 1, 2, 3, 4, 5, 6, 7, 8, 9
    ${sql.raw(addToExisting)}`;
}

/**
 * The coarser levels and the years, summed from the finest level's months (cells nest exactly):
 * how a whole table is counted in two passes instead of one per level and span.
 */
export function cellsFromFinestMonths() {
  const shift = sql.raw(`${finestLevel} - l.level`);
  const month = sql`case when p.span = 'y' then 0 else c.month end`;
  return sql`insert into incident_map_cells
      (mission_id, level, span, cx, cy, year, month, category, status, n, killed, sum_lon, sum_lat)
    select c.mission_id, l.level, p.span, c.cx >> (${shift}), c.cy >> (${shift}), c.year, ${month},
      c.category, c.status, sum(c.n), sum(c.killed), sum(c.sum_lon), sum(c.sum_lat)
    from incident_map_cells c cross join (${allLevels}) l cross join (${bothSpans}) p
    where c.level = ${sql.lit(finestLevel)} and c.span = 'm'
      and not (l.level = ${sql.lit(finestLevel)} and p.span = 'm')
    group by c.mission_id, l.level, p.span, c.cx >> (${shift}), c.cy >> (${shift}), c.year,
      ${month}, c.category, c.status`;
}

/**
 * Adds (sign 1) or takes away (sign −1) the incidents with these ids, as they stand now, to the
 * aggregate. A cell emptied by a change stays as a row of zeros (never drawn).
 */
export async function addToCells(
  db: Kysely<Database>,
  change: { dialect: Dialect; ids: readonly string[]; sign: 1 | -1 },
): Promise<void> {
  // Ids in slices: SQLite binds at most 32,766 parameters a statement.
  for (let at = 0; at < change.ids.length; at += 10_000) {
    const slice = change.ids.slice(at, at + 10_000);
    const where = sql<SqlBool>`i.id in (${sql.join(slice)})`;
    await cellsUpsert(change.dialect, { where, sign: change.sign }).execute(db);
  }
}

/** What a new incident adds to the map's aggregate. */
export interface NewCellIncident {
  missionId: string;
  longitude: number;
  latitude: number;
  /** ISO 8601 in UTC, as stored */
  occurredAt: string;
  category: string;
  status: string;
  fatalities: number;
}

/** The aggregate's columns, in the order the JSON of new cells carries them. */
export const cellColumns = [
  'mission_id',
  'level',
  'span',
  'cx',
  'cy',
  'year',
  'month',
  'category',
  'status',
  'n',
  'killed',
  'sum_lon',
  'sum_lat',
] as const;
const cellInsertText = `insert into incident_map_cells (${cellColumns.join(', ')})
  values (${cellColumns.map(() => '?').join(', ')}) ${addToExisting}`;

/**
 * Adds new incidents, none of them labelled, to the aggregate: counted here (the arithmetic of
 * map-cells.ts, which the SQL repeats) and written by one kept upsert a cell on SQLite, one
 * upsert of them all on PostgreSQL. An import's thousand incidents make ~3,500 cells, instead
 * of a grouped statement over 6,000 joined rows.
 */
export async function addNewToCells(
  db: Kysely<Database>,
  change: { dialect: Dialect; incidents: readonly NewCellIncident[] },
): Promise<void> {
  const { dialect, incidents } = change;
  const cells = new Map<string, Insertable<IncidentMapCellsTable>>();
  for (const i of incidents) {
    const at = new Date(i.occurredAt);
    const year = at.getUTCFullYear();
    const monthNumber = at.getUTCMonth() + 1;
    for (const level of storedLevels)
      for (const span of ['y', 'm'] as const) {
        const cx = cellX(i.longitude, level);
        const cy = cellY(i.latitude, level);
        const month = span === 'y' ? 0 : monthNumber;
        const key = `${i.missionId}|${level}|${span}|${cx}|${cy}|${year}|${month}|${i.category}|${i.status}`;
        const cell = cells.get(key);
        if (cell) {
          cell.n += 1;
          cell.killed += i.fatalities;
          cell.sum_lon += i.longitude;
          cell.sum_lat += i.latitude;
        } else
          cells.set(key, {
            mission_id: i.missionId,
            level,
            span,
            cx,
            cy,
            year,
            month,
            category: i.category,
            status: i.status,
            n: 1,
            killed: i.fatalities,
            sum_lon: i.longitude,
            sum_lat: i.latitude,
          });
      }
  }
  // In key order, as the grouped statement writes them: concurrent writers lock cells in one order.
  const rows = [...cells.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, row]) => row);
  if (rows.length === 0) return;
  if (dialect === 'sqlite') {
    // SQLite's hot path (issue 22): one kept statement run once a cell, its text never changing,
    // costs less than reading the cells back from JSON (13 json_extract calls a cell).
    for (const row of rows)
      await db.executeQuery(
        CompiledQuery.raw(
          cellInsertText,
          cellColumns.map((c) => row[c]),
        ),
      );
    return;
  }
  // One parameter, the cells as JSON, read back by the database: the statement's text never
  // changes (prepared once), and no multi-row VALUES of thousands of parameters is built.
  await sql`insert into incident_map_cells (${sql.raw(cellColumns.join(', '))})
    select * from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as x(mission_id text,
      level integer, span text, cx integer, cy integer, year integer, month integer,
      category text, status text, n integer, killed integer, sum_lon double precision,
      sum_lat double precision)
    ${sql.raw(addToExisting)}`.execute(db);
}

/** Counts every incident again (rows loaded around the repository: benchmarks, repairs). */
export async function rebuildCells(db: Kysely<Database>, dialect: Dialect): Promise<void> {
  await db.deleteFrom('incident_map_cells').execute();
  await cellsUpsert(dialect, { where: sql<SqlBool>`1 = 1`, sign: 1, finestMonths: true }).execute(
    db,
  );
  await cellsFromFinestMonths().execute(db);
}

/** A grouped row (x, y, n, killed, lon and lat sums; numbers or numeric strings) as CellSums. */
export function toCellSums(
  r: Record<'x' | 'y' | 'n' | 'killed' | 'lon' | 'lat', unknown>,
): CellSums {
  return {
    x: Number(r.x),
    y: Number(r.y),
    n: Number(r.n),
    killed: Number(r.killed),
    sumLon: Number(r.lon),
    sumLat: Number(r.lat),
  };
}

export interface CellSums {
  x: number;
  y: number;
  n: number;
  killed: number;
  sumLon: number;
  sumLat: number;
}

/** Which rows of time to read: whole years and month index ranges (see map-cells.ts). */
export interface PeriodRows {
  years: readonly [number, number] | null;
  months: (readonly [number, number])[];
}

function periodCondition(periods: PeriodRows): Expression<SqlBool> | null {
  const parts: RawBuilder<SqlBool>[] = [];
  if (periods.years)
    parts.push(
      sql<SqlBool>`(span = 'y' and year between ${periods.years[0]} and ${periods.years[1]})`,
    );
  for (const [a, b] of periods.months)
    parts.push(sql<SqlBool>`(span = 'm' and year between ${Math.floor(a / 12)} and ${Math.floor(b / 12)}
      and year * 12 + month - 1 between ${a} and ${b})`);
  return parts.length === 0 ? null : sql<SqlBool>`(${sql.join(parts, sql` or `)})`;
}

/**
 * The aggregate's cells in a range (or everywhere) for the missions in the actor's view, summed
 * into cells `shift` levels coarser.
 */
export async function selectCellSums(
  db: Kysely<Database>,
  query: {
    actor: Actor;
    level: number;
    shift: number;
    range: CellRange | null;
    periods: PeriodRows;
    category?: string;
    status?: string;
  },
): Promise<CellSums[]> {
  const period = periodCondition(query.periods);
  if (!period) return [];
  const { range, shift } = query;
  // Every mission's rows (headquarters): the missions present, found by skipping through the key.
  const missions =
    query.actor.missionIds === 'all'
      ? sql<SqlBool>`mission_id in (with recursive m(id) as (
            select min(mission_id) from incident_map_cells
            union all
            select (select min(mission_id) from incident_map_cells c where c.mission_id > m.id)
            from m where m.id is not null)
          select id from m where id is not null)`
      : missionFilter(query.actor, 'mission_id');
  const where: Expression<SqlBool>[] = [missions, sql<SqlBool>`level = ${query.level}`, period];
  if (range)
    where.push(
      sql<SqlBool>`cx between ${range.x[0]} and ${range.x[1]} and cy between ${range.y[0]} and ${range.y[1]}`,
    );
  if (query.category) where.push(sql<SqlBool>`category = ${query.category}`);
  if (query.status) where.push(sql<SqlBool>`status = ${query.status}`);
  const x = sql`cx >> ${sql.lit(shift)}`;
  const y = sql`cy >> ${sql.lit(shift)}`;
  const rows = await sql<{
    x: number;
    y: number;
    n: number;
    killed: number;
    lon: number;
    lat: number;
  }>`
    select ${x} as x, ${y} as y, sum(n) as n, sum(killed) as killed, sum(sum_lon) as lon,
      sum(sum_lat) as lat
    from incident_map_cells where ${sql.join(where, sql` and `)}
    group by ${x}, ${y}`.execute(db);
  return rows.rows.map(toCellSums);
}
