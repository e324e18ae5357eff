/** Casualties (M1, M6): storage. No authorization; tier-1 columns hold ciphertext only. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { MedicalCasualtiesTable } from '../../db/schema-medical.js';

export type CasualtyRow = Selectable<MedicalCasualtiesTable>;

export async function insertCasualty(
  db: Kysely<Database>,
  row: Insertable<MedicalCasualtiesTable>,
) {
  await db.insertInto('medical_casualties').values(row).execute();
}

export function findCasualty(db: Kysely<Database>, id: string) {
  return db.selectFrom('medical_casualties').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Casualties of these missions, injured in [from, to) when given, newest first. */
export function casualtyRows(
  db: Kysely<Database>,
  query: { missionIds: 'all' | readonly string[]; from?: string; to?: string },
) {
  if (query.missionIds !== 'all' && query.missionIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('medical_casualties').selectAll();
  if (query.missionIds !== 'all') q = q.where('mission_id', 'in', query.missionIds);
  if (query.from) q = q.where('injured_at', '>=', query.from);
  if (query.to) q = q.where('injured_at', '<', query.to);
  return q.orderBy('injured_at', 'desc').orderBy('id').execute();
}

/**
 * What the 10-1-2 report reads of the casualties of these missions, injured in [from, to): the
 * timeline and where each step was given — never the tier-1 columns (M6), in no order.
 */
export function casualtyTimelineRows(
  db: Kysely<Database>,
  query: { missionIds: 'all' | readonly string[]; from?: string; to?: string },
) {
  if (query.missionIds !== 'all' && query.missionIds.length === 0) return Promise.resolve([]);
  let q = db
    .selectFrom('medical_casualties')
    .select([
      'mission_id',
      'injured_at',
      'first_aid_at',
      'first_aid_na',
      'resuscitation_at',
      'resuscitation_na',
      'resuscitation_facility_id',
      'surgery_at',
      'surgery_na',
      'surgery_facility_id',
    ]);
  if (query.missionIds !== 'all') q = q.where('mission_id', 'in', query.missionIds);
  if (query.from) q = q.where('injured_at', '>=', query.from);
  if (query.to) q = q.where('injured_at', '<', query.to);
  return q.execute();
}

export async function countReferences(db: Kysely<Database>, missionId: string, prefix: string) {
  const row = await db
    .selectFrom('medical_casualties')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('mission_id', '=', missionId)
    .where('reference', 'like', `${prefix}%`)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function updateCasualty(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<MedicalCasualtiesTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('medical_casualties')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
