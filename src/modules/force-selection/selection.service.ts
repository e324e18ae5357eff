/**
 * K5: force selection for a statement of unit requirements — the pledges of its capability ranked
 * or excluded by selection.rules.ts, from their readiness (K1), caveats (K2), people (K3), the
 * contributor's standing (K4) and the units' records (K7, K8). Selecting a ranked unit records the
 * explanation as it stood and starts its deployment tracking (K9). Reading needs capabilities:read
 * with the requirement's mission in view; selecting, capabilities:write. Audited.
 */
import { dayOf } from '../../core/days.js';
import { DomainError } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import { toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { readinessOfUnits } from '../capabilities/personnel.service.js';
import type { Pledge, UnitRequirement } from '../capabilities/pledge.schema.js';
import { listPledges } from '../capabilities/pledge.service.js';
import { getRequirement } from '../capabilities/requirement.service.js';
import { contributorMeasures } from '../conduct/contributor-measures.service.js';
import { listMissions } from '../missions/mission.service.js';
import { unitRecords } from '../unit-performance/unit-record.service.js';
import { insertSelection, selectionOfRequirement, upsertStep } from './selection.repository.js';
import type { SelectInput, Shortlist } from './selection.schema.js';
import { selectForce, type Candidate, type SelectionRule } from './selection.rules.js';
import { getTracking, unitSummary } from './tracking.service.js';
import type { Tracking } from './selection.schema.js';

/** Days to deploy from the latest passed verification, while the unit holds the rapid level. */
function rapidDays(p: Pledge): number | null {
  if (p.level !== 'rdl') return null;
  const verified = p.history
    .map((e) => e.evidence as { kind?: string; passed?: boolean; daysToDeploy?: number } | null)
    .filter((e) => e?.kind === 'rdl_verification' && e.passed);
  return verified.at(-1)?.daysToDeploy ?? null;
}

async function candidatesFor(ctx: RequestContext, req: UnitRequirement) {
  const pledges = await listPledges(ctx, { capability: req.capability });
  const [records, people, missions, measures] = await Promise.all([
    unitRecords(ctx, pledges),
    readinessOfUnits(
      ctx,
      pledges.map((p) => p.id),
    ),
    listMissions(ctx),
    contributorMeasures(ctx, [...new Set(pledges.map((p) => p.contributor))]),
  ]);
  const standing = (m: { status: string }) =>
    m.status === 'in_force' || m.status === 'pending_decision';
  const acronym = new Map(missions.map((m) => [m.id, m.acronym]));
  const candidates = pledges.map((p): Candidate => ({
    ...p,
    rapidDays: rapidDays(p),
    deployment: p.deployment && {
      missionId: acronym.get(p.deployment.missionId) ?? 'another mission',
      deployedOn: p.deployment.deployedOn,
    },
    personnel: people.get(p.id)!,
    conductMeasures: (measures.get(p.contributor) ?? []).filter(standing),
    ...records.get(p.id)!,
  }));
  return { pledges, candidates };
}

async function buildShortlist(
  ctx: RequestContext,
  requirementId: string,
  rule: SelectionRule,
): Promise<Shortlist> {
  const requirement = await getRequirement(ctx, requirementId);
  const { pledges, candidates } = await candidatesFor(ctx, requirement);
  const today = dayOf(ctx.clock.now());
  const result = selectForce(requirement, candidates, { today, rule });
  const unit = new Map(pledges.map((p) => [p.id, unitSummary(p)]));
  const chosen = await selectionOfRequirement(ctx.db, requirementId);
  return {
    requirement,
    rule,
    asOf: today,
    ranked: result.ranked.map(({ id, ...r }) => ({ ...r, unit: unit.get(id)! })),
    excluded: result.excluded.map(({ id, rules }) => ({ unit: unit.get(id)!, rules })),
    selection: chosen
      ? {
          id: chosen.id,
          unitId: chosen.pledge_id,
          selectedOn: chosen.selected_on,
          selectedBy: chosen.selected_by,
        }
      : null,
  };
}

/** The ranked, explained shortlist and every excluded pledge with its rules. @throws forbidden, not_found */
export async function shortlist(
  ctx: RequestContext,
  requirementId: string,
  rule: SelectionRule,
): Promise<Shortlist> {
  assertPermission(ctx.actor, 'capabilities:read');
  return buildShortlist(ctx, requirementId, rule);
}

/**
 * Selects a ranked unit for the requirement and starts its deployment tracking: the first step,
 * the selection itself, runs from the requirement to today.
 * @throws forbidden, not_found, invalid_state (selected already; the unit excluded, with its rules)
 */
export async function selectUnit(
  ctx: RequestContext,
  requirementId: string,
  input: SelectInput,
): Promise<Tracking> {
  assertPermission(ctx.actor, 'capabilities:write');
  return inTransaction(ctx, async (tx) => {
    const list = await buildShortlist(tx, requirementId, { minimumLevel: input.minimumLevel });
    if (list.selection)
      throw new DomainError(
        'invalid_state',
        `a unit was selected for ${list.requirement.reference} on ${list.selection.selectedOn} already`,
      );
    const excluded = list.excluded.find((e) => e.unit.id === input.unitId);
    if (excluded)
      throw new DomainError(
        'invalid_state',
        `${excluded.unit.contributorName}'s unit is excluded: ${excluded.rules.map((r) => r.text).join('; ')}`,
        excluded.rules.map((r) => ({ path: `rules.${r.rule}`, message: r.text })),
      );
    if (!list.ranked.some((r) => r.unit.id === input.unitId))
      throw new DomainError(
        'validation_failed',
        'unitId: not a pledge of the requirement’s capability',
        [{ path: 'unitId', message: 'not on the shortlist' }],
      );
    const id = tx.ids.newId();
    const now = tx.clock.now();
    await insertSelection(tx.db, {
      id,
      requirement_id: requirementId,
      pledge_id: input.unitId,
      mission_id: list.requirement.missionId,
      selected_on: dayOf(now),
      selected_by: tx.actor.username,
      explanation: toJson(list),
      created_at: toTimestamp(now),
      version: 1,
    });
    await upsertStep(tx.db, {
      selection_id: id,
      step: 'selection',
      started_on: list.requirement.createdOn,
      completed_on: dayOf(now),
      note: `ranked ${list.ranked.find((r) => r.unit.id === input.unitId)!.rank} of ${list.ranked.length}; ${list.excluded.length} excluded`,
      recorded_by: tx.actor.username,
      recorded_at: toTimestamp(now),
    });
    await audit(tx, {
      action: 'capabilities.unit.select',
      recordType: 'force_selection',
      recordId: id,
      missionId: list.requirement.missionId,
      change: input,
    });
    return getTracking(tx, id);
  });
}
