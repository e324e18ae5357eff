/**
 * Compartments: need-to-know groups that label records. Invariants: a compartment is visible
 * only to its members (no role bypasses it, S10); only a member with compartments:write adds or
 * removes members; a sensitive compartment admits only users with two-factor sign-in enabled;
 * a record is labelled only with compartments of its own mission that the labeller holds.
 */
import { DomainError, validationFailed } from '../../core/errors.js';
import { assertCan, assertPermission, missionForWrite, type Actor } from '../../core/policy.js';
import { fromBool, fromTimestamp, toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { userFacts } from '../accounts/user.service.js';
import { audit } from '../audit/audit.service.js';
import {
  selectRecordHolderIds,
  deleteMember,
  findCompartmentRows,
  type CompartmentRow,
  insertCompartment,
  insertLabels,
  insertMember,
  isSensitiveMember,
  memberCompartmentIds,
  selectLabels,
  memberIdsOf,
} from './compartment.repository.js';
import type { Compartment, CreateCompartmentInput } from './compartment.schema.js';

export async function heldCompartmentIds(
  ctx: AppContext,
  userId: string,
  missionIds: Actor['missionIds'],
): Promise<string[]> {
  return memberCompartmentIds(ctx.db, userId, missionIds);
}

export async function holdsSensitiveCompartment(ctx: AppContext, userId: string): Promise<boolean> {
  return isSensitiveMember(ctx.db, userId);
}

async function load(
  ctx: RequestContext,
  id: string,
): Promise<(Compartment & { compartmentIds: string[] }) | undefined> {
  const [compartment] = await withMembers(ctx, await findCompartmentRows(ctx.db, [id]));
  return compartment && { ...compartment, compartmentIds: [compartment.id] };
}

const plain = ({
  compartmentIds: _c,
  ...c
}: Compartment & { compartmentIds: string[] }): Compartment => c;

/** The compartments the caller holds, in the missions in view. @throws forbidden */
export async function listCompartments(ctx: RequestContext): Promise<Compartment[]> {
  assertPermission(ctx.actor, 'compartments:read');
  return withMembers(ctx, await findCompartmentRows(ctx.db, [...ctx.actor.compartmentIds]));
}

/** @throws forbidden, not_found (also for compartments the caller does not hold) */
export async function getCompartment(ctx: RequestContext, id: string): Promise<Compartment> {
  const compartment = assertCan(ctx.actor, 'compartments:read', {
    kind: 'Compartment',
    record: await load(ctx, id),
  });
  await auditReadIfSensitive(ctx, {
    recordType: 'compartment',
    recordId: id,
    missionId: compartment.missionId,
    compartmentIds: [id],
  });
  return plain(compartment);
}

/**
 * S6: a read of a record labelled with a sensitive compartment leaves an audit entry. Modules call
 * this after `assertCan` on every by-id read; reads of ordinary records are not logged.
 * @throws whatever the audit write throws: no entry, no data (S9)
 */
export async function auditReadIfSensitive(
  ctx: RequestContext,
  record: {
    recordType: string;
    recordId: string;
    missionId: string;
    compartmentIds: readonly string[];
  },
): Promise<void> {
  if (record.compartmentIds.length === 0) return;
  const sensitive = await ctx.db
    .selectFrom('compartments')
    .select('id')
    .where('id', 'in', record.compartmentIds)
    .where('sensitive', '=', toBool(true))
    .executeTakeFirst();
  if (!sensitive) return;
  await audit(ctx, {
    action: `${record.recordType}.read`,
    recordType: record.recordType,
    recordId: record.recordId,
    missionId: record.missionId,
  });
}

/** Creates a compartment with the caller as its first member. @throws forbidden, conflict */
export async function createCompartment(
  ctx: RequestContext,
  input: CreateCompartmentInput,
): Promise<Compartment> {
  assertPermission(ctx.actor, 'compartments:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  return inTransaction(ctx, async (tx) => {
    const taken = await tx.db
      .selectFrom('compartments')
      .select('id')
      .where('mission_id', '=', missionId)
      .where('name', '=', input.name)
      .executeTakeFirst();
    if (taken)
      throw new DomainError('conflict', `Compartment ${input.name} exists in this mission`, [
        { path: 'name', message: 'taken' },
      ]);
    const now = toTimestamp(tx.clock.now());
    const id = tx.ids.newId();
    await insertCompartment(tx.db, {
      id,
      missionId,
      name: input.name,
      description: input.description,
      sensitive: input.sensitive,
      createdAt: now,
      createdBy: tx.actor.userId,
      version: 1,
    });
    await insertMember(tx.db, {
      compartmentId: id,
      userId: tx.actor.userId,
      missionId,
      at: now,
      by: tx.actor.userId,
    });
    await audit(tx, {
      action: 'compartments.compartment.create',
      recordType: 'compartment',
      recordId: id,
      missionId,
      change: { name: input.name, sensitive: input.sensitive },
    });
    return plain((await load(tx, id))!);
  });
}

