/**
 * An incident as a map feature (OGC items, GeoJSON exports): the fields a feature shows, read from
 * the columns that hold them alone — not the sources or the source's own attributes (the widest
 * JSON of a row), nor the compartment labels, which a feature never names.
 */
import type { Kysely } from 'kysely';
import { fromJson, fromTimestamp } from '../../db/codecs.js';
import type { Database } from '../../db/schema.js';
import type { Incident } from './incident.schema.js';

/** What a feature is made from: an Incident has it all; a feature row has only this. */
export type FeatureSource = Pick<
  Incident,
  | 'id'
  | 'missionId'
  | 'occurredAt'
  | 'timePrecision'
  | 'location'
  | 'category'
  | 'status'
  | 'fatalities'
  | 'casualties'
  | 'actors'
  | 'narrative'
  | 'updatedAt'
> & { origin: Pick<Incident['origin'], 'system' | 'sourceId'> };

const featureColumns = [
  'id',
  'mission_id',
  'occurred_at',
  'time_precision',
  'latitude',
  'longitude',
  'location_precision',
  'admin_area',
  'place_name',
  'category',
  'status',
  'fatalities',
  'casualties',
  'actors',
  'narrative',
  'source_system',
  'source_id',
  'updated_at',
] as const;

/** The feature columns of these incidents, in the order of the ids given. */
export async function featureRowsByIds(db: Kysely<Database>, ids: readonly string[]) {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('incidents')
    .select(featureColumns)
    .where('id', 'in', ids)
    .execute();
  return inOrderOf(ids, rows);
}

/** Rows read by `id in (…)` put back in the order of the ids asked for (each id present). */
export function inOrderOf<R extends { id: string }>(ids: readonly string[], rows: R[]): R[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)!);
}

export type FeatureRow = Awaited<ReturnType<typeof featureRowsByIds>>[number];

export function toFeatureSource(row: FeatureRow): FeatureSource {
  return {
    id: row.id,
    missionId: row.mission_id,
    occurredAt: fromTimestamp(row.occurred_at).toISOString(),
    timePrecision: row.time_precision as Incident['timePrecision'],
    location: {
      latitude: row.latitude,
      longitude: row.longitude,
      precision: row.location_precision as Incident['location']['precision'],
      adminArea: row.admin_area,
      placeName: row.place_name,
    },
    category: row.category as Incident['category'],
    status: row.status as Incident['status'],
    fatalities: row.fatalities,
    casualties: fromJson(row.casualties),
    actors: fromJson(row.actors),
    narrative: row.narrative,
    origin: { system: row.source_system, sourceId: row.source_id },
    updatedAt: fromTimestamp(row.updated_at).toISOString(),
  };
}
