/**
 * User accounts and their memberships (role per mission, or at headquarters). Invariants:
 * passwords are stored only as argon2id hashes; a password reset ends sessions. Who may administer
 * whom is `user-admin.rules.ts` (F1, F2): an administrator acts on a user only when its authority
 * covers every role the user holds or awaits, grants and removes only roles it covers, never grants
 * itself one, and a role that reaches tier-1 data waits for a second administrator
 * (`role-grant.service.ts`).
 */
import { DomainError, notFound, staleVersion, validationFailed } from '../../core/errors.js';
import type { Role } from '../../core/permissions.js';
import { assertCan, assertPermission, type Actor } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { missionExists } from '../missions/mission.service.js';
import { hashPassword } from './password.js';
import { revokeUserSessions } from './session.repository.js';
import { pendingGrantsOf } from './role-grant.repository.js';
import { requestGrants, withdrawGrantsNotIn } from './role-grant-requests.service.js';
import {
  adminAuthority,
  mayActOn,
  membershipChanges,
  needsSecondPerson,
  uncovered,
  type AdminAuthority,
} from './user-admin.rules.js';
import {
  selectUsersWithRoles,
  findUserRow,
  insertUser,
  membershipsOf,
  replaceMemberships,
  selectUserRows,
  toUser,
  updateUserRow,
} from './user.repository.js';
import type { CreateUserInput, Membership, UpdateUserInput, User } from './user.schema.js';

/** A user is in view when any role, held or awaited, is in a mission in view (HQ sees everyone). */
function scoped(actor: Actor, user: User | undefined) {
  if (!user) return undefined;
  const roles = [...user.memberships, ...user.pendingRoles];
  const inView =
    actor.missionIds === 'all' ||
    roles.some((m) => m.missionId !== null && actor.missionIds.includes(m.missionId));
  return { ...user, missionId: null, compartmentIds: inView ? [] : ['(outside view)'] };
}

/** The caller's authority over users (F1), from its own memberships. */
export async function authorityOf(ctx: RequestContext): Promise<AdminAuthority> {
  const own = (await membershipsOf(ctx.db, [ctx.actor.userId])).get(ctx.actor.userId) ?? [];
  return adminAuthority(ctx.actor, own);
}

const where = (m: Membership) => (m.missionId === null ? 'headquarters' : `mission ${m.missionId}`);

/**
 * F1: the caller may act on this user only when its authority covers every role the user holds
 * or awaits. The user is in view (else 404 first), so saying why is no leak.
 * @throws forbidden
 */
export async function assertAdministers(ctx: RequestContext, user: User): Promise<AdminAuthority> {
  const authority = await authorityOf(ctx);
  const roles = [...user.memberships, ...user.pendingRoles];
  if (!mayActOn(authority, roles)) {
    const outside = uncovered(authority, roles);
    throw new DomainError(
      'forbidden',
      'You may act on a user only when you administer every mission they work in; headquarters may',
      (outside.length > 0 ? outside : [{ missionId: null, role: 'viewer' as Role }]).map((m) => ({
        path: 'memberships',
        message: `${m.role} in ${where(m)} is not yours to administer`,
      })),
    );
  }
  return authority;
}

/** Each membership to grant or remove: the mission exists and the caller's authority covers it. */
async function assertGrantable(
  ctx: RequestContext,
  authority: AdminAuthority,
  grants: { memberships: readonly Membership[]; listed?: readonly Membership[] },
): Promise<void> {
  for (const m of grants.memberships) {
    const path = `memberships.${(grants.listed ?? grants.memberships).indexOf(m)}.missionId`;
    const exists = m.missionId === null || (await missionExists(ctx, m.missionId));
    if (!exists && authority.headquarters) throw validationFailed(path, 'no such mission');
    if (uncovered(authority, [m]).length > 0)
      throw new DomainError(
        'forbidden',
        m.missionId === null
          ? 'Only an administrator at headquarters grants or removes headquarters roles'
          : 'You may grant or remove roles only in missions you administer',
        [{ path, message: `${m.role} in ${where(m)} is not yours to grant` }],
      );
  }
}