/** @throws forbidden, not_found, invalid_state (two-factor missing for a sensitive compartment), conflict */
export async function addCompartmentMember(
  ctx: RequestContext,
  id: string,
  userId: string,
): Promise<Compartment> {
  return inTransaction(ctx, async (tx) => {
    const compartment = assertCan(tx.actor, 'compartments:write', {
      kind: 'Compartment',
      record: await load(tx, id),
    });
    const user = (await userFacts(tx, [userId])).get(userId);
    const inMission = user?.missionIds.some((m) => m === null || m === compartment.missionId);
    if (!user || !inMission || !user.active) {
      throw validationFailed('userId', 'no active user in this mission');
    }
    if (compartment.sensitive && !user.twoFactor) {
      throw new DomainError(
        'invalid_state',
        'A sensitive compartment admits only users with two-factor sign-in enabled',
        [{ path: 'userId', message: 'two-factor sign-in not enabled' }],
      );
    }
    if (compartment.members.some((m) => m.userId === userId))
      throw new DomainError('conflict', 'Already a member', [
        { path: 'userId', message: 'already a member' },
      ]);
    await insertMember(tx.db, {
      compartmentId: id,
      userId,
      missionId: compartment.missionId,
      at: toTimestamp(tx.clock.now()),
      by: tx.actor.userId,
    });
    await audit(tx, {
      action: 'compartments.member.add',
      recordType: 'compartment',
      recordId: id,
      missionId: compartment.missionId,
      change: { userId },
    });
    return plain((await load(tx, id))!);
  });
}

/** @throws forbidden, not_found */
export async function removeCompartmentMember(
  ctx: RequestContext,
  id: string,
  userId: string,
): Promise<Compartment> {
  return inTransaction(ctx, async (tx) => {
    const compartment = assertCan(tx.actor, 'compartments:write', {
      kind: 'Compartment',
      record: await load(tx, id),
    });
    if (!(await deleteMember(tx.db, id, userId)))
      throw new DomainError('not_found', 'Member not found');
    await audit(tx, {
      action: 'compartments.member.remove',
      recordType: 'compartment',
      recordId: id,
      missionId: compartment.missionId,
      change: { userId },
    });
    return plain((await load(tx, id))!);
  });
}

/**
 * Labels a new record of another module with compartments (call in that module's transaction).
 * @throws validation_failed when a compartment is not one the caller holds in the record's mission
 */
export async function labelRecord(
  ctx: RequestContext,
  label: {
    recordType: string;
    recordId: string;
    missionId: string;
    compartmentIds: readonly string[];
  },
): Promise<void> {
  const rows = await findCompartmentRows(ctx.db, label.compartmentIds);
  for (const [index, compartmentId] of label.compartmentIds.entries()) {
    const row = rows.find((r) => r.id === compartmentId);
    if (
      !row ||
      row.mission_id !== label.missionId ||
      !ctx.actor.compartmentIds.has(compartmentId)
    ) {
      throw validationFailed(
        `compartmentIds.${index}`,
        'not a compartment you hold in this mission',
      );
    }
  }
  await insertLabels(ctx.db, label);
}

/** Ids of every sensitive compartment: exports and statistics leave their records out. */
export async function sensitiveCompartmentIds(ctx: AppContext): Promise<Set<string>> {
  const rows = await ctx.db
    .selectFrom('compartments')
    .select('id')
    .where('sensitive', '=', toBool(true))
    .execute();
  return new Set(rows.map((r) => r.id));
}

/** Compartment labels of records of one type, for building ScopedRecords. */
export function labelsOf(
  ctx: AppContext,
  recordType: string,
  recordIds: readonly string[],
): Promise<Map<string, string[]>> {
  return selectLabels(ctx.db, recordType, recordIds);
}

/** Who holds every compartment of a record: the people a notification about it may go to. */
export async function recordHolders(
  ctx: AppContext,
  recordType: string,
  recordId: string,
): Promise<{ userId: string; username: string }[]> {
  const users = await userFacts(ctx, await selectRecordHolderIds(ctx.db, recordType, recordId));
  return [...users.values()]
    .filter((u) => u.active)
    .map((u) => ({ userId: u.id, username: u.username }))
    .sort((a, b) => a.username.localeCompare(b.username));
}

/** Compartments as the API shows them: members named by accounts, by username. */
async function withMembers(ctx: AppContext, rows: CompartmentRow[]): Promise<Compartment[]> {
  if (rows.length === 0) return [];
  const members = await memberIdsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const users = await userFacts(
    ctx,
    members.map((m) => m.user_id),
  );
  return rows.map((row) => ({
    id: row.id,
    missionId: row.mission_id,
    name: row.name,
    description: row.description,
    sensitive: fromBool(row.sensitive),
    members: members
      .filter((m) => m.compartment_id === row.id)
      .flatMap((m) => {
        const u = users.get(m.user_id);
        return u ? [{ userId: u.id, username: u.username, displayName: u.displayName }] : [];
      })
      .sort((a, b) => a.username.localeCompare(b.username)),
    createdAt: fromTimestamp(row.created_at).toISOString(),
    version: row.version,
  }));
}
