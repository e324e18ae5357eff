/** Failure-to-act inquiries: storage. No authorization. */
import type { Insertable, Kysely, Updateable } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { FailureToActInquiriesTable } from '../../db/schema-early-warning.js';
import type { Database } from '../../db/schema.js';
import { missionFilter } from '../../db/scope.js';

export async function insertInquiry(
  db: Kysely<Database>,
  row: Insertable<FailureToActInquiriesTable>,
) {
  await db.insertInto('failure_to_act_inquiries').values(row).execute();
}

export function findInquiryRow(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('failure_to_act_inquiries')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

export type InquiryRow = NonNullable<Awaited<ReturnType<typeof findInquiryRow>>>;

/** Inquiries of the actor's missions, newest first. */
export function inquiryRows(db: Kysely<Database>, actor: Actor) {
  return db
    .selectFrom('failure_to_act_inquiries')
    .selectAll()
    .where(missionFilter(actor, 'failure_to_act_inquiries.mission_id'))
    .orderBy('opened_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export function inquiryRowsOfUnit(db: Kysely<Database>, unitId: string) {
  return db
    .selectFrom('failure_to_act_inquiries')
    .selectAll()
    .where('unit_id', '=', unitId)
    .orderBy('opened_on', 'desc')
    .execute();
}

export async function updateInquiryRow(
  db: Kysely<Database>,
  id: string,
  change: Updateable<FailureToActInquiriesTable> & { version: number },
): Promise<boolean> {
  const r = await db
    .updateTable('failure_to_act_inquiries')
    .set({ ...change, version: change.version + 1 })
    .where('id', '=', id)
    .where('version', '=', change.version)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}
