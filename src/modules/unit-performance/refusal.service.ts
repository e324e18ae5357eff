/**
 * K8 (¶98): refusals to follow the orders of the force commander or police commissioner. The
 * mission reports (performance:write in the unit's mission); headquarters informs the contributor,
 * sets the date a remedial action is due, records it, and — with none by then — records the
 * repatriation decision (capabilities:write). Each step is checked by refusal.rules.ts, kept on the
 * refusal and audited; the report is also an incident of the unit, on its record.
 */
import { assertHappened } from '../../core/happened.js';
import { addDays, dayOf } from '../../core/days.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission, missionForWrite } from '../../core/policy.js';
import { fromNullableTimestamp, fromTimestamp, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { orderRepatriation } from '../capabilities/repatriation.service.js';
import { recordUnitIncident } from '../capabilities/caveat.service.js';
import { loadPledge } from '../capabilities/pledge.service.js';
import {
  findRefusalRow,
  insertRefusal,
  refusalRows,
  updateRefusalRow,
  type RefusalRecord,
  type RefusalRow,
} from './performance.repository.js';
import type {
  CouncilSummary,
  DecideInput,
  InformInput,
  Refusal,
  RemedialDueInput,
  RemedyInput,
  ReportRefusalInput,
} from './performance.schema.js';
import {
  assertMayDecide,
  assertMayInform,
  assertMayRecordRemedy,
  assertMaySetDue,
  inCouncilSummary,
  promptness,
  refusalStatus,
  type RefusalState,
} from './refusal.rules.js';
import { labelled, labelledOne } from './unit-labels.service.js';

export const stateOf = (r: RefusalRecord): RefusalState => ({
  occurredOn: r.occurred_on,
  reportedAt: fromTimestamp(r.reported_at).toISOString(),
  informedAt: fromNullableTimestamp(r.informed_at)?.toISOString() ?? null,
  remedialDue: r.remedial_due,
  remedialOn: r.remedial_on,
  decision: r.decision as RefusalState['decision'],
  decidedOn: r.decided_on,
});

function toRefusal(r: RefusalRow, today: string): Refusal {
  const state = stateOf(r);
  return {
    id: r.id,
    unitId: r.pledge_id,
    contributor: r.contributor,
    capability: r.capability,
    missionId: r.mission_id,
    occurredOn: r.occurred_on,
    reportedAt: state.reportedAt,
    reportedByRole: r.reported_by_role as Refusal['reportedByRole'],
    reportedBy: r.reported_by,
    order: r.order_given,
    whatHappened: r.what_happened,
    informedAt: state.informedAt,
    informedBy: r.informed_by,
    means: r.informed_means,
    promptness: state.informedAt ? promptness(state.reportedAt, state.informedAt) : null,
    remedialDue: r.remedial_due,
    remedialAction: r.remedial_action,
    remedialOn: r.remedial_on,
    decision: state.decision,
    decisionReason: r.decision_reason,
    decidedBy: r.decided_by,
    decidedOn: r.decided_on,
    ...refusalStatus(state, today),
    version: r.version,
  };
}

const policeUnits = new Set(['formed_police_unit']);

/**
 * The force commander reports on military units, the police commissioner on formed police units.
 * @throws forbidden, not_found, invalid_state (not deployed), validation_failed (reporter, date)
 */
export async function reportRefusal(
  ctx: RequestContext,
  unitId: string,
  input: ReportRefusalInput,
): Promise<Refusal> {
  assertPermission(ctx.actor, 'performance:write');
  return inTransaction(ctx, async (tx) => {
    const unit = await loadPledge(tx, unitId);
    if (!unit.deployment)
      throw new DomainError(
        'invalid_state',
        'the unit is not deployed: it has no orders to refuse',
      );
    const missionId = missionForWrite(tx.actor, unit.deployment.missionId);
    const expected = policeUnits.has(unit.capability) ? 'police_commissioner' : 'force_commander';
    if (input.reportedBy !== expected)
      throw new DomainError(
        'validation_failed',
        `reportedBy: a ${unit.capability} answers to the ${expected}`,
        [{ path: 'reportedBy', message: `must be ${expected}` }],
      );
    assertHappened(tx.clock.now(), { occurredOn: input.occurredOn });
    if (input.occurredOn < unit.deployment.deployedOn)
      throw new DomainError(
        'validation_failed',
        `occurredOn: between the deployment (${unit.deployment.deployedOn}) and today`,
        [{ path: 'occurredOn', message: 'out of the unit’s time in mission' }],
      );
    const id = tx.ids.newId();
    const now = toTimestamp(tx.clock.now());
    await insertRefusal(tx.db, {
      id,
      pledge_id: unitId,
      mission_id: missionId,
      occurred_on: input.occurredOn,
      reported_by_role: input.reportedBy,
      reported_by: tx.actor.username,
      reported_at: now,
      order_given: input.order,
      what_happened: input.whatHappened,
      version: 1,
    });
    await recordUnitIncident(tx, unitId, {
      kind: 'refusal_to_follow_orders',
      detail: { refusalId: id, occurredOn: input.occurredOn },
    });
    await audit(tx, {
      action: 'capabilities.refusal.report',
      recordType: 'order_refusal',
      recordId: id,
      missionId,
      change: input,
    });
    return getRefusal(tx, id);
  });
}

/** @throws forbidden, not_found */
export async function getRefusal(ctx: RequestContext, id: string): Promise<Refusal> {
  const row = await labelledOne(ctx, await findRefusalRow(ctx.db, id));
  assertCan(ctx.actor, 'capabilities:read', {
    kind: 'OrderRefusal',
    record: row ? { id, missionId: row.mission_id, compartmentIds: [] } : undefined,
  });
  return toRefusal(row!, dayOf(ctx.clock.now()));
}

/** Refusals in view, oldest first; of one unit when asked. @throws forbidden */
export async function listRefusals(
  ctx: RequestContext,
  query: { unitId?: string },
): Promise<Refusal[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  const today = dayOf(ctx.clock.now());
  return (await labelled(ctx, await refusalRows(ctx.db, ctx.actor, query))).map((r) =>
    toRefusal(r, today),
  );
}

/**
 * The periodic summary to the Council: refusals reported in the period and earlier ones not
 * settled before it, with counts by status as of the period's end. @throws forbidden, validation_failed
 */
export async function councilSummary(
  ctx: RequestContext,
  period: { from: string; to: string },
): Promise<CouncilSummary> {
  assertPermission(ctx.actor, 'capabilities:read');
  if (period.to < period.from)
    throw new DomainError('validation_failed', 'to: must not be before from', [
      { path: 'to', message: 'before from' },
    ]);
  const rows = await labelled(
    ctx,
    await refusalRows(ctx.db, ctx.actor, {
      reportedBefore: `${addDays(period.to, 1)}T00:00:00.000Z`,
    }),
  );
  const today = dayOf(ctx.clock.now());
  const items = rows
    .filter((r) => inCouncilSummary(stateOf(r), period))
    .map((r) => toRefusal(r, today));
  const counts: Record<string, number> = {};
  for (const r of items) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return { ...period, counts, items };
}

type Step =
  | { kind: 'inform'; input: InformInput }
  | { kind: 'remedial_due'; input: RemedialDueInput }
  | { kind: 'remedial_action'; input: RemedyInput }
  | { kind: 'decision'; input: DecideInput };

function applyStep(ctx: RequestContext, state: RefusalState, step: Step) {
  const today = dayOf(ctx.clock.now());
  switch (step.kind) {
    case 'inform': {
      assertHappened(ctx.clock.now(), { informedAt: step.input.informedAt });
      const at = new Date(step.input.informedAt);
      assertMayInform(state, at.toISOString());
      return {
        informed_at: toTimestamp(at),
        informed_by: ctx.actor.username,
        informed_means: step.input.means,
      };
    }
    case 'remedial_due':
      assertMaySetDue(state, step.input.remedialDue);
      return { remedial_due: step.input.remedialDue };
    case 'remedial_action':
      assertMayRecordRemedy(state, step.input.takenOn);
      assertHappened(ctx.clock.now(), { takenOn: step.input.takenOn });
      return { remedial_action: step.input.action, remedial_on: step.input.takenOn };
    case 'decision':
      assertMayDecide(state, today);
      assertHappened(ctx.clock.now(), { decidedOn: step.input.decidedOn });
      return {
        decision: step.input.decision,
        decision_reason: step.input.reason,
        decided_by: ctx.actor.username,
        decided_on: step.input.decidedOn,
      };
  }
}

/**
 * Headquarters' steps on a refusal (capabilities:write).
 * @throws forbidden, not_found, conflict (stale version), invalid_state (out of order), validation_failed
 */
export async function advanceRefusal(
  ctx: RequestContext,
  id: string,
  step: Step,
): Promise<Refusal> {
  assertPermission(ctx.actor, 'capabilities:write');
  return inTransaction(ctx, async (tx) => {
    const row = await labelledOne(tx, await findRefusalRow(tx.db, id));
    assertCan(tx.actor, 'capabilities:write', {
      kind: 'OrderRefusal',
      record: row ? { id, missionId: row.mission_id, compartmentIds: [] } : undefined,
    });
    if (row!.version !== step.input.version) throw staleVersion('OrderRefusal', step.input.version);
    const change = applyStep(tx, stateOf(row!), step);
    if (!(await updateRefusalRow(tx.db, id, { ...change, version: step.input.version })))
      throw staleVersion('OrderRefusal', step.input.version);
    // Issue 16: the decision carries through — the unit's repatriation starts (it leaves within 90
    // days unless recorded otherwise) and, once it has left, it is no longer deployed.
    if (step.kind === 'decision' && step.input.decision === 'repatriate')
      await orderRepatriation(tx, {
        unitId: row!.pledge_id,
        missionId: row!.mission_id,
        contributor: null,
        basis: 'order_refusal',
        sourceType: 'order_refusal',
        sourceId: id,
        explanation: `refused an order of the ${row!.reported_by_role.replace('_', ' ')} on ${row!.occurred_on}; no remedial action by ${row!.remedial_due}`,
        decidedOn: step.input.decidedOn,
        reason: step.input.reason,
        onlyIfDeployed: true,
      });
    await audit(tx, {
      action: `capabilities.refusal.${step.kind}`,
      recordType: 'order_refusal',
      recordId: id,
      missionId: row!.mission_id,
      change: step.input,
    });
    return getRefusal(tx, id);
  });
}
