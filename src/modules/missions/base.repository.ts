/** A mission's bases: storage. No authorization. */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { MissionBasesTable } from '../../db/schema-early-warning.js';

export async function insertBases(db: Kysely<Database>, rows: Insertable<MissionBasesTable>[]) {
  for (let i = 0; i < rows.length; i += 500)
    await db
      .insertInto('mission_bases')
      .values(rows.slice(i, i + 500))
      .execute();
}

export function baseRows(db: Kysely<Database>, missionIds: readonly string[]) {
  if (missionIds.length === 0) return Promise.resolve([]);
  return db
    .selectFrom('mission_bases')
    .selectAll()
    .where('mission_id', 'in', missionIds)
    .orderBy('mission_id')
    .orderBy('name')
    .execute();
}

export function baseNamed(db: Kysely<Database>, missionId: string, name: string) {
  return db
    .selectFrom('mission_bases')
    .select('id')
    .where('mission_id', '=', missionId)
    .where('name', '=', name)
    .executeTakeFirst();
}
