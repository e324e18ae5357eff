/**
 * New incidents applied from an import's staged rows (db/staged-import.ts) in SQL (issue 22): a
 * chunk's new records are one `INSERT … SELECT` over the staged rows themselves, so no row is read
 * into JavaScript, parsed, mapped and bound again. A row is staged as the columns it will be
 * stored with (`StagedIncident`); what only the chunk knows (mission, who, when) is bound once.
 * No authorization, no rules.
 */
import { sql, type Kysely, type RawBuilder, type Selectable } from 'kysely';
import type { Dialect } from '../../core/config.js';
import { stagedRowsOf, type StagedChunk } from '../../db/staged-import.js';
import type { Database, IncidentsTable } from '../../db/schema.js';

/** The columns a staged row carries, with the cast PostgreSQL needs to read each from JSON text. */
const carried = {
  id: null,
  occurred_at: 'timestamptz',
  time_precision: null,
  latitude: 'double precision',
  longitude: 'double precision',
  location_precision: null,
  admin_area: null,
  place_name: null,
  category: null,
  actors: 'jsonb',
  casualties: 'jsonb',
  fatalities: 'integer',
  sources: 'jsonb',
  narrative: null,
  source_system: null,
  source_id: null,
  source_attributes: 'jsonb',
} as const;
type Carried = keyof typeof carried;
const carriedColumns = Object.keys(carried) as Carried[];

/**
 * A new incident as staged: the columns of its row as stored (JSON columns as their text), and
 * whether recording it opens a host-state follow-up (I1).
 */
export type StagedIncident = { [K in Carried]: Selectable<IncidentsTable>[K] } & {
  follow_up: boolean;
};

/** What an import's chunk writes beside the staged columns. */
export interface ChunkFacts {
  missionId: string;
  createdBy: string;
  /** ISO 8601: the records' created and updated time */
  now: string;
}

/** The staged row of a new incident (its id given now, so the chunk's SQL can write it). */
export function stagedIncident(row: Record<Carried, unknown>, followUp: boolean): StagedIncident {
  const staged = { follow_up: followUp } as Record<string, unknown>;
  for (const column of carriedColumns) staged[column] = row[column] ?? null;
  return staged as StagedIncident;
}

/** A staged row as the stored row it will be once applied (for comparing with a stored record). */
export function asStoredRow(
  staged: StagedIncident,
  facts: ChunkFacts & { version: number },
): Selectable<IncidentsTable> {
  const { follow_up: _f, ...columns } = staged;
  return {
    ...columns,
    mission_id: facts.missionId,
    status: 'reported',
    status_reason: '',
    created_at: facts.now,
    created_by: facts.createdBy,
    updated_at: facts.now,
    version: facts.version,
    geo_key: null,
  };
}

/** One staged row's key facts, in file order; `id` is null for a row staged as a mapped row (before issue 22). */
export interface StagedKey {
  seq: number;
  id: string | null;
  sourceSystem: string | null;
  sourceId: string | null;
  followUp: boolean;
}

function field(dialect: Dialect, name: string): RawBuilder<unknown> {
  return dialect === 'postgres'
    ? sql`(s.j ->> ${sql.lit(name)})`
    : sql`(s.row ->> ${sql.lit(`$.${name}`)})`;
}

/**
 * The chunk's staged rows as `s`: PostgreSQL parses each row once (`s.j`, jsonb) rather than once
 * a column read from it — `offset 0` keeps the planner from folding the subquery and copying the
 * parse into every column (200 ms against 32 ms for 2,500 rows); SQLite keeps the rows it parsed.
 */
function stagedAsS(dialect: Dialect, chunk: StagedChunk): RawBuilder<unknown> {
  return dialect === 'postgres'
    ? sql`(select r.seq, r.row::jsonb as j from ${stagedRowsOf(chunk)} r offset 0) s`
    : sql`${stagedRowsOf(chunk)} s`;
}

