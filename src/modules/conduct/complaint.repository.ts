/** Complaints storage. No authorization, no rules; account, contact and messages stay ciphertext here. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Actor as PolicyActor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type {
  ConductComplaintMessagesTable,
  ConductComplaintsTable,
} from '../../db/schema-conduct.js';
import { missionFilter } from '../../db/scope.js';

export type ComplaintRow = Selectable<ConductComplaintsTable>;

export async function insertComplaint(
  db: Kysely<Database>,
  row: Insertable<ConductComplaintsTable>,
): Promise<void> {
  await db.insertInto('conduct_complaints').values(row).execute();
}

/** One indexed select by hash: the same work whether or not a complaint matches. */
export function complaintRowByHash(db: Kysely<Database>, hash: string) {
  return db
    .selectFrom('conduct_complaints')
    .selectAll()
    .where('receipt_hash', '=', hash)
    .executeTakeFirst();
}

export function complaintRow(db: Kysely<Database>, id: string) {
  return db.selectFrom('conduct_complaints').selectAll().where('id', '=', id).executeTakeFirst();
}

export function selectComplaintRows(db: Kysely<Database>, actor: PolicyActor) {
  return db
    .selectFrom('conduct_complaints')
    .selectAll()
    .where(missionFilter(actor, 'conduct_complaints.mission_id'))
    .orderBy('received_at', 'desc')
    .orderBy('id', 'desc')
    .limit(500)
    .execute();
}

/** Moves a complaint on, if its stored version is still `expectedVersion`; false otherwise. */
export async function updateComplaintRow(
  db: Kysely<Database>,
  id: string,
  change: { status: string; case_id: string | null; updated_at: string; expectedVersion: number },
): Promise<boolean> {
  const { expectedVersion, ...set } = change;
  const result = await db
    .updateTable('conduct_complaints')
    .set({ ...set, version: expectedVersion + 1 })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertMessage(
  db: Kysely<Database>,
  row: Insertable<ConductComplaintMessagesTable>,
): Promise<void> {
  await db.insertInto('conduct_complaint_messages').values(row).execute();
}

export function messagesOf(
  db: Kysely<Database>,
  complaintId: string,
): Promise<Selectable<ConductComplaintMessagesTable>[]> {
  return db
    .selectFrom('conduct_complaint_messages')
    .selectAll()
    .where('complaint_id', '=', complaintId)
    .orderBy('position')
    .execute();
}

/** How many messages each complaint has, in one query. */
export async function messageCounts(
  db: Kysely<Database>,
  complaintIds: readonly string[],
): Promise<Map<string, number>> {
  if (complaintIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('conduct_complaint_messages')
    .select(['complaint_id', (eb) => eb.fn.countAll<number>().as('n')])
    .where('complaint_id', 'in', complaintIds)
    .groupBy('complaint_id')
    .execute();
  return new Map(rows.map((r) => [r.complaint_id, Number(r.n)]));
}