/** F2: nobody grants themselves a role. */
function assertNotSelf(ctx: RequestContext, userId: string, added: readonly Membership[]): void {
  if (added.length > 0 && userId === ctx.actor.userId)
    throw new DomainError(
      'forbidden',
      'Nobody grants themselves a role: another administrator does',
      [{ path: 'memberships', message: 'your own roles' }],
    );
}

export async function loadUser(
  ctx: { db: RequestContext['db'] },
  id: string,
): Promise<User | undefined> {
  const row = await findUserRow(ctx.db, { id });
  if (!row) return undefined;
  const memberships = (await membershipsOf(ctx.db, [id])).get(id) ?? [];
  return toUser(row, memberships, (await pendingGrantsOf(ctx.db, [id])).get(id) ?? []);
}

/** @throws forbidden, validation_failed (mission), conflict (username taken) */
export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  assertPermission(ctx.actor, 'users:write');
  const authority = await authorityOf(ctx);
  await assertGrantable(ctx, authority, { memberships: input.memberships });
  const passwordHash = await hashPassword(input.password);
  return inTransaction(ctx, async (tx) => {
    if (await findUserRow(tx.db, { username: input.username })) {
      throw new DomainError('conflict', `Username ${input.username} is taken`, [
        { path: 'username', message: 'taken' },
      ]);
    }
    const id = tx.ids.newId();
    const now = toTimestamp(tx.clock.now());
    await insertUser(tx.db, {
      id,
      username: input.username,
      displayName: input.displayName,
      passwordHash,
      locale: input.locale,
      now,
    });
    const { added } = membershipChanges([], input.memberships);
    await replaceMemberships(tx.db, {
      userId: id,
      memberships: added.filter((m) => !needsSecondPerson(tx.actor, m)),
      newId: () => tx.ids.newId(),
      now,
    });
    await audit(tx, {
      action: 'accounts.user.create',
      recordType: 'user',
      recordId: id,
      change: { username: input.username, memberships: input.memberships },
    });
    const user = (await loadUser(tx, id))!;
    await requestGrants(
      tx,
      user,
      added.filter((m) => needsSecondPerson(tx.actor, m)),
    );
    return (await loadUser(tx, id))!;
  });
}

/** @throws forbidden */
export async function listUsers(ctx: RequestContext): Promise<User[]> {
  assertPermission(ctx.actor, 'users:read');
  const rows = await selectUserRows(ctx.db, ctx.actor.missionIds);
  const memberships = await membershipsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const pending = await pendingGrantsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return rows.map((row) => toUser(row, memberships.get(row.id) ?? [], pending.get(row.id) ?? []));
}

/** @throws forbidden, not_found */
export async function getUser(ctx: RequestContext, id: string): Promise<User> {
  const user = assertCan(ctx.actor, 'users:read', {
    kind: 'User',
    record: scoped(ctx.actor, await loadUser(ctx, id)),
  });
  const { missionId: _m, compartmentIds: _c, ...plain } = user;
  return plain;
}

/** @throws forbidden, not_found, conflict (stale version), validation_failed */
export async function updateUser(
  ctx: RequestContext,
  id: string,
  input: UpdateUserInput,
): Promise<User> {
  return inTransaction(ctx, async (tx) => {
    const user = assertCan(tx.actor, 'users:write', {
      kind: 'User',
      record: scoped(tx.actor, await loadUser(tx, id)),
    });
    const authority = await assertAdministers(tx, user);
    const changes = input.memberships
      ? membershipChanges(user.memberships, input.memberships)
      : null;
    if (changes && input.memberships) {
      assertNotSelf(tx, id, changes.added);
      // What is removed is the user's, which the caller administers whole (assertAdministers).
      await assertGrantable(tx, authority, {
        memberships: changes.added,
        listed: input.memberships,
      });
    }
    const now = toTimestamp(tx.clock.now());
    const fields = { display_name: input.displayName, status: input.status, locale: input.locale };
    const defined = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
    if (
      !(await updateUserRow(tx.db, { id, changes: defined, now, expectedVersion: input.version }))
    )
      throw staleVersion('User', input.version);
    if (changes && input.memberships) {
      const direct = changes.added.filter((m) => !needsSecondPerson(tx.actor, m));
      await replaceMemberships(tx.db, {
        userId: id,
        memberships: [...changes.kept, ...direct],
        newId: () => tx.ids.newId(),
        now,
      });
      await withdrawGrantsNotIn(tx, user, input.memberships);
    }
    if (input.status === 'disabled') await revokeUserSessions(tx.db, id, now);
    const { version: _v, ...change } = input;
    await audit(tx, { action: 'accounts.user.update', recordType: 'user', recordId: id, change });
    if (changes)
      await requestGrants(
        tx,
        (await loadUser(tx, id))!,
        changes.added.filter((m) => needsSecondPerson(tx.actor, m)),
      );
    return (await loadUser(tx, id))!;
  });
}

