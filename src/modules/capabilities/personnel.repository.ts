/** A unit's people, certifications and screenings: storage. No authorization; names stay ciphertext. */
import type { Insertable, Kysely } from 'kysely';
import type {
  Database,
  PersonCertificationsTable,
  PersonScreeningsTable,
  UnitPersonnelTable,
} from '../../db/schema.js';

/** The units' people, their certifications and screenings, oldest first; names stay ciphertext. */
export async function personnelRows(db: Kysely<Database>, pledgeIds: readonly string[]) {
  if (pledgeIds.length === 0) return { people: [], certifications: [], screenings: [] };
  const people = await db
    .selectFrom('unit_personnel')
    .selectAll()
    .where('pledge_id', 'in', pledgeIds)
    .orderBy('service_number')
    .execute();
  const ofUnits = db.selectFrom('unit_personnel').select('id').where('pledge_id', 'in', pledgeIds);
  const [certifications, screenings] = await Promise.all([
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
  ]);
  return { people, certifications, screenings };
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

export async function insertPerson(db: Kysely<Database>, row: Insertable<UnitPersonnelTable>) {
  await db.insertInto('unit_personnel').values(row).execute();
}

export async function insertCertification(
  db: Kysely<Database>,
  row: Insertable<PersonCertificationsTable>,
) {
  await db.insertInto('person_certifications').values(row).execute();
}

export async function insertScreening(
  db: Kysely<Database>,
  row: Insertable<PersonScreeningsTable>,
) {
  await db.insertInto('person_screenings').values(row).execute();
}
