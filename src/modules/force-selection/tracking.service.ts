/**
 * K9 (¶76): a selected unit's steps from selection to arrival, each owned by a division, with the
 * dates recorded and the days each took; completing the arrival step deploys the unit — where K2
 * freezes its caveats and K3 and K4 are checked once more. Across deployments, where the days go.
 * Reading needs capabilities:read with the mission in view; recording, capabilities:write. Audited.
 */
import { assertHappened, latestDay } from '../../core/happened.js';
import { daysBetween } from '../../core/days.js';
import { staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { deployUnit } from '../capabilities/caveat.service.js';
import { listPledges, loadPledge } from '../capabilities/pledge.service.js';
import type { Pledge, UnitRequirement } from '../capabilities/pledge.schema.js';
import { requirementsByIds } from '../capabilities/requirement.service.js';
import {
  arrivalStep,
  assertStepDates,
  deploymentSteps,
  ownerOf,
  whereTheDaysGo,
  type StepKey,
} from './deployment-steps.rules.js';
import {
  bumpSelection,
  findSelectionRow,
  selectionRows,
  stepRows,
  upsertStep,
  type SelectionRow,
} from './selection.repository.js';
import type { DeploymentTimes, StepInput, Tracking, UnitSummary } from './selection.schema.js';

type StepRow = Awaited<ReturnType<typeof stepRows>>[number];

/** What a shortlist or a tracking says of a unit. */
export const unitSummary = (p: Pledge): UnitSummary => ({
  id: p.id,
  contributor: p.contributor,
  contributorName: p.contributorName,
  capability: p.capability,
  strength: p.strength,
  women: p.women,
  level: p.level,
  availableFrom: p.availableFrom,
});

function toTracking(
  s: SelectionRow,
  of: { requirement: UnitRequirement; unit: Pledge },
  rows: StepRow[],
): Tracking {
  const { requirement, unit } = of;
  const byStep = new Map(rows.map((r) => [r.step, r]));
  const steps = deploymentSteps.map((d) => {
    const r = byStep.get(d.key);
    return {
      step: d.key,
      owner: ownerOf(d.key, unit.capability),
      label: d.label,
      startedOn: r?.started_on ?? null,
      completedOn: r?.completed_on ?? null,
      days: r?.completed_on ? daysBetween(r.started_on, r.completed_on) : null,
      note: r?.note ?? '',
      recordedBy: r?.recorded_by ?? null,
    };
  });
  const completed = steps.filter((x) => x.completedOn !== null);
  const last = completed
    .map((x) => x.completedOn!)
    .sort()
    .at(-1);
  const start = requirement.createdOn;
  return {
    id: s.id,
    requirement: {
      id: s.requirement_id,
      reference: requirement.reference,
      missionId: s.mission_id,
      deadline: requirement.deadline,
    },
    unit: unitSummary(unit),
    selectedOn: s.selected_on,
    selectedBy: s.selected_by,
    steps,
    completed: completed.length,
    daysSoFar: last ? daysBetween(start, last) : 0,
    arrivedOn: byStep.get(arrivalStep)?.completed_on ?? null,
    version: s.version,
  };
}

async function reachable(
  ctx: RequestContext,
  id: string,
  permission: 'capabilities:read' | 'capabilities:write',
) {
  const row = await findSelectionRow(ctx.db, id);
  assertCan(ctx.actor, permission, {
    kind: 'DeploymentTracking',
    record: row ? { id, missionId: row.mission_id, compartmentIds: [] } : undefined,
  });
  return row!;
}

/** @throws forbidden, not_found */
export async function getTracking(ctx: RequestContext, id: string): Promise<Tracking> {
  const row = await reachable(ctx, id, 'capabilities:read');
  const [unit, steps, requirements] = await Promise.all([
    loadPledge(ctx, row.pledge_id),
    stepRows(ctx.db, [id]),
    requirementsByIds(ctx, [row.requirement_id]),
  ]);
  return toTracking(row, { requirement: requirements.get(row.requirement_id)!, unit }, steps);
}

/** Every deployment being tracked in view, newest selection first. @throws forbidden */
export async function listTrackings(ctx: RequestContext): Promise<Tracking[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  const rows = await selectionRows(ctx.db, ctx.actor);
  const [units, steps, requirements] = await Promise.all([
    listPledges(ctx, {}),
    stepRows(
      ctx.db,
      rows.map((r) => r.id),
    ),
    requirementsByIds(
      ctx,
      rows.map((r) => r.requirement_id),
    ),
  ]);
  const unit = new Map(units.map((u) => [u.id, u]));
  return rows.map((r) =>
    toTracking(
      r,
      { requirement: requirements.get(r.requirement_id)!, unit: unit.get(r.pledge_id)! },
      steps.filter((s) => s.selection_id === r.id),
    ),
  );
}

/**
 * Records a step's dates. Completing the arrival step deploys the unit to the requirement's mission
 * on that day, with every deployment rule checked.
 * @throws forbidden, not_found, conflict (stale version), validation_failed (dates), invalid_state
 *   (the unit may not deploy: K3 people, K4 standing)
 */
export async function recordStep(
  ctx: RequestContext,
  id: string,
  { step, ...input }: StepInput & { step: StepKey },
): Promise<Tracking> {
  assertPermission(ctx.actor, 'capabilities:write');
  return inTransaction(ctx, async (tx) => {
    const row = await reachable(tx, id, 'capabilities:write');
    if (row.version !== input.version) throw staleVersion('DeploymentTracking', input.version);
    const now = tx.clock.now();
    assertHappened(now, { startedOn: input.startedOn, completedOn: input.completedOn });
    assertStepDates(input, { selectedOn: row.selected_on, today: latestDay(now) });
    if (!(await bumpSelection(tx.db, id, input.version)))
      throw staleVersion('DeploymentTracking', input.version);
    await upsertStep(tx.db, {
      selection_id: id,
      step,
      started_on: input.startedOn,
      completed_on: input.completedOn,
      note: input.note,
      recorded_by: tx.actor.username,
      recorded_at: toTimestamp(now),
    });
    const unit = await loadPledge(tx, row.pledge_id);
    if (step === arrivalStep && input.completedOn && !unit.deployment)
      await deployUnit(tx, unit.id, {
        version: unit.version,
        missionId: row.mission_id,
        deployedOn: input.completedOn,
      });
    await audit(tx, {
      action: 'capabilities.deployment.step',
      recordType: 'force_selection',
      recordId: id,
      missionId: row.mission_id,
      change: { step, ...input },
    });
    return getTracking(tx, id);
  });
}

/** Where the days go across the deployments in view (K9, ¶76). @throws forbidden */
export async function deploymentTimes(ctx: RequestContext): Promise<DeploymentTimes> {
  const all = await listTrackings(ctx);
  const result = whereTheDaysGo(
    all.map((t) => ({
      capability: t.unit.capability,
      steps: t.steps
        .filter((s) => s.startedOn !== null)
        .map((s) => ({ step: s.step, startedOn: s.startedOn!, completedOn: s.completedOn })),
    })),
  );
  return { deployments: all.length, ...result };
}
