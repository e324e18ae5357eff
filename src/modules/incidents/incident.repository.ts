/** Incidents storage and row mapping. No authorization, no rules. */
import { sql, type Kysely, type Selectable, type SelectQueryBuilder, type SqlBool } from 'kysely';
import type { Actor as PolicyActor } from '../../core/policy.js';
import { fromJson, fromTimestamp, toJson } from '../../db/codecs.js';
import type { Database, IncidentsTable } from '../../db/schema.js';
import { compartmentFilter, missionFilter, reachableBy } from '../../db/scope.js';
import { dialectOf } from '../../db/columns.js';
import { lockClause } from '../../db/dialect-sql.js';
import { addNewToCells, addToCells } from './map-cells.repository.js';
import { inBbox, newestFirstSlices, yearRange, type SpatialIndex } from './spatial.repository.js';
import { inOrderOf, toFeatureSource } from './incident-features.js';
import type { Incident, IncidentFilters, IncidentQuery } from './incident.schema.js';

export const recordType = 'incident';

export function toIncident(row: Selectable<IncidentsTable>, compartmentIds: string[]): Incident {
  const feature = toFeatureSource(row);
  return {
    ...feature,
    sources: fromJson(row.sources),
    statusReason: row.status_reason,
    compartmentIds,
    origin: {
      ...feature.origin,
      attributes: row.source_attributes === null ? null : fromJson(row.source_attributes),
    },
    createdAt: fromTimestamp(row.created_at).toISOString(),
    version: row.version,
  };
}

function toRow(i: Incident) {
  return {
    mission_id: i.missionId,
    occurred_at: i.occurredAt,
    time_precision: i.timePrecision,
    latitude: i.location.latitude,
    longitude: i.location.longitude,
    location_precision: i.location.precision,
    admin_area: i.location.adminArea,
    place_name: i.location.placeName,
    category: i.category,
    actors: toJson(i.actors),
    casualties: toJson(i.casualties),
    fatalities: i.fatalities,
    sources: toJson(i.sources),
    narrative: i.narrative,
    status: i.status,
    status_reason: i.statusReason,
    updated_at: i.updatedAt,
    version: i.version,
  };
}

/** What the map's aggregate counts of a record. */
const cellFacts = (i: Incident) => ({
  missionId: i.missionId,
  longitude: i.location.longitude,
  latitude: i.location.latitude,
  occurredAt: i.occurredAt,
  category: i.category,
  status: i.status,
  fatalities: i.fatalities,
});

/** A new record's row: its fields, where it came from and who recorded it. */
export function insertRow(incident: Incident, createdBy: string) {
  return {
    id: incident.id,
    ...toRow(incident),
    source_system: incident.origin.system,
    source_id: incident.origin.sourceId,
    source_attributes:
      incident.origin.attributes === null ? null : toJson(incident.origin.attributes),
    created_at: incident.createdAt,
    created_by: createdBy,
  };
}

export async function insertIncident(
  db: Kysely<Database>,
  incident: Incident,
  createdBy: string,
): Promise<void> {
  await db.insertInto('incidents').values(insertRow(incident, createdBy)).execute();
  // A labelled record is labelled next, in the same transaction; the map's aggregate never holds it.
  if (incident.compartmentIds.length === 0)
    await addNewToCells(db, { dialect: dialectOf(db as never), incidents: [cellFacts(incident)] });
}

/** The stored rows of a mission's records from one source, by source id (imports). */
export async function findIncidentRowsBySource(
  db: Kysely<Database>,
  key: { missionId: string; system: string; sourceIds: string[] },
) {
  if (key.sourceIds.length === 0) return new Map<string, Selectable<IncidentsTable>>();
  const rows = await db
    .selectFrom('incidents')
    .selectAll()
    .where('mission_id', '=', key.missionId)
    .where('source_system', '=', key.system)
    .where('source_id', 'in', key.sourceIds)
    .execute();
  return new Map(rows.map((r) => [r.source_id!, r]));
}

