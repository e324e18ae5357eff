/**
 * K2 (¶98): national caveats declared during negotiation, and the unit's deployment, from which
 * they are frozen. A caveat offered after deployment is refused (invalid_state) and — in its own
 * transaction, so the refusal cannot undo it — recorded as an incident of the unit and audited as
 * denied. Deploying needs the contributor to be accepted (K4, ¶127) and, from 2016, every person of
 * the unit certified and screened (K3, ¶100, ¶126).
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertPermission, missionForWrite } from '../../core/policy.js';
import { toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { assertCaveatsOpen } from './caveat.rules.js';
import { latestDay } from '../../core/happened.js';
import { assertUnitMayDeploy } from './certification.rules.js';
import { personnelOf } from './personnel.service.js';
import { insertCaveat, insertUnitIncident, setDeployment } from './caveat.repository.js';
import type { CaveatInput, DeployInput, Pledge } from './pledge.schema.js';
import { loadPledge } from './pledge.service.js';

const recordType = 'pledge';

/** Something that happened to a unit, on its record: within the caller's transaction. */
export async function recordUnitIncident(
  tx: RequestContext,
  unitId: string,
  incident: { kind: 'caveat_after_deployment' | 'refusal_to_follow_orders'; detail: unknown },
): Promise<void> {
  await insertUnitIncident(tx.db, {
    id: tx.ids.newId(),
    pledge_id: unitId,
    kind: incident.kind,
    at: toTimestamp(tx.clock.now()),
    by: tx.actor.username,
    detail: toJson(incident.detail),
  });
}

/** @throws forbidden, not_found, invalid_state (deployed: frozen; the attempt is recorded) */
export async function declareCaveat(
  ctx: RequestContext,
  pledgeId: string,
  input: CaveatInput,
): Promise<Pledge> {
  assertPermission(ctx.actor, 'capabilities:write');
  const current = await loadPledge(ctx, pledgeId);
  try {
    assertCaveatsOpen({ deployedOn: current.deployment?.deployedOn ?? null });
  } catch (refusal) {
    await inTransaction(ctx, async (tx) => {
      await recordUnitIncident(tx, pledgeId, {
        kind: 'caveat_after_deployment',
        detail: { caveat: input, deployedOn: current.deployment?.deployedOn },
      });
      await audit(tx, {
        action: 'capabilities.caveat.declare',
        outcome: 'denied',
        recordType,
        recordId: pledgeId,
        change: input,
      });
    });
    throw refusal;
  }
  return inTransaction(ctx, async (tx) => {
    await insertCaveat(tx.db, {
      id: tx.ids.newId(),
      pledge_id: pledgeId,
      ...input,
      declared_at: toTimestamp(tx.clock.now()),
      declared_by: tx.actor.username,
    });
    await audit(tx, {
      action: 'capabilities.caveat.declare',
      recordType,
      recordId: pledgeId,
      change: input,
    });
    return loadPledge(tx, pledgeId);
  });
}

/**
 * The unit deploys to a mission on a day: its caveats freeze.
 * @throws forbidden, not_found, conflict (stale version), invalid_state (deployed already, or the
 *   contributor not accepted or suspended under K4)
 */
export async function deployUnit(
  ctx: RequestContext,
  pledgeId: string,
  input: DeployInput,
): Promise<Pledge> {
  assertPermission(ctx.actor, 'capabilities:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  return inTransaction(ctx, async (tx) => {
    const current = await loadPledge(tx, pledgeId);
    if (current.version !== input.version) throw staleVersion('Pledge', input.version);
    if (current.deployment)
      throw new DomainError(
        'invalid_state',
        `the unit deployed on ${current.deployment.deployedOn} already`,
      );
    if (current.eligibility.status !== 'eligible')
      throw new DomainError(
        'invalid_state',
        `${current.contributorName} cannot deploy: ${current.eligibility.reasons.map((r) => r.text).join('; ')} (¶127)`,
      );
    assertUnitMayDeploy(
      { strength: current.strength, people: await personnelOf(tx, pledgeId) },
      input.deployedOn,
      latestDay(tx.clock.now()),
    );
    const done = await setDeployment(tx.db, pledgeId, {
      missionId,
      deployedOn: input.deployedOn,
      updatedAt: toTimestamp(tx.clock.now()),
      expectedVersion: input.version,
    });
    if (!done) throw staleVersion('Pledge', input.version);
    await audit(tx, {
      action: 'capabilities.pledge.deploy',
      recordType,
      recordId: pledgeId,
      missionId,
      change: input,
    });
    return loadPledge(tx, pledgeId);
  });
}
