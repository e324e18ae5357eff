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

/** Bases of these missions ('all': every mission's). */
export function baseRows(db: Kysely<Database>, missionIds: 'all' | readonly string[]) {
  if (missionIds !== 'all' && missionIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('mission_bases').selectAll();
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  return q.orderBy('mission_id').orderBy('name').execute();
}

export function baseNamed(db: Kysely<Database>, missionId: string, name: string) {
  return db
    .selectFrom('mission_bases')
    .select('id')
    .where('mission_id', '=', missionId)
    .where('name', '=', name)
    .executeTakeFirst();
}
