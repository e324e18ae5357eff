/** Role grants awaiting a second administrator (F2), and memberships written one at a time. */
import type { Kysely, Selectable } from 'kysely';
import type { Role } from '../../core/permissions.js';
import { fromNullableTimestamp, fromTimestamp } from '../../db/codecs.js';
import type { RoleGrantsTable } from '../../db/schema-accounts.js';
import type { Database } from '../../db/schema.js';
import type { Membership, PendingRole } from './user.schema.js';

export type RoleGrantRow = Selectable<RoleGrantsTable>;

export async function insertGrant(
  db: Kysely<Database>,
  row: { id: string; userId: string; membership: Membership; requestedBy: string; at: string },
): Promise<void> {
  await db
    .insertInto('role_grants')
    .values({
      id: row.id,
      user_id: row.userId,
      mission_id: row.membership.missionId,
      role: row.membership.role,
      status: 'pending',
      requested_by: row.requestedBy,
      requested_at: row.at,
      decided_by: null,
      decided_at: null,
    })
    .execute();
}

export async function findGrant(
  db: Kysely<Database>,
  id: string,
): Promise<RoleGrantRow | undefined> {
  return db.selectFrom('role_grants').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Pending grants per user, with the requester's username. */
export async function pendingGrantsOf(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<Map<string, PendingRole[]>> {
  const byUser = new Map<string, PendingRole[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('role_grants')
    .leftJoin('users', 'users.id', 'role_grants.requested_by')
    .select([
      'role_grants.id',
      'role_grants.user_id',
      'role_grants.mission_id',
      'role_grants.role',
      'role_grants.requested_by',
      'role_grants.requested_at',
      'users.username',
    ])
    .where('role_grants.user_id', 'in', userIds)
    .where('role_grants.status', '=', 'pending')
    .orderBy('role_grants.requested_at')
    .execute();
  for (const row of rows)
    byUser.get(row.user_id)?.push({
      grantId: row.id,
      missionId: row.mission_id,
      role: row.role as Role,
      requestedBy: row.username ?? row.requested_by,
      requestedAt: fromTimestamp(row.requested_at).toISOString(),
    });
  return byUser;
}

/** Pending grants in these missions ('all': every one, headquarters' included). */
export async function selectPendingGrants(
  db: Kysely<Database>,
  scope: { headquarters: boolean; missions: readonly string[] },
): Promise<RoleGrantRow[]> {
  if (!scope.headquarters && scope.missions.length === 0) return [];
  let query = db
    .selectFrom('role_grants')
    .selectAll()
    .where('status', '=', 'pending')
    .orderBy('requested_at');
  if (!scope.headquarters) query = query.where('mission_id', 'in', [...scope.missions]);
  return query.execute();
}

/** Decides a pending grant; false when it was no longer pending (decided by someone else first). */
export async function decideGrant(
  db: Kysely<Database>,
  args: { id: string; status: 'approved' | 'refused' | 'withdrawn'; by: string; at: string },
): Promise<boolean> {
  const result = await db
    .updateTable('role_grants')
    .set({ status: args.status, decided_by: args.by, decided_at: args.at })
    .where('id', '=', args.id)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function insertMembership(
  db: Kysely<Database>,
  row: { id: string; userId: string; membership: Membership; at: string },
): Promise<void> {
  await db
    .insertInto('memberships')
    .values({
      id: row.id,
      user_id: row.userId,
      mission_id: row.membership.missionId,
      role: row.membership.role,
      created_at: row.at,
    })
    .execute();
}

export const decidedAt = (row: RoleGrantRow): string | null =>
  fromNullableTimestamp(row.decided_at)?.toISOString() ?? null;
