/** Missions' authorised and deployed strength per month: storage. No authorization. */
import type { Insertable, Kysely } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';
import type { MissionStrengthMonthsTable } from '../../db/schema-capabilities.js';
import { missionFilter } from '../../db/scope.js';

type Row = Insertable<MissionStrengthMonthsTable>;

export async function strengthRowsOf(db: Kysely<Database>, missionIds: readonly string[]) {
  if (missionIds.length === 0) return new Map<string, Row & { id: string }>();
  const rows = await db
    .selectFrom('mission_strength_months')
    .selectAll()
    .where('mission_id', 'in', missionIds)
    .execute();
  return new Map(rows.map((r) => [`${r.mission_id}|${r.month}`, r]));
}

export async function insertStrengthRows(db: Kysely<Database>, rows: readonly Row[]) {
  for (let i = 0; i < rows.length; i += 200)
    await db
      .insertInto('mission_strength_months')
      .values(rows.slice(i, i + 200))
      .execute();
}

export async function updateStrengthRow(db: Kysely<Database>, id: string, values: Partial<Row>) {
  await db.updateTable('mission_strength_months').set(values).where('id', '=', id).execute();
}

/** One mission's months, oldest first, if the mission is in the actor's view. */
export function strengthMonths(db: Kysely<Database>, actor: Actor, missionId: string) {
  return db
    .selectFrom('mission_strength_months')
    .selectAll()
    .where('mission_id', '=', missionId)
    .where(missionFilter(actor, 'mission_strength_months.mission_id'))
    .orderBy('month')
    .execute();
}
