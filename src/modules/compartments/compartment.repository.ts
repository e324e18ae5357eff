/** Compartments, their members and the labels they put on records. No authorization here. */
import type { Kysely, Selectable } from 'kysely';
import { toBool } from '../../db/codecs.js';
import type { CompartmentsTable, Database } from '../../db/schema.js';
import type { Compartment } from './compartment.schema.js';

export type CompartmentRow = Selectable<CompartmentsTable>;

export async function insertCompartment(
  db: Kysely<Database>,
  c: Omit<Compartment, 'members'> & { createdBy: string },
): Promise<void> {
  await db
    .insertInto('compartments')
    .values({
      id: c.id,
      mission_id: c.missionId,
      name: c.name,
      description: c.description,
      sensitive: toBool(c.sensitive),
      created_at: c.createdAt,
      created_by: c.createdBy,
      version: c.version,
    })
    .execute();
}

export async function findCompartmentRows(
  db: Kysely<Database>,
  ids: readonly string[],
): Promise<CompartmentRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('compartments').selectAll().where('id', 'in', ids).orderBy('name').execute();
}

/** The members of compartments, by compartment: user ids only (accounts names them). */
export async function memberIdsOf(
  db: Kysely<Database>,
  compartmentIds: readonly string[],
): Promise<{ compartment_id: string; user_id: string }[]> {
  if (compartmentIds.length === 0) return [];
  return db
    .selectFrom('compartment_members')
    .select(['compartment_id', 'user_id'])
    .where('compartment_id', 'in', compartmentIds)
    .execute();
}

export async function memberCompartmentIds(
  db: Kysely<Database>,
  userId: string,
  missionIds: 'all' | readonly string[],
): Promise<string[]> {
  if (missionIds !== 'all' && missionIds.length === 0) return [];
  let query = db
    .selectFrom('compartment_members')
    .select('compartment_id')
    .where('user_id', '=', userId);
  if (missionIds !== 'all') query = query.where('mission_id', 'in', missionIds);
  return (await query.execute()).map((r) => r.compartment_id);
}

export async function isSensitiveMember(db: Kysely<Database>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('compartment_members as m')
    .innerJoin('compartments as c', 'c.id', 'm.compartment_id')
    .select('c.id')
    .where('m.user_id', '=', userId)
    .where('c.sensitive', '=', toBool(true))
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertMember(
  db: Kysely<Database>,
  m: { compartmentId: string; userId: string; missionId: string; at: string; by: string },
): Promise<void> {
  await db
    .insertInto('compartment_members')
    .values({
      compartment_id: m.compartmentId,
      user_id: m.userId,
      mission_id: m.missionId,
      added_at: m.at,
      added_by: m.by,
    })
    .execute();
}

export async function deleteMember(
  db: Kysely<Database>,
  compartmentId: string,
  userId: string,
): Promise<boolean> {
  const result = await db
    .deleteFrom('compartment_members')
    .where('compartment_id', '=', compartmentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}

export async function insertLabels(
  db: Kysely<Database>,
  labels: {
    recordType: string;
    recordId: string;
    missionId: string;
    compartmentIds: readonly string[];
  },
): Promise<void> {
  for (const compartmentId of labels.compartmentIds) {
    await db
      .insertInto('record_compartments')
      .values({
        record_type: labels.recordType,
        record_id: labels.recordId,
        compartment_id: compartmentId,
        mission_id: labels.missionId,
      })
      .execute();
  }
}

export async function selectLabels(
  db: Kysely<Database>,
  recordType: string,
  recordIds: readonly string[],
): Promise<Map<string, string[]>> {
  const byRecord = new Map<string, string[]>(recordIds.map((id) => [id, []]));
  if (recordIds.length === 0) return byRecord;
  const rows = await db
    .selectFrom('record_compartments')
    .select(['record_id', 'compartment_id'])
    .where('record_type', '=', recordType)
    .where('record_id', 'in', recordIds)
    .execute();
  for (const row of rows) byRecord.get(row.record_id)?.push(row.compartment_id);
  return byRecord;
}

/** Active users who hold every compartment labelling a record (none when it has no label). */
/** The users who hold every compartment of a record (ids; accounts says who is active). */
export async function selectRecordHolderIds(
  db: Kysely<Database>,
  recordType: string,
  recordId: string,
): Promise<string[]> {
  const labels = await db
    .selectFrom('record_compartments')
    .select('compartment_id')
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .execute();
  if (labels.length === 0) return [];
  const rows = await memberIdsOf(
    db,
    labels.map((l) => l.compartment_id),
  );
  const count = new Map<string, number>();
  for (const r of rows) count.set(r.user_id, (count.get(r.user_id) ?? 0) + 1);
  return [...count].filter(([, n]) => n === labels.length).map(([id]) => id);
}
