/**
 * F2: the second person. A role that reaches tier-1 data, asked for by one administrator, is
 * granted when another approves it: an administrator whose authority covers the role's mission and
 * every role the user holds or awaits, who neither asked for it nor would receive it. On approval
 * the membership is written and the mission's conduct officers (its conduct lead) are told; two
 * approvals at once grant once.
 */
import { DomainError, notFound } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import { fromTimestamp, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { notifyOnce } from '../notifications/notification.service.js';
import {
  decideGrant,
  findGrant,
  insertMembership,
  selectPendingGrants,
  type RoleGrantRow,
} from './role-grant.repository.js';
import { covers, mayActOn, type AdminAuthority } from './user-admin.rules.js';
import { selectUsersWithRoles } from './user.repository.js';
import type { Membership, RoleGrant, RoleGrantDecision, User } from './user.schema.js';
import { assertAdministers, authorityOf, loadUser } from './user.service.js';

const membershipOf = (row: RoleGrantRow): Membership => ({
  missionId: row.mission_id,
  role: row.role as Membership['role'],
});

function mayDecide(
  ctx: RequestContext,
  authority: AdminAuthority,
  { row, user }: { row: RoleGrantRow; user: User },
) {
  return (
    row.requested_by !== ctx.actor.userId &&
    row.user_id !== ctx.actor.userId &&
    covers(authority, row.mission_id) &&
    mayActOn(authority, [...user.memberships, ...user.pendingRoles])
  );
}

/** Pending grants in the missions the caller administers. @throws forbidden */
export async function listRoleGrants(ctx: RequestContext): Promise<RoleGrant[]> {
  assertPermission(ctx.actor, 'users:write');
  const authority = await authorityOf(ctx);
  const rows = await selectPendingGrants(ctx.db, {
    headquarters: authority.headquarters,
    missions: [...authority.missions],
  });
  const out: RoleGrant[] = [];
  for (const row of rows) {
    const user = (await loadUser(ctx, row.user_id))!;
    const requester = await loadUser(ctx, row.requested_by);
    out.push({
      id: row.id,
      userId: user.id,
      username: user.username,
      displayName: user.displayName,
      missionId: row.mission_id,
      role: membershipOf(row).role,
      requestedBy: requester?.username ?? row.requested_by,
      requestedAt: fromTimestamp(row.requested_at).toISOString(),
      mayDecide: mayDecide(ctx, authority, { row, user }),
    });
  }
  return out;
}

/**
 * Approves or refuses a pending grant. The one who asked may refuse (withdraw) it, never approve.
 * @throws forbidden, not_found, conflict (already decided)
 */
export async function decideRoleGrant(
  ctx: RequestContext,
  id: string,
  input: RoleGrantDecision,
): Promise<User> {
  assertPermission(ctx.actor, 'users:write');
  return inTransaction(ctx, async (tx) => {
    const row = await findGrant(tx.db, id);
    const authority = await authorityOf(tx);
    if (!row || !covers(authority, row.mission_id)) throw notFound('Role grant');
    const user = (await loadUser(tx, row.user_id))!;
    await assertAdministers(tx, user);
    const own = row.requested_by === tx.actor.userId;
    if (input.decision === 'approve' && !mayDecide(tx, authority, { row, user }))
      throw new DomainError(
        'forbidden',
        own
          ? 'A second administrator approves the role you asked for'
          : 'Nobody approves a role for themselves',
        [{ path: 'decision', message: 'a second person approves' }],
      );
    const at = toTimestamp(tx.clock.now());
    const status = input.decision === 'approve' ? 'approved' : own ? 'withdrawn' : 'refused';
    if (!(await decideGrant(tx.db, { id, status, by: tx.actor.userId, at })))
      throw new DomainError('conflict', 'This role has already been decided', [
        { path: 'decision', message: 'already decided' },
      ]);
    const membership = membershipOf(row);
    if (status === 'approved')
      await insertMembership(tx.db, { id: tx.ids.newId(), userId: user.id, membership, at });
    await audit(tx, {
      action: `accounts.role-grant.${status === 'approved' ? 'approve' : status === 'refused' ? 'refuse' : 'withdraw'}`,
      recordType: 'role_grant',
      recordId: id,
      missionId: row.mission_id,
      change: { userId: user.id, missionId: row.mission_id, role: row.role },
    });
    if (status === 'approved') await tellConductLead(tx, row, user);
    return (await loadUser(tx, user.id))!;
  });
}

/** The grant is told to the conduct officers of the role's mission (and of headquarters). */
async function tellConductLead(tx: RequestContext, row: RoleGrantRow, user: User): Promise<void> {
  const requester = await loadUser(tx, row.requested_by);
  const leads = await selectUsersWithRoles(tx.db, {
    missionId: row.mission_id,
    roles: ['conduct_officer'],
    twoFactorOnly: false,
  });
  for (const lead of leads) {
    if (lead.id === user.id) continue;
    await notifyOnce(tx, {
      userId: lead.id,
      username: lead.username,
      missionId: row.mission_id,
      recordType: 'role_grant',
      recordId: row.id,
      kind: 'accounts.role-granted',
      params: {
        username: user.username,
        role: row.role,
        requestedBy: requester?.username ?? row.requested_by,
        approvedBy: tx.actor.username,
      },
      subject: `${user.username} now holds the role ${row.role}`,
      body: `${user.username} was given the role ${row.role}, asked for by ${requester?.username ?? row.requested_by} and approved by ${tx.actor.username}. The role reaches victims', complainants' or patients' records.`,
    });
  }
}
