/** Follow-ups with the host Government (I1): storage only. */
import type { Kysely, Selectable } from 'kysely';
import type { Actor } from '../../core/policy.js';
import { fromNullableTimestamp, fromTimestamp } from '../../db/codecs.js';
import type { Database, IncidentFollowUpsTable } from '../../db/schema.js';
import { reachableBy } from '../../db/scope.js';
import type { FollowUp } from './follow-up.schema.js';
import { recordType } from './incident.repository.js';

export function toFollowUp(row: Selectable<IncidentFollowUpsTable>, today: string): FollowUp {
  return {
    id: row.id,
    incidentId: row.incident_id,
    missionId: row.mission_id,
    authority: row.authority,
    reference: row.reference,
    status: row.status,
    nextReviewOn: row.next_review_on,
    overdue: row.status === 'open' && row.next_review_on < today,
    outcome: row.outcome,
    openedAt: fromTimestamp(row.opened_at).toISOString(),
    closedAt: fromNullableTimestamp(row.closed_at)?.toISOString() ?? null,
    version: row.version,
  };
}

export async function insertFollowUp(
  db: Kysely<Database>,
  row: Selectable<IncidentFollowUpsTable>,
): Promise<void> {
  await db
    .insertInto('incident_follow_ups')
    .values({ ...row, opened_at: fromTimestamp(row.opened_at).toISOString(), closed_at: null })
    .execute();
}

export async function findFollowUpRow(
  db: Kysely<Database>,
  by: { id: string } | { incidentId: string },
) {
  const q = db.selectFrom('incident_follow_ups').selectAll();
  return (
    'id' in by ? q.where('id', '=', by.id) : q.where('incident_id', '=', by.incidentId)
  ).executeTakeFirst();
}

export async function updateFollowUpRow(
  db: Kysely<Database>,
  args: {
    id: string;
    expectedVersion: number;
    changes: Partial<
      Pick<
        Selectable<IncidentFollowUpsTable>,
        'authority' | 'reference' | 'next_review_on' | 'outcome' | 'status'
      >
    > & { closed_at?: string };
  },
): Promise<boolean> {
  const result = await db
    .updateTable('incident_follow_ups')
    .set((eb) => ({ ...args.changes, version: eb('version', '+', 1) }))
    .where('id', '=', args.id)
    .where('version', '=', args.expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Open follow-ups first by review date; the incident's compartments scope them like the incident. */
export async function selectOpenFollowUps(db: Kysely<Database>, actor: Actor) {
  return db
    .selectFrom('incident_follow_ups')
    .selectAll()
    .where('status', '=', 'open')
    .where(
      reachableBy(actor, {
        recordType,
        idColumn: 'incident_follow_ups.incident_id',
        missionColumn: 'incident_follow_ups.mission_id',
      }),
    )
    .orderBy('next_review_on')
    .execute();
}
