/**
 * K6 (¶62): a memorandum of understanding between a contributor and the organisation records the
 * unit it covers (a pledge) and carries the mission's statement of unit requirements for it — of
 * the same capability; one MOU per unit. Read within the missions in view; audited.
 */
import { assertHappened } from '../../core/happened.js';
import { DomainError } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { insertMou, mouOfPledge, mouRows } from './mou.repository.js';
import type { CreateMouInput, Mou } from './mou.schema.js';
import { loadPledge } from './pledge.service.js';
import { getRequirement, listRequirements } from './requirement.service.js';

/** @throws forbidden, not_found, validation_failed (another capability), conflict (the unit has one) */
export async function createMou(ctx: RequestContext, input: CreateMouInput): Promise<Mou> {
  assertPermission(ctx.actor, 'capabilities:write');
  assertHappened(ctx.clock.now(), { signedOn: input.signedOn });
  return inTransaction(ctx, async (tx) => {
    const pledge = await loadPledge(tx, input.pledgeId);
    const requirement = await getRequirement(tx, input.requirementId);
    if (requirement.capability !== pledge.capability)
      throw new DomainError(
        'validation_failed',
        `requirementId: the statement is for ${requirement.capability}, the unit is ${pledge.capability}`,
        [
          {
            path: 'requirementId',
            message: 'a statement of unit requirements of the unit’s capability',
          },
        ],
      );
    const existing = await mouOfPledge(tx.db, pledge.id);
    if (existing)
      throw new DomainError(
        'conflict',
        `the unit is covered by MOU ${existing.reference} already`,
        [{ path: 'pledgeId', message: 'already covered by an MOU' }],
      );
    const id = tx.ids.newId();
    await insertMou(tx.db, {
      id,
      reference: input.reference,
      contributor: pledge.contributor,
      pledge_id: pledge.id,
      requirement_id: requirement.id,
      mission_id: requirement.missionId,
      signed_on: input.signedOn,
      created_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'capabilities.mou.create',
      recordType: 'mou',
      recordId: id,
      missionId: requirement.missionId,
      change: input,
    });
    return {
      id,
      reference: input.reference,
      contributor: pledge.contributor,
      pledgeId: pledge.id,
      signedOn: input.signedOn,
      requirement,
    };
  });
}

/** MOUs of the missions in view, newest first. @throws forbidden */
export async function listMous(ctx: RequestContext): Promise<Mou[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  const rows = await mouRows(ctx.db, ctx.actor);
  // One read of the statements in view: an MOU's statement is of its own mission.
  const requirements = new Map((await listRequirements(ctx)).map((r) => [r.id, r]));
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    contributor: r.contributor,
    pledgeId: r.pledge_id,
    signedOn: r.signed_on,
    requirement: requirements.get(r.requirement_id)!,
  }));
}
