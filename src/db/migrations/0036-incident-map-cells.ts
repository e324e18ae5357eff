/**
 * Frozen: the map's aggregate (issue 22): incidents without a compartment label counted per grid
 * cell at levels 4, 6 and 8, per year (month 0) and per month (UTC), category and status, with
 * killed and the sums of positions. Filled here from the incidents already stored; kept on every
 * write by incidents/incident.repository.ts (map-cells.repository.ts).
 */
import { sql, type Kysely } from 'kysely';
import { dialectOf } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = dialectOf(db) === 'postgres';
  const real = sql.raw(postgres ? 'double precision' : 'real');
  await sql`create table incident_map_cells (
      mission_id text not null references missions (id),
      level integer not null,
      span text not null,
      cx integer not null,
      cy integer not null,
      year integer not null,
      month integer not null,
      category text not null,
      status text not null,
      n integer not null,
      killed integer not null,
      sum_lon ${real} not null,
      sum_lat ${real} not null,
      primary key (mission_id, level, span, cx, cy, year, month, category, status)
    )${sql.raw(postgres ? '' : ' without rowid')}`.execute(db);
  // Bands along a view's north and south edges are read by row, not column.
  await sql`create index incident_map_cells_by_row
      on incident_map_cells (mission_id, level, span, cy, cx, year, month)`.execute(db);
  const floor = (e: string) =>
    postgres
      ? `cast(floor(${e}) as integer)`
      : `cast(${e} as integer) - (cast(${e} as integer) > ${e})`;
  const cx = sql.raw(floor('(i.longitude + 180) / 30 * (1 << l.level)'));
  const cy = sql.raw(floor('(i.latitude + 90) / 30 * (1 << l.level)'));
  const year = sql.raw(
    postgres
      ? `cast(extract(year from i.occurred_at at time zone 'UTC') as integer)`
      : 'cast(substr(i.occurred_at, 1, 4) as integer)',
  );
  const monthNumber = postgres
    ? `cast(extract(month from i.occurred_at at time zone 'UTC') as integer)`
    : 'cast(substr(i.occurred_at, 6, 2) as integer)';
  const month = sql.raw(`case when p.span = 'y' then 0 else ${monthNumber} end`);
  // The finest level's months from the rows, then every other level and the years from those.
  await sql`insert into incident_map_cells
      (mission_id, level, span, cx, cy, year, month, category, status, n, killed, sum_lon, sum_lat)
    select i.mission_id, l.level, p.span, ${cx}, ${cy}, ${year}, ${month}, i.category, i.status,
      count(*), sum(i.fatalities), sum(i.longitude), sum(i.latitude)
    from incidents i cross join (select 8 as level) l cross join (select 'm' as span) p
    where not exists (select 1 from record_compartments rc
      where rc.record_type = 'incident' and rc.record_id = i.id)
    group by i.mission_id, l.level, p.span, ${cx}, ${cy}, ${year}, ${month}, i.category, i.status`.execute(
    db,
  );
  await sql`insert into incident_map_cells
      (mission_id, level, span, cx, cy, year, month, category, status, n, killed, sum_lon, sum_lat)
    select c.mission_id, l.level, p.span, c.cx >> (8 - l.level), c.cy >> (8 - l.level), c.year,
      case when p.span = 'y' then 0 else c.month end, c.category, c.status,
      sum(c.n), sum(c.killed), sum(c.sum_lon), sum(c.sum_lat)
    from incident_map_cells c
      cross join (select 4 as level union all select 6 union all select 8) l
      cross join (select 'y' as span union all select 'm') p
    where c.level = 8 and c.span = 'm' and not (l.level = 8 and p.span = 'm')
    group by c.mission_id, l.level, p.span, c.cx >> (8 - l.level), c.cy >> (8 - l.level), c.year,
      case when p.span = 'y' then 0 else c.month end, c.category, c.status`.execute(db);
}

export async function down(): Promise<void> {
  throw new Error('Migrations are not reverted; restore a backup instead.');
}
