/** Users and memberships storage. No authorization, no rules. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Role } from '../../core/permissions.js';
import { fromBool, fromNullableTimestamp, fromTimestamp, toBool } from '../../db/codecs.js';
import type { Database, UsersTable } from '../../db/schema.js';
import type { Locale, Membership, PendingRole, User } from './user.schema.js';

export type UserRow = Selectable<UsersTable>;

export function toUser(
  row: UserRow,
  memberships: Membership[],
  pendingRoles: PendingRole[] = [],
): User {
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    status: row.status,
    locale: row.locale as Locale,
    totpEnabled: fromBool(row.totp_enabled),
    lockedUntil: fromNullableTimestamp(row.locked_until)?.toISOString() ?? null,
    memberships,
    pendingRoles,
    createdAt: fromTimestamp(row.created_at).toISOString(),
    updatedAt: fromTimestamp(row.updated_at).toISOString(),
    version: row.version,
  };
}

export interface NewUserRow {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  locale: Locale;
  now: string;
}

export async function insertUser(db: Kysely<Database>, u: NewUserRow): Promise<void> {
  await db
    .insertInto('users')
    .values({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      password_hash: u.passwordHash,
      status: 'active',
      failed_sign_ins: 0,
      locked_until: null,
      totp_secret: null,
      totp_enabled: toBool(false),
      totp_last_step: null,
      locale: u.locale,
      created_at: u.now,
      updated_at: u.now,
      version: 1,
    })
    .execute();
}

export async function findUserRow(
  db: Kysely<Database>,
  by: { id: string } | { username: string },
): Promise<UserRow | undefined> {
  const query = db.selectFrom('users').selectAll();
  return (
    'id' in by ? query.where('id', '=', by.id) : query.where('username', '=', by.username)
  ).executeTakeFirst();
}

export async function selectUserRows(
  db: Kysely<Database>,
  missionIds: 'all' | readonly string[],
): Promise<UserRow[]> {
  let query = db.selectFrom('users').selectAll().orderBy('username');
  if (missionIds !== 'all') {
    if (missionIds.length === 0) return [];
    // In view: a role in a mission in view, held or awaiting a second administrator's approval.
    query = query.where((eb) =>
      eb.or([
        eb(
          'id',
          'in',
          db.selectFrom('memberships').select('user_id').where('mission_id', 'in', missionIds),
        ),
        eb(
          'id',
          'in',
          db
            .selectFrom('role_grants')
            .select('user_id')
            .where('status', '=', 'pending')
            .where('mission_id', 'in', missionIds),
        ),
      ]),
    );
  }
  return query.execute();
}

export async function membershipsOf(
  db: Kysely<Database>,
  userIds: readonly string[],
): Promise<Map<string, Membership[]>> {
  const byUser = new Map<string, Membership[]>(userIds.map((id) => [id, []]));
  if (userIds.length === 0) return byUser;
  const rows = await db
    .selectFrom('memberships')
    .selectAll()
    .where('user_id', 'in', userIds)
    .orderBy('created_at')
    .execute();
  for (const row of rows)
    byUser.get(row.user_id)?.push({ missionId: row.mission_id, role: row.role as Role });
  return byUser;
}

export async function replaceMemberships(
  db: Kysely<Database>,
  args: { userId: string; memberships: readonly Membership[]; newId: () => string; now: string },
): Promise<void> {
  await db.deleteFrom('memberships').where('user_id', '=', args.userId).execute();
  for (const m of args.memberships) {
    await db
      .insertInto('memberships')
      .values({
        id: args.newId(),
        user_id: args.userId,
        mission_id: m.missionId,
        role: m.role,
        created_at: args.now,
      })
      .execute();
  }
}

export type UserChanges = Partial<{
  display_name: string;
  status: 'active' | 'disabled';
  locale: string;
  password_hash: string;
  failed_sign_ins: number;
  locked_until: string | null;
  totp_secret: string | null;
  totp_enabled: number;
  totp_last_step: number;
}>;

/** Updates with optimistic concurrency when `expectedVersion` is given; false when stale. */
export async function updateUserRow(
  db: Kysely<Database>,
  args: { id: string; changes: UserChanges; now: string; expectedVersion?: number },
): Promise<boolean> {
  let query = db
    .updateTable('users')
    .set((eb) => ({ ...args.changes, updated_at: args.now, version: eb('version', '+', 1) }))
    .where('id', '=', args.id);
  if (args.expectedVersion !== undefined) query = query.where('version', '=', args.expectedVersion);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function countUsers(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('users')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Active users with two-factor sign-in holding one of these roles in a mission or at headquarters (mission null: at headquarters only). */
export async function selectUsersWithRoles(
  db: Kysely<Database>,
  key: { missionId: string | null; roles: readonly string[]; twoFactorOnly?: boolean },
): Promise<{ id: string; username: string; display_name: string; locale: string }[]> {
  const rows = await db
    .selectFrom('users')
    .select([
      'users.id',
      'users.username',
      'users.display_name',
      'users.locale',
      'users.totp_enabled',
    ])
    .where('users.status', '=', 'active')
    .where('users.id', 'in', (eb) =>
      eb
        .selectFrom('memberships')
        .select('memberships.user_id')
        .where('memberships.role', 'in', [...key.roles])
        .where((w) =>
          key.missionId === null
            ? w('memberships.mission_id', 'is', null)
            : w.or([
                w('memberships.mission_id', '=', key.missionId),
                w('memberships.mission_id', 'is', null),
              ]),
        ),
    )
    .orderBy('users.username')
    .execute();
  return rows
    .filter((r) => key.twoFactorOnly === false || fromBool(r.totp_enabled))
    .map(({ id, username, display_name, locale }) => ({ id, username, display_name, locale }));
}

/**
 * Counts one more attempt to prove who one is — a password or a code — before it is checked (F4).
 * The row's own counter is incremented in SQL, so concurrent attempts cannot read the same count,
 * and none is checked once the account is locked: at `max` attempts it locks until `lockUntil`.
 * After a lock has run out the count starts again. Returns the new count, or null when the account
 * is locked now (nothing counted). A successful proof resets the count (updateUserRow).
 */
export async function reserveAttempt(
  db: Kysely<Database>,
  args: { id: string; now: string; lockUntil: string; max: number },
): Promise<number | null> {
  const lapsed = sql<boolean>`(locked_until is not null and locked_until <= ${args.now})`;
  const count = sql<number>`(case when ${lapsed} then 1 else failed_sign_ins + 1 end)`;
  const row = await db
    .updateTable('users')
    .set({
      failed_sign_ins: count,
      locked_until: sql<
        string | null
      >`case when ${count} >= ${args.max} then ${args.lockUntil} when ${lapsed} then null else locked_until end`,
    })
    .where('id', '=', args.id)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', args.now)]))
    .returning('failed_sign_ins')
    .executeTakeFirst();
  return row ? Number(row.failed_sign_ins) : null;
}
