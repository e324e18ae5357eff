/**
 * Sanctions that change what a unit is (issue 16; ¶98, ¶120, ¶127). A repatriation is ordered by
 * a decision taken elsewhere — conduct's pattern or non-response decision (C3), an order refusal
 * left without remedy (K8) — or by headquarters deciding on a K4 flag: a contributor that is not
 * accepted or is suspended has each of its deployed units flagged for a decision. An order names the
 * day the unit is to have left; when headquarters records that it has left, the unit is no longer
 * deployed — out of the mission's deployed strength and free of the mission — and the repatriation
 * stays on the unit's and the contributor's record. Reads over the missions in view
 * (capabilities:read); decisions and completions at headquarters (capabilities:write); audited.
 */
import { addDays, dayOf } from '../../core/days.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertHappened } from '../../core/happened.js';
import { assertCan, assertPermission } from '../../core/policy.js';
import { assertHeadquarters } from '../../core/settings.js';
import { fromTimestamp, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { acronymOf, missionNames } from '../missions/mission.service.js';
import { findPledgeRow } from './pledge.repository.js';
import {
  endDeployment,
  insertRepatriation,
  repatriationRow,
  repatriationsOfDeployment,
  selectRepatriationRows,
  updateRepatriationRow,
  type RepatriationRow,
} from './repatriation.repository.js';
import {
  defaultLeaveDays,
  paragraphOf,
  type CompleteRepatriationInput,
  type DecideFlagInput,
  type RepatriationBasis,
  type UnitRepatriation,
} from './repatriation.schema.js';

export const recordType = 'unit_repatriation';

function toRepatriation(r: RepatriationRow, mission: string, today: string): UnitRepatriation {
  return {
    id: r.id,
    unitId: r.pledge_id,
    capability: r.capability,
    contributor: r.contributor,
    contributorName: r.contributor_name,
    missionId: r.mission_id,
    mission,
    deployedOn: r.deployed_on,
    basis: r.basis as RepatriationBasis,
    paragraph: r.paragraph,
    explanation: r.explanation,
    status: r.status as UnitRepatriation['status'],
    decidedOn: r.decided_on,
    decidedBy: r.decided_by,
    reason: r.reason,
    leaveBy: r.leave_by,
    overdue: r.status === 'ordered' && r.leave_by !== null && today > r.leave_by,
    completedOn: r.completed_on,
    createdAt: fromTimestamp(r.created_at).toISOString(),
    version: r.version,
  };
}

/** Repatriations as the API shows them, each labelled with its mission's acronym. */
async function present(
  ctx: RequestContext,
  rows: readonly RepatriationRow[],
  today: string,
): Promise<UnitRepatriation[]> {
  const names = await missionNames(
    ctx,
    rows.map((r) => r.mission_id),
  );
  return rows.map((r) => toRepatriation(r, acronymOf(names, r.mission_id), today));
}

const presentOne = async (ctx: RequestContext, id: string, today: string) =>
  (await present(ctx, [(await repatriationRow(ctx.db, id))!], today))[0]!;

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** A contributor as a case names it (ISO3 or the country's name) is this unit's contributor. */
export function isContributor(
  named: string,
  unit: { contributor: string; contributorName: string },
): boolean {
  const n = named.trim().toUpperCase();
  return n === unit.contributor || n === unit.contributorName.toUpperCase();
}

export interface OrderRepatriation {
  unitId: string;
  missionId: string;
  /** The contributor the deciding record names; the unit must be that contributor's. */
  contributor: string | null;
  basis: RepatriationBasis;
  sourceType: 'conduct_measure' | 'order_refusal';
  sourceId: string;
  explanation: string;
  decidedOn: string;
  reason: string;
  leaveBy?: string | undefined;
  /** A unit that has left the mission already needs no order: null rather than an error. */
  onlyIfDeployed?: boolean;
}

/**
 * Starts the unit's repatriation, in the deciding module's transaction. One order per deployment:
 * a second decision against a unit already ordered home returns the order in force.
 * @throws validation_failed (unitId: not a unit of that contributor deployed in that mission;
 *   leaveBy before the decision)
 */
export async function orderRepatriation(
  tx: RequestContext,
  input: OrderRepatriation,
): Promise<UnitRepatriation | null> {
  const pledge = await findPledgeRow(tx.db, input.unitId);
  if (!pledge || pledge.deployed_mission_id !== input.missionId || !pledge.deployed_on) {
    if (input.onlyIfDeployed && pledge) return null;
    throw invalid('unitId', 'not a unit deployed in this mission');
  }
  if (
    input.contributor !== null &&
    !isContributor(input.contributor, {
      contributor: pledge.contributor,
      contributorName: pledge.contributor_name,
    })
  )
    throw invalid('unitId', `not a unit of ${input.contributor}`);
  const leaveBy = input.leaveBy ?? addDays(input.decidedOn, defaultLeaveDays);
  if (leaveBy < input.decidedOn)
    throw invalid('leaveBy', `before the decision (${input.decidedOn})`);
  const today = dayOf(tx.clock.now());
  const existing = (
    await repatriationsOfDeployment(tx.db, { pledgeId: pledge.id, deployedOn: pledge.deployed_on })
  ).find((r) => r.status === 'ordered');
  if (existing) return presentOne(tx, existing.id, today);
  const id = tx.ids.newId();
  await insertRepatriation(tx.db, {
    id,
    pledge_id: pledge.id,
    mission_id: input.missionId,
    contributor: pledge.contributor,
    deployed_on: pledge.deployed_on,
    basis: input.basis,
    paragraph: paragraphOf[input.basis],
    source_type: input.sourceType,
    source_id: input.sourceId,
    explanation: input.explanation,
    status: 'ordered',
    decided_on: input.decidedOn,
    decided_by: tx.actor.username,
    reason: input.reason,
    leave_by: leaveBy,
    completed_on: null,
    completed_by: null,
    created_at: toTimestamp(tx.clock.now()),
    version: 1,
  });
  await audit(tx, {
    action: 'capabilities.repatriation.order',
    recordType,
    recordId: id,
    missionId: input.missionId,
    change: { unitId: pledge.id, basis: input.basis, source: input.sourceId, leaveBy },
  });
  return presentOne(tx, id, today);
}

async function reachable(tx: RequestContext, id: string): Promise<RepatriationRow> {
  assertPermission(tx.actor, 'capabilities:write');
  const row = await repatriationRow(tx.db, id);
  assertCan(tx.actor, 'capabilities:write', {
    kind: 'UnitRepatriation',
    record: row ? { id, missionId: row.mission_id, compartmentIds: [] } : undefined,
  });
  return row!;
}

/**
 * Headquarters decides on a K4 flag: repatriate (an order, leaving by `leaveBy` or in 90 days) or
 * retain, saying why. @throws forbidden, not_found, conflict, invalid_state, validation_failed
 */
export async function decideUnitFlag(
  ctx: RequestContext,
  id: string,
  input: DecideFlagInput,
): Promise<UnitRepatriation> {
  assertHeadquarters(ctx.actor, 'the decision on a deployed unit (¶127)');
  assertHappened(ctx.clock.now(), { decidedOn: input.decidedOn });
  return inTransaction(ctx, async (tx) => {
    const row = await reachable(tx, id);
    if (row.status !== 'decision_required')
      throw new DomainError(
        'invalid_state',
        `This unit's flag is ${row.status.replace('_', ' ')}, not waiting for a decision`,
      );
    if (input.decidedOn < row.deployed_on)
      throw invalid('decidedOn', `before the unit deployed (${row.deployed_on})`);
    const ordered = (
      await repatriationsOfDeployment(tx.db, {
        pledgeId: row.pledge_id,
        deployedOn: row.deployed_on,
      })
    ).find((r) => r.status === 'ordered' || r.status === 'completed');
    if (input.decision === 'repatriate' && ordered)
      throw new DomainError(
        'invalid_state',
        `The unit's repatriation was ordered on ${ordered.decided_on} already`,
      );
    const leaveBy =
      input.decision === 'repatriate'
        ? (input.leaveBy ?? addDays(input.decidedOn, defaultLeaveDays))
        : null;
    if (leaveBy !== null && leaveBy < input.decidedOn)
      throw invalid('leaveBy', `before the decision (${input.decidedOn})`);
    const moved = await updateRepatriationRow(tx.db, id, {
      status: input.decision === 'repatriate' ? 'ordered' : 'retained',
      decided_on: input.decidedOn,
      decided_by: tx.actor.username,
      reason: input.reason,
      leave_by: leaveBy,
      expectedVersion: input.version,
    });
    if (!moved) throw staleVersion('UnitRepatriation', input.version);
    await audit(tx, {
      action: `capabilities.repatriation.${input.decision}`,
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: input,
    });
    return presentOne(tx, id, dayOf(tx.clock.now()));
  });
}

/**
 * The unit has left: it is no longer deployed. Headquarters only; the day must have happened and
 * follow the decision. @throws forbidden, not_found, conflict, invalid_state, validation_failed
 */
export async function completeRepatriation(
  ctx: RequestContext,
  id: string,
  input: CompleteRepatriationInput,
): Promise<UnitRepatriation> {
  assertHeadquarters(ctx.actor, 'that a unit has left its mission');
  assertHappened(ctx.clock.now(), { completedOn: input.completedOn });
  return inTransaction(ctx, async (tx) => {
    const row = await reachable(tx, id);
    if (row.status !== 'ordered')
      throw new DomainError(
        'invalid_state',
        `Only an ordered repatriation can be completed; this one is ${row.status.replace('_', ' ')}`,
      );
    if (input.completedOn < row.decided_on!)
      throw invalid('completedOn', `before the decision (${row.decided_on})`);
    const moved = await updateRepatriationRow(tx.db, id, {
      status: 'completed',
      completed_on: input.completedOn,
      completed_by: tx.actor.username,
      expectedVersion: input.version,
    });
    if (!moved) throw staleVersion('UnitRepatriation', input.version);
    if (
      !(await endDeployment(tx.db, {
        pledgeId: row.pledge_id,
        deployedOn: row.deployed_on,
        updatedAt: toTimestamp(tx.clock.now()),
      }))
    )
      throw new DomainError(
        'invalid_state',
        'The unit is no longer on the deployment this order was for',
      );
    await audit(tx, {
      action: 'capabilities.repatriation.complete',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: input,
    });
    return presentOne(tx, id, dayOf(tx.clock.now()));
  });
}

/** Repatriations and flags over the missions in view, newest first. @throws forbidden */
export async function listRepatriations(
  ctx: RequestContext,
  query: {
    status?: string | undefined;
    unitId?: string | undefined;
    contributor?: string | undefined;
  },
): Promise<UnitRepatriation[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  const today = dayOf(ctx.clock.now());
  const rows = await selectRepatriationRows(ctx.db, ctx.actor, {
    ...(query.status ? { status: query.status } : {}),
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.contributor ? { contributors: [query.contributor.toUpperCase()] } : {}),
  });
  return present(ctx, rows, today);
}
