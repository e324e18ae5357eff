/**
 * User accounts and their memberships (role per mission, or at headquarters). Invariants:
 * passwords are stored only as argon2id hashes; a caller grants only memberships in missions in
 * its view, and headquarters memberships only from headquarters; a password reset ends sessions.
 */
import { DomainError, notFound, staleVersion, validationFailed } from '../../core/errors.js';
import type { Role } from '../../core/permissions.js';
import { assertCan, assertPermission, type Actor } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { hashPassword } from './password.js';
import { revokeUserSessions } from './session.repository.js';
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

/** A user is in view when any membership is in a mission in view (HQ actors see everyone). */
function scoped(actor: Actor, user: User | undefined) {
  if (!user) return undefined;
  const inView =
    actor.missionIds === 'all' ||
    user.memberships.some((m) => m.missionId !== null && actor.missionIds.includes(m.missionId));
  return { ...user, missionId: null, compartmentIds: inView ? [] : ['(outside view)'] };
}

async function assertGrantable(
  ctx: RequestContext,
  memberships: readonly Membership[],
): Promise<void> {
  for (const [index, m] of memberships.entries()) {
    const path = `memberships.${index}.missionId`;
    if (m.missionId === null && ctx.actor.missionIds !== 'all') {
      throw new DomainError('forbidden', 'Only headquarters grants headquarters roles', [
        { path, message: 'headquarters role' },
      ]);
    }
    const exists =
      m.missionId === null ||
      (await ctx.db
        .selectFrom('missions')
        .select('id')
        .where('id', '=', m.missionId)
        .executeTakeFirst());
    if (
      !exists ||
      (m.missionId !== null &&
        ctx.actor.missionIds !== 'all' &&
        !ctx.actor.missionIds.includes(m.missionId))
    ) {
      throw validationFailed(path, 'no such mission');
    }
  }
}

export async function loadUser(
  ctx: { db: RequestContext['db'] },
  id: string,
): Promise<User | undefined> {
  const row = await findUserRow(ctx.db, { id });
  if (!row) return undefined;
  return toUser(row, (await membershipsOf(ctx.db, [id])).get(id) ?? []);
}

/** @throws forbidden, validation_failed (mission), conflict (username taken) */
export async function createUser(ctx: RequestContext, input: CreateUserInput): Promise<User> {
  assertPermission(ctx.actor, 'users:write');
  await assertGrantable(ctx, input.memberships);
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
    await replaceMemberships(tx.db, {
      userId: id,
      memberships: input.memberships,
      newId: () => tx.ids.newId(),
      now,
    });
    await audit(tx, {
      action: 'accounts.user.create',
      recordType: 'user',
      recordId: id,
      change: { username: input.username, memberships: input.memberships },
    });
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
  return rows.map((row) => toUser(row, memberships.get(row.id) ?? []));
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
    assertCan(tx.actor, 'users:write', {
      kind: 'User',
      record: scoped(tx.actor, await loadUser(tx, id)),
    });
    if (input.memberships) await assertGrantable(tx, input.memberships);
    const now = toTimestamp(tx.clock.now());
    const changes = { display_name: input.displayName, status: input.status, locale: input.locale };
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    if (
      !(await updateUserRow(tx.db, { id, changes: defined, now, expectedVersion: input.version }))
    )
      throw staleVersion('User', input.version);
    if (input.memberships)
      await replaceMemberships(tx.db, {
        userId: id,
        memberships: input.memberships,
        newId: () => tx.ids.newId(),
        now,
      });
    if (input.status === 'disabled') await revokeUserSessions(tx.db, id, now);
    const { version: _v, ...change } = input;
    await audit(tx, { action: 'accounts.user.update', recordType: 'user', recordId: id, change });
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
    assertCan(tx.actor, 'users:write', {
      kind: 'User',
      record: scoped(tx.actor, await loadUser(tx, id)),
    });
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

/** Everyone active with one of these roles in a mission or at headquarters: whom a module notifies (e.g. an alert, E2). Names only. */
export async function peopleToNotify(
  ctx: AppContext,
  missionId: string,
  roles: readonly Role[],
): Promise<{ userId: string; username: string }[]> {
  const rows = await selectUsersWithRoles(ctx.db, { missionId, roles, twoFactorOnly: false });
  return rows.map((r) => ({ userId: r.id, username: r.username }));
}
