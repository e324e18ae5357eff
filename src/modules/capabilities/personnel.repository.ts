/** A unit's people, certifications and screenings: storage. No authorization; names stay ciphertext. */
import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type {
  PersonCertificationsTable,
  PersonScreeningsTable,
  PersonSeaTrainingsTable,
  UnitPersonnelTable,
} from '../../db/schema-capabilities.js';

/** The units' people, their certifications and screenings, oldest first; names stay ciphertext. */
export async function personnelRows(db: Kysely<Database>, pledgeIds: readonly string[]) {
  if (pledgeIds.length === 0)
    return { people: [], certifications: [], screenings: [], seaTrainings: [] };
  const people = await db
    .selectFrom('unit_personnel')
    .selectAll()
    .where('pledge_id', 'in', pledgeIds)
    .orderBy('service_number')
    .execute();
  const ofUnits = db.selectFrom('unit_personnel').select('id').where('pledge_id', 'in', pledgeIds);
  const [certifications, screenings, seaTrainings] = await Promise.all([
    db
      .selectFrom('person_certifications')
      .selectAll()
      .where('person_id', 'in', ofUnits)
      .orderBy('certified_on')
      .execute(),
    db
      .selectFrom('person_screenings')
      .selectAll()
      .where('person_id', 'in', ofUnits)
      .orderBy('screened_on')
      .orderBy('created_at')
      .execute(),
    db
      .selectFrom('person_sea_trainings')
      .selectAll()
      .where('person_id', 'in', ofUnits)
      .orderBy('completed_on')
      .execute(),
  ]);
  return { people, certifications, screenings, seaTrainings };
}

export function personInUnit(db: Kysely<Database>, pledgeId: string, serviceNumber: string) {
  return db
    .selectFrom('unit_personnel')
    .select('id')
    .where('pledge_id', '=', pledgeId)
    .where('service_number', '=', serviceNumber)
    .executeTakeFirst();
}

export function unitOfPerson(db: Kysely<Database>, personId: string) {
  return db
    .selectFrom('unit_personnel')
    .select('pledge_id')
    .where('id', '=', personId)
    .executeTakeFirst();
}

/** Rows per INSERT: well under SQLite's bound-variable limit. */
const perInsert = 500;

async function insertAll<T>(rows: readonly T[], insert: (rows: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += perInsert) await insert(rows.slice(i, i + perInsert));
}

export async function insertPeople(
  db: Kysely<Database>,
  rows: readonly Insertable<UnitPersonnelTable>[],
) {
  await insertAll(rows, (chunk) => db.insertInto('unit_personnel').values(chunk).execute());
}

export async function insertCertifications(
  db: Kysely<Database>,
  rows: readonly Insertable<PersonCertificationsTable>[],
) {
  await insertAll(rows, (chunk) => db.insertInto('person_certifications').values(chunk).execute());
}

export async function insertScreenings(
  db: Kysely<Database>,
  rows: readonly Insertable<PersonScreeningsTable>[],
) {
  await insertAll(rows, (chunk) => db.insertInto('person_screenings').values(chunk).execute());
}

export async function insertSeaTrainings(
  db: Kysely<Database>,
  rows: readonly Insertable<PersonSeaTrainingsTable>[],
) {
  await insertAll(rows, (chunk) => db.insertInto('person_sea_trainings').values(chunk).execute());
}

/** The service numbers of a unit's people. */
export async function serviceNumbersOf(db: Kysely<Database>, pledgeId: string) {
  const rows = await db
    .selectFrom('unit_personnel')
    .select('service_number')
    .where('pledge_id', '=', pledgeId)
    .execute();
  return new Set(rows.map((r) => r.service_number));
}
