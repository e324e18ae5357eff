/**
 * The map's two reads as the benchmarks time them (bench/incidents.ts warm, bench/map-fresh.ts in a
 * fresh process): the first page of a 10 km box over a 4-year window, and the whole of the Central
 * African Republic at zoom 6; as a reader of one mission and as headquarters (every mission).
 */
import { sql } from 'kysely';
import { systemActor } from '../src/core/system-actor.js';
import type { AppContext, RequestContext } from '../src/db/context.js';
import { incidentMap } from '../src/modules/incidents/incident-map.service.js';
import { MapQuery } from '../src/modules/incidents/incident.schema.js';
import { listIncidents } from '../src/modules/incidents/incident.service.js';

export type ReaderKind = 'mission' | 'headquarters';

/** A reader holding no compartment: one mission's, or headquarters' (every mission in view). */
export async function readerOf(ctx: AppContext, kind: ReaderKind): Promise<RequestContext> {
  const actor = systemActor('bench', 'system', ['incidents:read']);
  if (kind === 'headquarters') return { ...ctx, requestId: 'bench', actor };
  const mission = await ctx.db
    .selectFrom('incidents')
    .select('mission_id')
    .limit(1)
    .executeTakeFirstOrThrow();
  return { ...ctx, requestId: 'bench', actor: { ...actor, missionIds: [mission.mission_id] } };
}

/** Centres of the boxes: every 997th incident's place (dense places come up as often as they are). */
export async function boxCentres(ctx: AppContext, count: number) {
  return (
    await sql<{ longitude: number; latitude: number }>`select longitude, latitude from incidents
      where geo_key % 997 = 0 order by geo_key limit ${count}`.execute(ctx.db)
  ).rows;
}

export async function timeBox(ctx: RequestContext, p: { longitude: number; latitude: number }) {
  const d = 0.045; // about 10 km across
  const t0 = performance.now();
  await listIncidents(ctx, {
    limit: 100,
    bbox: [p.longitude - d, p.latitude - d, p.longitude + d, p.latitude + d],
    from: '2015-01-01T00:00:00Z',
    to: '2018-12-31T23:59:59Z',
  });
  return performance.now() - t0;
}

export const countryQuery = MapQuery.parse({ bbox: '14.4,2.2,27.5,11.1', zoom: 6 });

export async function timeCountry(ctx: RequestContext) {
  const t0 = performance.now();
  const answer = await incidentMap(ctx, countryQuery);
  return { ms: performance.now() - t0, answer };
}
