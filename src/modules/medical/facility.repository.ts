/** A mission's medical facilities and evacuation aircraft (M3): storage. No authorization. */
import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { MedicalAircraftTable, MedicalFacilitiesTable } from '../../db/schema-medical.js';
import { toBool } from '../../db/codecs.js';

export type FacilityRow = Selectable<MedicalFacilitiesTable>;
export type AircraftRow = Selectable<MedicalAircraftTable>;

export async function insertFacility(
  db: Kysely<Database>,
  row: Insertable<MedicalFacilitiesTable>,
) {
  await db.insertInto('medical_facilities').values(row).execute();
}

export async function insertAircraft(db: Kysely<Database>, row: Insertable<MedicalAircraftTable>) {
  await db.insertInto('medical_aircraft').values(row).execute();
}

/** Facilities of these missions ('all': every mission's), by mission and name. */
export function facilityRows(db: Kysely<Database>, missionIds: 'all' | readonly string[]) {
  if (missionIds !== 'all' && missionIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('medical_facilities').selectAll();
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  return q.orderBy('mission_id').orderBy('name').execute();
}

export function aircraftRows(db: Kysely<Database>, missionIds: 'all' | readonly string[]) {
  if (missionIds !== 'all' && missionIds.length === 0) return Promise.resolve([]);
  let q = db.selectFrom('medical_aircraft').selectAll();
  if (missionIds !== 'all') q = q.where('mission_id', 'in', missionIds);
  return q.orderBy('mission_id').orderBy('name').execute();
}

export function findFacility(db: Kysely<Database>, id: string) {
  return db.selectFrom('medical_facilities').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findAircraft(db: Kysely<Database>, id: string) {
  return db.selectFrom('medical_aircraft').selectAll().where('id', '=', id).executeTakeFirst();
}

export function facilityNamed(db: Kysely<Database>, missionId: string, name: string) {
  return db
    .selectFrom('medical_facilities')
    .select('id')
    .where('mission_id', '=', missionId)
    .where('name', '=', name)
    .executeTakeFirst();
}

export function aircraftNamed(db: Kysely<Database>, missionId: string, name: string) {
  return db
    .selectFrom('medical_aircraft')
    .select('id')
    .where('mission_id', '=', missionId)
    .where('name', '=', name)
    .executeTakeFirst();
}

/** Applies a change if the row still has `version`; false when someone changed it first. */
export async function updateFacility(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<MedicalFacilitiesTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('medical_facilities')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function updateAircraft(
  db: Kysely<Database>,
  {
    id,
    version,
    change,
  }: { id: string; version: number; change: Updateable<MedicalAircraftTable> },
): Promise<boolean> {
  const result = await db
    .updateTable('medical_aircraft')
    .set({ ...change, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Whether the mission holds any illustrative facility (the demo's). */
export async function anyIllustrativeFacility(db: Kysely<Database>, missionId: string) {
  const row = await db
    .selectFrom('medical_facilities')
    .select('id')
    .where('mission_id', '=', missionId)
    .where('illustrative', '=', toBool(true))
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
