/**
 * K7 (¶97): a deployed unit is assessed in its mission against task-based standards; a deficiency
 * opens a remedial plan with a due date (assessment.rules.ts). Trends per unit and per contributor;
 * the latest result feeds force selection. Assessing and closing plans need performance:write in
 * the unit's mission; reading needs capabilities:read, over the missions in view. Audited.
 */
import { assertHappened } from '../../core/happened.js';
import { dayOf } from '../../core/days.js';
import { DomainError, notFound, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission, missionForWrite } from '../../core/policy.js';
import { fromJson, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { listPledges, loadPledge } from '../capabilities/pledge.service.js';
import { contributorTrend, judge, planStatus, type Result } from './assessment.rules.js';
import {
  assessmentRows,
  closePlanRow,
  findPlanRow,
  insertAssessment,
  insertPlan,
  planRows,
  type AssessmentRow,
  type PlanRow,
} from './performance.repository.js';
import type {
  AssessInput,
  Assessment,
  ClosePlanInput,
  ContributorPerformance,
  RemedialPlan,
} from './performance.schema.js';
import { labelled, labelledOne } from './unit-labels.service.js';

export const toPlan = (today: string, p: PlanRow): RemedialPlan => ({
  id: p.id,
  unitId: p.pledge_id,
  contributor: p.contributor,
  missionId: p.mission_id,
  deficiencies: fromJson(p.deficiencies),
  dueOn: p.due_on,
  status: planStatus(
    { dueOn: p.due_on, closedOn: p.closed_on, outcome: p.outcome as 'remedied' | null },
    today,
  ),
  closedOn: p.closed_on,
  note: p.note,
  closedBy: p.closed_by,
  version: p.version,
});

function toAssessment(a: AssessmentRow, plan: RemedialPlan | undefined): Assessment {
  return {
    id: a.id,
    unitId: a.pledge_id,
    missionId: a.mission_id,
    assessedOn: a.assessed_on,
    assessor: a.assessor,
    standards: fromJson(a.standards),
    score: a.score,
    result: a.result as Result,
    remedialPlan: plan ?? null,
    recordedBy: a.created_by,
  };
}

/** The unit's assessments with their plans, oldest first. @throws forbidden, not_found */
export async function listAssessments(ctx: RequestContext, unitId: string): Promise<Assessment[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  await loadPledge(ctx, unitId);
  const [rows, plans] = await Promise.all([
    assessmentRows(ctx.db, ctx.actor, [unitId]),
    planRows(ctx.db, ctx.actor, { unitIds: [unitId] }).then((rows) => labelled(ctx, rows)),
  ]);
  const today = dayOf(ctx.clock.now());
  const byAssessment = new Map(plans.map((p) => [p.assessment_id, toPlan(today, p)]));
  return rows.map((a) => toAssessment(a, byAssessment.get(a.id)));
}

/**
 * @throws forbidden, not_found, invalid_state (the unit is not deployed, or the day is before its
 *   deployment or in the future), validation_failed (a standard twice, a due date out of place)
 */
export async function assessUnit(
  ctx: RequestContext,
  unitId: string,
  input: AssessInput,
): Promise<Assessment[]> {
  assertPermission(ctx.actor, 'performance:write');
  return inTransaction(ctx, async (tx) => {
    const unit = await loadPledge(tx, unitId);
    if (!unit.deployment)
      throw new DomainError('invalid_state', 'the unit is not deployed: it is assessed in mission');
    const missionId = missionForWrite(tx.actor, unit.deployment.missionId);
    // Issue 16: a day that has happened (core/happened.ts), within the unit's time in mission.
    assertHappened(tx.clock.now(), { assessedOn: input.assessedOn });
    if (input.assessedOn < unit.deployment.deployedOn)
      throw new DomainError(
        'validation_failed',
        `assessedOn: between the deployment (${unit.deployment.deployedOn}) and today`,
        [{ path: 'assessedOn', message: 'out of the unit’s time in mission' }],
      );
    const judged = judge(input.standards, input);
    const id = tx.ids.newId();
    const now = toTimestamp(tx.clock.now());
    await insertAssessment(tx.db, {
      id,
      pledge_id: unitId,
      mission_id: missionId,
      assessed_on: input.assessedOn,
      assessor: input.assessor,
      standards: toJson(input.standards),
      score: judged.score,
      result: judged.result,
      created_at: now,
      created_by: tx.actor.username,
    });
    if (judged.remedialDue !== null)
      await insertPlan(tx.db, {
        id: tx.ids.newId(),
        assessment_id: id,
        pledge_id: unitId,
        mission_id: missionId,
        deficiencies: toJson(judged.deficiencies),
        due_on: judged.remedialDue,
        closed_on: null,
        outcome: null,
        note: null,
        closed_by: null,
        version: 1,
      });
    await audit(tx, {
      action: 'capabilities.unit.assess',
      recordType: 'pledge',
      recordId: unitId,
      missionId,
      change: { ...input, score: judged.score, result: judged.result },
    });
    return listAssessments(tx, unitId);
  });
}

/** Open remedial plans (open or overdue) in view, by due date. @throws forbidden */
export async function listOpenPlans(ctx: RequestContext): Promise<RemedialPlan[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  const today = dayOf(ctx.clock.now());
  return (await labelled(ctx, await planRows(ctx.db, ctx.actor, { open: true }))).map((p) =>
    toPlan(today, p),
  );
}

/** @throws forbidden, not_found, conflict (stale or closed already) */
export async function closePlan(
  ctx: RequestContext,
  planId: string,
  input: ClosePlanInput,
): Promise<RemedialPlan> {
  assertPermission(ctx.actor, 'performance:write');
  return inTransaction(ctx, async (tx) => {
    const row = await labelledOne(tx, await findPlanRow(tx.db, planId));
    assertCan(tx.actor, 'performance:write', {
      kind: 'RemedialPlan',
      record: row ? { id: planId, missionId: row.mission_id, compartmentIds: [] } : undefined,
    });
    const closed = await closePlanRow(tx.db, planId, {
      closed_on: input.closedOn,
      outcome: input.outcome,
      note: input.note,
      closed_by: tx.actor.username,
      version: input.version,
    });
    if (!closed) throw staleVersion('RemedialPlan', input.version);
    await audit(tx, {
      action: 'capabilities.remedial_plan.close',
      recordType: 'remedial_plan',
      recordId: planId,
      missionId: row!.mission_id,
      change: input,
    });
    return toPlan(
      dayOf(tx.clock.now()),
      (await labelledOne(tx, await findPlanRow(tx.db, planId)))!,
    );
  });
}

/** A contributor's units, their assessments, its trend per quarter and its plans. @throws forbidden */
export async function contributorPerformance(
  ctx: RequestContext,
  contributor: string,
): Promise<ContributorPerformance> {
  assertPermission(ctx.actor, 'capabilities:read');
  const iso3 = contributor.toUpperCase();
  const units = await listPledges(ctx, { contributor: iso3 });
  if (units.length === 0) throw notFound('Contributor');
  const ids = units.map((u) => u.id);
  const [rows, plans] = await Promise.all([
    assessmentRows(ctx.db, ctx.actor, ids),
    planRows(ctx.db, ctx.actor, { unitIds: ids }).then((rows) => labelled(ctx, rows)),
  ]);
  const today = dayOf(ctx.clock.now());
  return {
    contributor: iso3,
    trend: contributorTrend(
      rows.map((r) => ({ unitId: r.pledge_id, assessedOn: r.assessed_on, score: r.score })),
    ),
    units: units.map((u) => ({
      unitId: u.id,
      capability: u.capability,
      assessments: rows
        .filter((r) => r.pledge_id === u.id)
        .map((r) => ({ assessedOn: r.assessed_on, score: r.score, result: r.result })),
    })),
    plans: plans.map((p) => toPlan(today, p)),
  };
}

/** Latest assessment per unit, for force selection, over the missions in view. */
export async function latestAssessments(
  ctx: RequestContext,
  unitIds: readonly string[],
): Promise<Map<string, { assessedOn: string; score: number; result: string }>> {
  const latest = new Map<string, { assessedOn: string; score: number; result: string }>();
  for (const r of await assessmentRows(ctx.db, ctx.actor, unitIds))
    latest.set(r.pledge_id, { assessedOn: r.assessed_on, score: r.score, result: r.result });
  return latest;
}
