/** Missions storage and row mapping. No authorization, no rules. */
import type { Kysely, Selectable } from 'kysely';
import { fromJson, fromTimestamp, toJson } from '../../db/codecs.js';
import type { Database, MissionsTable } from '../../db/schema.js';
import type { Mission } from './mission.schema.js';

function toMission(row: Selectable<MissionsTable>): Mission {
  return {
    id: row.id,
    acronym: row.acronym,
    name: row.name,
    hostCountries: fromJson<string[]>(row.host_countries),
    mandateStart: row.mandate_start,
    mandateEnd: row.mandate_end,
    headquarters: { name: row.hq_name, latitude: row.hq_latitude, longitude: row.hq_longitude },
    createdAt: fromTimestamp(row.created_at).toISOString(),
    updatedAt: fromTimestamp(row.updated_at).toISOString(),
    version: row.version,
  };
}

function toRow(m: Mission) {
  return {
    id: m.id,
    acronym: m.acronym,
    name: m.name,
    host_countries: toJson(m.hostCountries),
    mandate_start: m.mandateStart,
    mandate_end: m.mandateEnd,
    hq_name: m.headquarters.name,
    hq_latitude: m.headquarters.latitude,
    hq_longitude: m.headquarters.longitude,
    created_at: m.createdAt,
    updated_at: m.updatedAt,
    version: m.version,
  };
}

export async function insertMission(db: Kysely<Database>, mission: Mission): Promise<void> {
  await db.insertInto('missions').values(toRow(mission)).execute();
}

export async function findMission(db: Kysely<Database>, id: string): Promise<Mission | undefined> {
  const row = await db.selectFrom('missions').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toMission(row);
}

export async function findMissionByAcronym(
  db: Kysely<Database>,
  acronym: string,
): Promise<Mission | undefined> {
  const row = await db
    .selectFrom('missions')
    .selectAll()
    .where('acronym', '=', acronym)
    .executeTakeFirst();
  return row && toMission(row);
}

export async function selectMissions(
  db: Kysely<Database>,
  ids: 'all' | readonly string[],
): Promise<Mission[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  let query = db.selectFrom('missions').selectAll().orderBy('acronym');
  if (ids !== 'all') query = query.where('id', 'in', ids);
  return (await query.execute()).map(toMission);
}

/** Missions' ids, acronyms and names only (labels and views need no more), in acronym order. */
export async function selectMissionNames(
  db: Kysely<Database>,
  ids: 'all' | readonly string[],
): Promise<{ id: string; acronym: string; name: string }[]> {
  if (ids !== 'all' && ids.length === 0) return [];
  let query = db.selectFrom('missions').select(['id', 'acronym', 'name']).orderBy('acronym');
  if (ids !== 'all') query = query.where('id', 'in', ids);
  return query.execute();
}

/** Writes the new state if the stored version is still `expectedVersion`; false otherwise. */
export async function updateMissionRow(
  db: Kysely<Database>,
  mission: Mission,
  expectedVersion: number,
): Promise<boolean> {
  const { id: _id, created_at: _created, ...changes } = toRow(mission);
  const result = await db
    .updateTable('missions')
    .set(changes)
    .where('id', '=', mission.id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
