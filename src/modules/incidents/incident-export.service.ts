/**
 * Open exports of incidents (I3), starting with GeoJSON (RFC 7946). Invariants: an export holds
 * only what the caller may read, never a record labelled with a sensitive compartment (even one
 * the caller holds: exports leave the system), and every export is audited with its size.
 */
import { assertPermission } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { incidentCsvRow, incidentsCsvHead } from './incident.csv.js';
import type { FeatureSource } from './incident-features.js';
import type { Incident, IncidentQuery } from './incident.schema.js';
import { listIncidents } from './incident.service.js';
import { sensitiveCompartmentIds } from '../compartments/compartment.service.js';

const pageSize = 1000;

/** Every exportable incident matching the filters, newest first, a page at a time. */
async function* exportable(
  ctx: RequestContext,
  filters: Omit<IncidentQuery, 'cursor' | 'limit'>,
): AsyncGenerator<Incident> {
  const sensitive = await sensitiveCompartmentIds(ctx);
  let cursor: string | undefined;
  do {
    const page = await listIncidents(ctx, {
      ...filters,
      limit: pageSize,
      ...(cursor ? { cursor } : {}),
    });
    for (const incident of page.items)
      if (!incident.compartmentIds.some((id) => sensitive.has(id))) yield incident;
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

export function toFeature(i: FeatureSource) {
  return {
    type: 'Feature' as const,
    id: i.id,
    geometry: {
      type: 'Point' as const,
      coordinates: [round(i.location.longitude), round(i.location.latitude)],
    },
    properties: {
      mission_id: i.missionId,
      occurred_at: i.occurredAt,
      time_precision: i.timePrecision,
      location_precision: i.location.precision,
      admin_area: i.location.adminArea,
      place_name: i.location.placeName,
      category: i.category,
      status: i.status,
      fatalities: i.fatalities,
      un_killed: i.casualties.unPersonnel.killed,
      un_injured: i.casualties.unPersonnel.injured,
      civilians_killed: i.casualties.civilians.killed,
      civilians_injured: i.casualties.civilians.injured,
      armed_actors_killed: i.casualties.armedActors.killed,
      unattributed_killed: i.casualties.unattributedKilled,
      actors: i.actors.map((a) => a.name).join('; '),
      source_system: i.origin.system,
      source_id: i.origin.sourceId,
      narrative: i.narrative,
      updated_at: i.updatedAt,
    },
  };
}

/** A GeoJSON FeatureCollection (RFC 7946: WGS 84 longitude/latitude, no crs member). @throws forbidden */
export async function exportIncidentsGeoJson(
  ctx: RequestContext,
  filters: Omit<IncidentQuery, 'cursor' | 'limit'>,
): Promise<{ type: 'FeatureCollection'; features: ReturnType<typeof toFeature>[] }> {
  assertPermission(ctx.actor, 'exports:run');
  const features: ReturnType<typeof toFeature>[] = [];
  for await (const incident of exportable(ctx, filters)) features.push(toFeature(incident));
  await audit(ctx, {
    action: 'incidents.export',
    missionId: ctx.actor.missionId,
    change: { format: 'geojson', filters, count: features.length },
  });
  return { type: 'FeatureCollection', features };
}

/** CSV with the HXL hashtag row (RFC 4180 line ends). Same scope and exclusions as GeoJSON. @throws forbidden */
export async function exportIncidentsHxlCsv(
  ctx: RequestContext,
  filters: Omit<IncidentQuery, 'cursor' | 'limit'>,
): Promise<string> {
  assertPermission(ctx.actor, 'exports:run');
  let text = incidentsCsvHead();
  let count = 0;
  for await (const incident of exportable(ctx, filters)) {
    text += incidentCsvRow(incident);
    count += 1;
  }
  await audit(ctx, {
    action: 'incidents.export',
    missionId: ctx.actor.missionId,
    change: { format: 'hxl-csv', filters, count },
  });
  return text;
}
