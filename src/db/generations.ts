/**
 * Where things stand, read in the same statement as the caller's session or token (issue 22): one
 * round trip on every request instead of one per number. `access_generation` (0038) decides
 * whether the kept actor may be used (accounts/actor-cache.ts); `incident_generation` (0039)
 * whether kept OGC pages, features and records by id may be (incidents/feature-page-cache.ts).
 * Each is read no later than what is then built from the rows after it, so what is kept is filed
 * under a generation no newer than its rows.
 */
import type { ExpressionBuilder } from 'kysely';
import type { Database } from './schema.js';

/** The generations as columns `access_generation` and `incident_generation` of a credential's row. */
export const generationsNow = (eb: ExpressionBuilder<Database, 'sessions' | 'api_tokens'>) => [
  eb.selectFrom('access_generation').select('n').where('id', '=', 1).as('access_generation'),
  eb.selectFrom('incident_generation').select('n').where('id', '=', 1).as('incident_generation'),
];

/** Generations as read with a credential: bigint columns come back as strings on PostgreSQL. */
export interface GenerationColumns {
  access_generation: number | string | null;
  incident_generation: number | string | null;
}

/** What a request saw of where things stand, as it was authenticated. */
export interface Seen {
  incidentGeneration: number;
}

export function seenOf(row: GenerationColumns): Seen | undefined {
  return row.incident_generation === null
    ? undefined
    : { incidentGeneration: Number(row.incident_generation) };
}