/** The key facts of the staged rows from `from` to `to` of a run, in file order. */
export async function stagedKeys(
  db: Kysely<Database>,
  chunk: { dialect: Dialect; runId: string; from: number; to: number },
): Promise<StagedKey[]> {
  const f = (name: string) => field(chunk.dialect, name);
  const { rows } = await sql<{
    seq: number | string;
    id: string | null;
    source_system: string | null;
    source_id: string | null;
    follow_up: unknown;
  }>`select s.seq, ${f('id')} as id, ${f('source_system')} as source_system,
      ${f('source_id')} as source_id, ${f('follow_up')} as follow_up
    from ${stagedAsS(chunk.dialect, chunk)} order by s.seq`.execute(db);
  return rows.map((r) => ({
    seq: Number(r.seq),
    id: r.id,
    sourceSystem: r.source_system,
    sourceId: r.source_id,
    followUp: r.follow_up === 1 || r.follow_up === true || r.follow_up === 'true',
  }));
}

/** Which of these source ids the mission already holds from this source. */
export async function storedSourceIds(
  db: Kysely<Database>,
  key: { missionId: string; system: string; sourceIds: readonly string[] },
): Promise<Set<string>> {
  const found = new Set<string>();
  for (let at = 0; at < key.sourceIds.length; at += 10_000) {
    const rows = await db
      .selectFrom('incidents')
      .select('source_id')
      .where('mission_id', '=', key.missionId)
      .where('source_system', '=', key.system)
      .where('source_id', 'in', key.sourceIds.slice(at, at + 10_000))
      .execute();
    for (const row of rows) found.add(row.source_id!);
  }
  return found;
}

/**
 * Inserts the staged rows at these places (`seqs`, ascending, within from…to) as new records of
 * the mission, in file order. SQLite: each gets the next spatial index key (the R*Tree trigger
 * files it); PostgreSQL: its sequence's.
 */
export async function insertStagedIncidents(
  db: Kysely<Database>,
  chunk: { dialect: Dialect; runId: string; from: number; to: number; seqs: readonly number[] },
  facts: ChunkFacts,
): Promise<void> {
  const { dialect } = chunk;
  const span = chunk.to - chunk.from + 1;
  // All the chunk's rows, or those asked for: the shorter of the two lists is bound.
  const which =
    chunk.seqs.length === span
      ? sql``
      : chunk.seqs.length <= span / 2
        ? sql`and s.seq in (${sql.join(chunk.seqs)})`
        : sql`and s.seq not in (${sql.join(skipped(chunk))})`;
  const value = (column: Carried) => {
    const cast = carried[column];
    return dialect === 'postgres' && cast
      ? sql`cast(${field(dialect, column)} as ${sql.raw(cast)})`
      : field(dialect, column);
  };
  const columns = [
    ...carriedColumns,
    'mission_id',
    'status',
    'status_reason',
    'created_at',
    'created_by',
    'updated_at',
    'version',
  ];
  // PostgreSQL reads a bound value in a select list as text: the time is cast to its column's type.
  const now = dialect === 'postgres' ? sql`cast(${facts.now} as timestamptz)` : sql`${facts.now}`;
  const values = [
    ...carriedColumns.map(value),
    sql`${facts.missionId}`,
    sql`'reported'`,
    sql`''`,
    now,
    sql`${facts.createdBy}`,
    now,
    sql`1`,
  ];
  if (dialect === 'sqlite') {
    // The next spatial keys, given here as the row-by-row insert gives them (the trigger that
    // would assign them rewrites each row).
    const top = await db
      .selectFrom('incidents')
      .select((eb) => eb.fn.max('geo_key').as('k'))
      .executeTakeFirstOrThrow();
    columns.push('geo_key');
    values.push(sql`${Number(top.k ?? 0)} + row_number() over (order by s.seq)`);
  }
  await sql`insert into incidents (${sql.join(columns.map((c) => sql.ref(c)))})
    select ${sql.join(values)} from ${stagedAsS(dialect, chunk)}
    where true ${which} order by s.seq`.execute(db);
}

/** The places from…to not in `seqs` (both ascending). */
function skipped(chunk: { from: number; to: number; seqs: readonly number[] }): number[] {
  const kept = new Set(chunk.seqs);
  const out: number[] = [];
  for (let seq = chunk.from; seq <= chunk.to; seq++) if (!kept.has(seq)) out.push(seq);
  return out;
}
