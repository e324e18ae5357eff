/** Memoranda of understanding: storage. No authorization. */
import type { Insertable, Kysely } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type { MousTable } from '../../db/schema-capabilities.js';
import { missionFilter } from '../../db/scope.js';

export function mouOfPledge(db: Kysely<Database>, pledgeId: string) {
  return db
    .selectFrom('mous')
    .select('reference')
    .where('pledge_id', '=', pledgeId)
    .executeTakeFirst();
}

export async function insertMou(db: Kysely<Database>, row: Insertable<MousTable>) {
  await db.insertInto('mous').values(row).execute();
}

export function mouRows(db: Kysely<Database>, actor: Actor) {
  return db
    .selectFrom('mous')
    .selectAll()
    .where(missionFilter(actor, 'mous.mission_id'))
    .orderBy('signed_on', 'desc')
    .execute();
}
