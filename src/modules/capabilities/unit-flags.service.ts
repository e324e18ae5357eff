/**
 * K4 (¶127) carried to units already deployed (issue 16): a contributor that is not accepted or
 * is suspended has each of its deployed units flagged for headquarters to repatriate or retain
 * (repatriation.service.ts). Run after every change to a contributor's record or to the rule, and
 * by the server's sweep, as a new year moves the rule's window.
 */
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { systemActor } from '../../core/system-actor.js';
import { audit } from '../audit/audit.service.js';
import { eligibilityOfContributors } from './eligibility-standing.service.js';
import { deployedPledgeRows } from './pledge.repository.js';
import { insertRepatriation, repatriationsOfDeployment } from './repatriation.repository.js';
import { paragraphOf } from './repatriation.schema.js';
import { recordType } from './repatriation.service.js';

/**
 * K4 (¶127) carried to units already deployed: each deployed unit of a contributor that is not
 * accepted or is suspended is flagged for a decision — once per deployment and standing (a
 * retained unit is flagged again only if the standing changes). Run after every change to the
 * record or the rule, and by the sweep (a new year changes the window). @returns flags raised
 */
export async function flagUnitsOfIneligibleContributors(tx: RequestContext): Promise<number> {
  const deployed = await deployedPledgeRows(tx.db, 'all');
  if (deployed.length === 0) return 0;
  const standing = await eligibilityOfContributors(
    tx,
    deployed.map((p) => p.contributor),
  );
  let raised = 0;
  for (const unit of deployed) {
    const s = standing.get(unit.contributor);
    if (!s || s.status === 'eligible') continue;
    const rows = await repatriationsOfDeployment(tx.db, {
      pledgeId: unit.id,
      deployedOn: unit.deployed_on!,
    });
    const sourceId = `${unit.contributor}:${s.status}`;
    if (
      rows.some(
        (r) => r.status === 'ordered' || (r.basis === 'eligibility' && r.source_id === sourceId),
      )
    )
      continue;
    const id = tx.ids.newId();
    await insertRepatriation(tx.db, {
      id,
      pledge_id: unit.id,
      mission_id: unit.deployed_mission_id!,
      contributor: unit.contributor,
      deployed_on: unit.deployed_on!,
      basis: 'eligibility',
      paragraph: paragraphOf.eligibility,
      source_type: 'contributor_standing',
      source_id: sourceId,
      explanation: `${unit.contributor_name} is ${s.status === 'suspended' ? 'suspended' : 'not accepted'}: ${s.reasons.map((r) => r.text).join('; ')}`,
      status: 'decision_required',
      decided_on: null,
      decided_by: null,
      reason: null,
      leave_by: null,
      completed_on: null,
      completed_by: null,
      created_at: toTimestamp(tx.clock.now()),
      version: 1,
    });
    await audit(tx, {
      action: 'capabilities.repatriation.flag',
      recordType,
      recordId: id,
      missionId: unit.deployed_mission_id!,
      change: { unitId: unit.id, standing: s.status },
    });
    raised += 1;
  }
  return raised;
}

/** The sweep's part: K4 flags as of today, run as the system. @returns flags raised */
export function sweepUnitFlags(app: AppContext): Promise<number> {
  const ctx: RequestContext = {
    ...app,
    actor: systemActor('peaceops-sweep', 'system', ['capabilities:read', 'capabilities:write']),
    requestId: 'sweep',
  };
  return inTransaction(ctx, flagUnitsOfIneligibleContributors);
}