export async function findIncidentRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('incidents').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Writes the new state if the stored version is still `expectedVersion`; false otherwise. */
export async function updateIncidentRow(
  db: Kysely<Database>,
  incident: Incident,
  expectedVersion: number,
): Promise<boolean> {
  // The map's aggregate follows the row: out as it was, back in as it is (unchanged if not written).
  // On PostgreSQL the row is locked first, so what is taken out is what a concurrent writer left
  // (SQLite has one writer: nothing to wait for).
  const dialect = dialectOf(db as never);
  if (dialect === 'postgres')
    await sql`select id from incidents where id = ${incident.id}${lockClause(dialect)}`.execute(db);
  const change = { dialect, ids: [incident.id] };
  await addToCells(db, { ...change, sign: -1 });
  const result = await db
    .updateTable('incidents')
    .set(toRow(incident))
    .where('id', '=', incident.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  await addToCells(db, { ...change, sign: 1 });
  return Number(result.numUpdatedRows) === 1;
}

type IncidentSelect = SelectQueryBuilder<Database, 'incidents', object>;

/** The scope and the filters every list, count and aggregate shares. */
export function filteredIncidents(
  db: Kysely<Database>,
  actor: PolicyActor,
  query: IncidentFilters & { spatialIndex: SpatialIndex },
): IncidentSelect {
  const scope = { recordType, idColumn: 'incidents.id', missionColumn: 'incidents.mission_id' };
  return withFilters(db.selectFrom('incidents').where(reachableBy(actor, scope)), query);
}

/**
 * The incidents of the missions in view matching the filters that the actor may not read for a
 * compartment it does not hold: to be counted, never shown.
 */
export function incidentsBeyondCompartments(
  db: Kysely<Database>,
  actor: PolicyActor,
  query: IncidentFilters & { spatialIndex: SpatialIndex },
): IncidentSelect {
  const inView = db.selectFrom('incidents').where(missionFilter(actor, 'incidents.mission_id'));
  const held = compartmentFilter(actor, { recordType, idColumn: 'incidents.id' });
  return withFilters(inView.where(sql<SqlBool>`not (${held})`), query);
}

function withFilters(
  from: IncidentSelect,
  query: IncidentFilters & { spatialIndex: SpatialIndex },
): IncidentSelect {
  let q = from;
  if (query.from) q = q.where('occurred_at', '>=', new Date(query.from).toISOString());
  if (query.to) q = q.where('occurred_at', '<=', new Date(query.to).toISOString());
  if (query.category) q = q.where('category', '=', query.category);
  if (query.status) q = q.where('status', '=', query.status);
  if (query.bbox)
    q = q.where(inBbox(query.spatialIndex, query.bbox, yearRange(query.from, query.to)));
  if (query.adminArea) q = q.where('admin_area', '=', query.adminArea);
  if (query.minFatalities !== undefined) q = q.where('fatalities', '>=', query.minFatalities);
  if (query.actor) {
    // Actors are JSON text on both databases; match the name, any case.
    const pattern = `%${query.actor.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where(sql<SqlBool>`lower(cast(actors as text)) like ${pattern} escape '\\'`);
  }
  return q;
}

/**
 * Newest first by time of occurrence, then id; only what the actor may reach. The page is chosen
 * on keys alone (id and time), then its rows read by id: a dense box sorts thousands of candidates
 * without carrying their wide rows.
 */
/** A page of the list: the ids and times of what the actor reaches, newest first. */
export async function selectIncidentPage(
  db: Kysely<Database>,
  actor: PolicyActor,
  query: IncidentQuery & {
    after: { occurredAt: string; id: string } | null;
    spatialIndex: SpatialIndex;
    /** The clock's time: with a box, the page looks at the latest times first. */
    now?: Date;
  },
): Promise<{ id: string; occurred_at: Selectable<IncidentsTable>['occurred_at'] }[]> {
  const page = (from: string | undefined) => {
    let q = filteredIncidents(db, actor, { ...query, from }).select(['id', 'occurred_at']);
    if (query.after) {
      const { occurredAt, id } = query.after;
      q = q.where((eb) =>
        eb.or([
          eb('occurred_at', '<', occurredAt),
          eb.and([eb('occurred_at', '=', occurredAt), eb('id', '<', id)]),
        ]),
      );
    }
    return q.orderBy('occurred_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
  };
  // A box's newest first: its latest times first, the whole window only if they hold too few.
  const before = query.after?.occurredAt;
  const slices = query.now ? newestFirstSlices(query.bbox, { ...query, before }, query.now) : [];
  for (const [i, { since, share }] of slices.entries()) {
    const rows = await page(since);
    if (rows.length >= query.limit) return rows;
    // At this pace the next slice holds too few as well: read the whole window now.
    const next = slices[i + 1];
    if (next && (rows.length * next.share) / share < query.limit) break;
  }
  return page(query.from);
}

/** Whole rows by id, in the order of the ids given. */
export async function incidentRowsByIds(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<Selectable<IncidentsTable>[]> {
  if (ids.length === 0) return [];
  return inOrderOf(
    ids,
    await db.selectFrom('incidents').selectAll().where('id', 'in', ids).execute(),
  );
}

/** Which of these incidents the actor reaches (mission in view, every compartment held). */
export async function reachableIncidentIds(
  db: Kysely<Database>,
  actor: PolicyActor,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db
    .selectFrom('incidents')
    .select('id')
    .where('id', 'in', ids)
    .where(
      reachableBy(actor, {
        recordType,
        idColumn: 'incidents.id',
        missionColumn: 'incidents.mission_id',
      }),
    )
    .execute();
  return new Set(rows.map((r) => r.id));
}
