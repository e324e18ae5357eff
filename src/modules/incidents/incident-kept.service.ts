/**
 * Incidents read by id from memory (issue 22): an incident's row and labels are kept under the
 * incident generation read before them (feature-page-cache.ts says why that order), so a record
 * read before answers without a query of its own until an incident, a label or a compartment's
 * sensitivity changes, in any process. Who may see it is decided on every read, from the labels
 * kept with it; a read of a record in a sensitive compartment is audited every time.
 */
import { assertCan } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import { auditReadIfSensitive, labelsOf } from '../compartments/compartment.service.js';
import { generationFor, keepRecord, keptRecord, type KeptRecord } from './feature-page-cache.js';
import { findIncidentRow, recordType, toIncident } from './incident.repository.js';
import type { Incident } from './incident.schema.js';

type IncidentRow = NonNullable<Awaited<ReturnType<typeof findIncidentRow>>>;
export type KeptIncident = KeptRecord<IncidentRow>;

/** The incident as stored, from memory when kept; undefined when there is none. */
export async function keptIncident(
  ctx: RequestContext,
  id: string,
): Promise<KeptIncident | undefined> {
  const generation = await generationFor(ctx);
  const kept = keptRecord<IncidentRow>(ctx.db, generation, id);
  if (kept) return kept;
  const row = await findIncidentRow(ctx.db, id);
  if (!row) return undefined;
  const compartmentIds = (await labelsOf(ctx, recordType, [id])).get(id) ?? [];
  const record: KeptIncident = { row, compartmentIds, byteLength: 2 * storedSize(row) };
  keepRecord(ctx.db, generation, { id, value: record });
  return record;
}

/** A new incident from what is kept: the caller may change it. */
export function incidentOf(kept: KeptIncident): Incident {
  return toIncident(kept.row, [...kept.compartmentIds]);
}

/**
 * The incident as stored, when the reader may see it; a read of a record in a sensitive
 * compartment is audited. The one check behind `getIncident` and `incidentAnswer`.
 * @throws forbidden, not_found (absent or out of the reader's reach)
 */
export async function readableIncident(ctx: RequestContext, id: string): Promise<KeptIncident> {
  const found = await keptIncident(ctx, id);
  const { missionId, compartmentIds, kept } = assertCan(ctx.actor, 'incidents:read', {
    kind: 'Incident',
    labelType: recordType,
    record: found && {
      id,
      missionId: found.row.mission_id,
      compartmentIds: found.compartmentIds,
      kept: found,
    },
  });
  await auditReadIfSensitive(ctx, { recordType, recordId: id, missionId, compartmentIds });
  return kept;
}

/**
 * What `GET /api/incidents/{id}` sends: the incident `render`ed once and kept with it.
 * @throws forbidden, not_found (absent or out of the reader's reach)
 */
export async function incidentAnswer(
  ctx: RequestContext,
  id: string,
  render: (incident: Incident) => Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const kept = await readableIncident(ctx, id);
  return (kept.answer ??= render(incidentOf(kept)));
}

/** About how many bytes a row holds in memory: its texts' lengths and eight a number. */
function storedSize(row: object): number {
  let bytes = 64;
  for (const value of Object.values(row)) bytes += typeof value === 'string' ? 2 * value.length : 8;
  return bytes;
}
