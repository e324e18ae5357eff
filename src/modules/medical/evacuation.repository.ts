/** Evacuation requests (M2): storage. No authorization. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { MedicalEvacuationsTable } from '../../db/schema-medical.js';
import { openStatuses } from './evacuation.rules.js';

export type EvacuationRow = Selectable<MedicalEvacuationsTable>;

export async function insertEvacuation(
  db: Kysely<Database>,
  row: Insertable<MedicalEvacuationsTable>,
  casualtyIds: readonly string[],
) {
  await db.insertInto('medical_evacuations').values(row).execute();
  if (casualtyIds.length > 0)
    await db
      .insertInto('medical_evacuation_casualties')
      .values(casualtyIds.map((casualty_id) => ({ evacuation_id: row.id, casualty_id })))
      .execute();
}

export function findEvacuation(db: Kysely<Database>, id: string) {
  return db.selectFrom('medical_evacuations').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Requests of these missions, open or ended or both, the latest request first. */
export function evacuationRows(
  db: Kysely<Database>,
  query: { missionIds: 'all' | readonly string[]; state: 'open' | 'ended' | 'all' },
) {
  if (query.missionIds !== 'all' && query.missionIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('medical_evacuations').selectAll();
  if (query.missionIds !== 'all') q = q.where('mission_id', 'in', query.missionIds);
  if (query.state === 'open') q = q.where('status', 'in', openStatuses);
  if (query.state === 'ended') q = q.where('status', 'not in', openStatuses);
  return q.orderBy('requested_at', 'desc').orderBy('id').execute();
}

/** The casualties linked to each of these requests. */
export async function casualtiesOf(db: Kysely<Database>, evacuationIds: readonly string[]) {
  const links = new Map<string, string[]>();
  if (evacuationIds.length === 0) return links;
  const rows = await db
    .selectFrom('medical_evacuation_casualties')
    .select(['evacuation_id', 'casualty_id'])
    .where('evacuation_id', 'in', evacuationIds)
    .orderBy('casualty_id')
    .execute();
  for (const r of rows)
    links.set(r.evacuation_id, [...(links.get(r.evacuation_id) ?? []), r.casualty_id]);
  return links;
}

const flying = ['tasked', 'airborne', 'at_patient'];

/** The aircraft of a mission flying an open request. */
export async function aircraftFlying(db: Kysely<Database>, missionId: string) {
  const rows = await db
    .selectFrom('medical_evacuations')
    .select('aircraft_id')
    .where('mission_id', '=', missionId)
    .where('status', 'in', flying)
    .execute();
  return new Set(rows.map((r) => r.aircraft_id).filter((id) => id !== null));
}

/** The open request an aircraft is flying, if any. */
export function requestFlownBy(db: Kysely<Database>, aircraftId: string) {
  return db
    .selectFrom('medical_evacuations')
    .select(['id', 'reference'])
    .where('aircraft_id', '=', aircraftId)
    .where('status', 'in', flying)
    .executeTakeFirst();
}

export async function countEvacuationReferences(
  db: Kysely<Database>,
  missionId: string,
  prefix: string,
) {
  const row = await db
    .selectFrom('medical_evacuations')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('mission_id', '=', missionId)
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateEvacuation(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<MedicalEvacuationsTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('medical_evacuations')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