/** Sets a new password, unlocks the account and ends its sessions. @throws forbidden, not_found */
export async function resetPassword(
  ctx: RequestContext,
  id: string,
  password: string,
): Promise<void> {
  const passwordHash = await hashPassword(password);
  await inTransaction(ctx, async (tx) => {
    const user = assertCan(tx.actor, 'users:write', {
      kind: 'User',
      record: scoped(tx.actor, await loadUser(tx, id)),
    });
    await assertAdministers(tx, user);
    const now = toTimestamp(tx.clock.now());
    await updateUserRow(tx.db, {
      id,
      changes: { password_hash: passwordHash, failed_sign_ins: 0, locked_until: null },
      now,
    });
    await revokeUserSessions(tx.db, id, now);
    await audit(tx, { action: 'accounts.user.reset-password', recordType: 'user', recordId: id });
  });
}

/** The user to act for, by username (CLI). @throws not_found */
export async function userIdByUsername(
  ctx: { db: RequestContext['db'] },
  username: string,
): Promise<string> {
  const row = await findUserRow(ctx.db, { username: username.toLowerCase() });
  if (!row) throw notFound('User');
  return row.id;
}

/**
 * Colleagues with one of these roles in a mission (or at headquarters) and two-factor sign-in on:
 * the people another module may offer to add to a sensitive compartment. Names only.
 */
export async function peopleWithRoles(
  ctx: AppContext,
  missionId: string,
  roles: readonly Role[],
): Promise<{ userId: string; username: string; displayName: string }[]> {
  const rows = await selectUsersWithRoles(ctx.db, { missionId, roles });
  return rows.map((r) => ({ userId: r.id, username: r.username, displayName: r.display_name }));
}

/** Everyone active with one of these roles in a mission or at headquarters (mission null: at headquarters only): whom a module notifies (e.g. an alert, E2). Names only. */
export async function peopleToNotify(
  ctx: AppContext,
  missionId: string | null,
  roles: readonly Role[],
): Promise<{ userId: string; username: string; locale: string }[]> {
  const rows = await selectUsersWithRoles(ctx.db, { missionId, roles, twoFactorOnly: false });
  return rows.map((r) => ({ userId: r.id, username: r.username, locale: r.locale }));
}

/** Whether any account exists (the demo creates its administrator on an empty database). */
export async function anyUser(app: AppContext): Promise<boolean> {
  return (await app.db.selectFrom('users').select('id').limit(1).executeTakeFirst()) !== undefined;
}

/** What other modules may know of an account: who it is, whether it may act, where it serves. */
export interface UserFacts {
  id: string;
  username: string;
  displayName: string;
  active: boolean;
  twoFactor: boolean;
  /** The missions of its roles; null for a headquarters role (in force in every mission). */
  missionIds: (string | null)[];
}

/** Accounts' facts by id, whoever asks (the caller has already authorized what it shows). */
export async function userFacts(
  app: AppContext,
  ids: readonly string[],
): Promise<Map<string, UserFacts>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await app.db
    .selectFrom('users')
    .select(['id', 'username', 'display_name', 'status', 'totp_enabled'])
    .where('id', 'in', unique)
    .execute();
  const memberships = await membershipsOf(app.db, unique);
  return new Map(
    rows.map((u) => [
      u.id,
      {
        id: u.id,
        username: u.username,
        displayName: u.display_name,
        active: u.status === 'active',
        twoFactor: u.totp_enabled === true || u.totp_enabled === 1,
        missionIds: (memberships.get(u.id) ?? []).map((m) => m.missionId),
      },
    ]),
  );
}
