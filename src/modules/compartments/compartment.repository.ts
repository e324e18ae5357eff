/** Compartments, their members and the labels they put on records. No authorization here. */
import type { Kysely, Selectable } from 'kysely';
import { fromBool, fromTimestamp, toBool } from '../../db/codecs.js';
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

export async function withMembers(
  db: Kysely<Database>,
  rows: CompartmentRow[],
): Promise<Compartment[]> {
  if (rows.length === 0) return [];
  const members = await db
    .selectFrom('compartment_members as m')
    .innerJoin('users as u', 'u.id', 'm.user_id')
    .select(['m.compartment_id', 'u.id as userId', 'u.username', 'u.display_name as displayName'])
    .where(
      'm.compartment_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('u.username')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    missionId: row.mission_id,
    name: row.name,
    description: row.description,
    sensitive: fromBool(row.sensitive),
    members: members
      .filter((m) => m.compartment_id === row.id)
      .map(({ compartment_id: _c, ...m }) => m),
    createdAt: fromTimestamp(row.created_at).toISOString(),
    version: row.version,
  }));
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
export async function selectRecordHolders(
  db: Kysely<Database>,
  recordType: string,
  recordId: string,
): Promise<{ userId: string; username: string }[]> {
  const labels = await db
    .selectFrom('record_compartments')
    .select('compartment_id')
    .where('record_type', '=', recordType)
    .where('record_id', '=', recordId)
    .execute();
  if (labels.length === 0) return [];
  const rows = await db
    .selectFrom('compartment_members')
    .innerJoin('users', 'users.id', 'compartment_members.user_id')
    .select([
      'users.id as userId',
      'users.username as username',
      'compartment_members.compartment_id',
    ])
    .where(
      'compartment_members.compartment_id',
      'in',
      labels.map((l) => l.compartment_id),
    )
    .where('users.status', '=', 'active')
    .execute();
  const held = new Map<string, { username: string; count: number }>();
  for (const r of rows) {
    const entry = held.get(r.userId) ?? { username: r.username, count: 0 };
    entry.count += 1;
    held.set(r.userId, entry);
  }
  return [...held]
    .filter(([, e]) => e.count === labels.length)
    .map(([userId, e]) => ({ userId, username: e.username }))
    .sort((a, b) => a.username.localeCompare(b.username));
}
