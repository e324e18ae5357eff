/**
 * F2: a role that reaches tier-1 data, given by an administrator, is asked for here and waits for
 * a second administrator (role-grant.service.ts decides). The administrators who could approve it
 * are notified; nothing is granted until one does. Called inside the user's write transaction.
 */
import { toTimestamp } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { notifyOnce } from '../notifications/notification.service.js';
import { decideGrant, insertGrant } from './role-grant.repository.js';
import { sameMembership } from './user-admin.rules.js';
import { selectUsersWithRoles } from './user.repository.js';
import type { Membership, User } from './user.schema.js';

const placeOf = (m: Membership) => (m.missionId === null ? 'headquarters' : 'the mission');

/** Asks for each role not already awaited, and tells the administrators who may approve it. */
export async function requestGrants(
  tx: RequestContext,
  user: User,
  memberships: readonly Membership[],
): Promise<void> {
  const at = toTimestamp(tx.clock.now());
  for (const m of memberships) {
    if (user.pendingRoles.some((p) => sameMembership(p, m))) continue;
    const id = tx.ids.newId();
    await insertGrant(tx.db, {
      id,
      userId: user.id,
      membership: m,
      requestedBy: tx.actor.userId,
      at,
    });
    await audit(tx, {
      action: 'accounts.role-grant.request',
      recordType: 'role_grant',
      recordId: id,
      missionId: m.missionId,
      change: { userId: user.id, missionId: m.missionId, role: m.role },
    });
    const approvers = await selectUsersWithRoles(tx.db, {
      missionId: m.missionId,
      roles: ['administrator'],
      twoFactorOnly: false,
    });
    for (const approver of approvers) {
      if (approver.id === tx.actor.userId || approver.id === user.id) continue;
      await notifyOnce(tx, {
        userId: approver.id,
        username: approver.username,
        missionId: m.missionId,
        recordType: 'role_grant',
        recordId: id,
        kind: 'accounts.role-grant-requested',
        params: { username: user.username, role: m.role, requestedBy: tx.actor.username },
        subject: `A role for ${user.username} awaits your approval`,
        body: `${tx.actor.username} asks that ${user.username} be given the role ${m.role} in ${placeOf(m)}. A role that reaches victims', complainants' or patients' records is granted only when a second administrator approves it: see Users in peaceops.`,
      });
    }
  }
}

/** Awaited roles the administrator no longer asks for are withdrawn. */
export async function withdrawGrantsNotIn(
  tx: RequestContext,
  user: User,
  wanted: readonly Membership[],
): Promise<void> {
  const at = toTimestamp(tx.clock.now());
  for (const pending of user.pendingRoles) {
    if (wanted.some((m) => sameMembership(m, pending))) continue;
    if (
      !(await decideGrant(tx.db, {
        id: pending.grantId,
        status: 'withdrawn',
        by: tx.actor.userId,
        at,
      }))
    )
      continue;
    await audit(tx, {
      action: 'accounts.role-grant.withdraw',
      recordType: 'role_grant',
      recordId: pending.grantId,
      missionId: pending.missionId,
    });
  }
}
