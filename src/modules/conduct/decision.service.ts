/**
 * The decisions ¶120 calls for, taken at headquarters (issue 16): on a repatriation raised by the
 * pattern rule or a contributor's non-response — repatriate, naming the contributor's unit
 * deployed in the mission, whose repatriation then starts (capabilities), or not; on a failure to
 * act found against a commander or the mission leadership — a sanction, or none. A mission does
 * not decide sanctions on its own contingents or leadership. Every act audited.
 */
import { dayOf } from '../../core/days.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertHappened } from '../../core/happened.js';
import { assertPermission } from '../../core/policy.js';
import { assertHeadquarters } from '../../core/settings.js';
import { fromJson, toJson, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { orderRepatriation } from '../capabilities/repatriation.service.js';
import { loadCaseForWrite } from './case.service.js';
import { measureRow, updateMeasureRow } from './measure.repository.js';
import type { DecideMeasureInput, Measure, RecordFailureToActInput } from './measure.schema.js';
import { raiseDecision, reachable, toMeasure } from './measure.service.js';

const recordType = 'conduct_measure';

const decisionsFor: Record<'repatriation' | 'sanction', readonly Measure['decision'][]> = {
  repatriation: ['repatriate', 'not_repatriate'],
  sanction: ['sanction', 'no_sanction'],
};

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/**
 * Headquarters takes a raised decision and it carries through (issue 16, ¶120): "repatriate"
 * names the contributor's unit deployed in the mission and starts its repatriation (capabilities);
 * "sanction" names the sanction. A mission does not decide sanctions on its own contingents or
 * leadership. @throws forbidden, not_found, conflict, invalid_state, validation_failed
 */
export async function decideMeasure(
  ctx: RequestContext,
  id: string,
  input: DecideMeasureInput,
): Promise<Measure> {
  assertHeadquarters(ctx.actor, 'a sanction decision (¶120)');
  return inTransaction(ctx, async (tx) => {
    const row = await reachable(tx, id);
    if (
      (row.kind !== 'repatriation' && row.kind !== 'sanction') ||
      row.status !== 'pending_decision'
    )
      throw new DomainError('invalid_state', 'This is not a decision waiting to be taken');
    if (!decisionsFor[row.kind].includes(input.decision))
      throw invalid('decision', `one of ${decisionsFor[row.kind].join(', ')}`);
    const basis = fromJson<Record<string, string | number | null>>(row.basis);
    let unitId: string | null = null;
    if (input.decision === 'repatriate') {
      if (!input.unitId) throw invalid('unitId', 'name the deployed unit to repatriate');
      const order = await orderRepatriation(tx, {
        unitId: input.unitId,
        missionId: row.mission_id,
        contributor: row.contributor,
        basis: row.trigger === 'non_response' ? 'conduct_non_response' : 'conduct_pattern',
        sourceType: 'conduct_measure',
        sourceId: id,
        explanation:
          row.trigger === 'non_response'
            ? `the contributor did not answer an allegation by ${String(basis.dueOn)} (¶120)`
            : `${String(basis.allegations)} credible allegations of sexual exploitation and abuse in ${String(basis.months)} months (¶120)`,
        decidedOn: dayOf(tx.clock.now()),
        reason: input.reason,
        leaveBy: input.leaveBy,
      });
      unitId = order!.unitId;
    }
    if (input.decision === 'sanction') {
      if (!input.sanction) throw invalid('sanction', 'say which sanction');
      basis.sanction = input.sanction;
    }
    const at = toTimestamp(tx.clock.now());
    const moved = await updateMeasureRow(tx.db, id, {
      status: 'decided',
      decision: input.decision,
      reason: input.reason,
      decided_by: tx.actor.userId,
      decided_at: at,
      unit_id: unitId,
      basis: toJson(basis),
      updated_at: at,
      expectedVersion: input.version,
    });
    if (!moved) throw staleVersion('Measure', input.version);
    await audit(tx, {
      action:
        row.kind === 'repatriation' ? 'conduct.repatriation.decide' : 'conduct.sanction.decide',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: input,
    });
    return toMeasure((await measureRow(tx.db, id))!);
  });
}

/**
 * A failure to act on an allegation, found on a case (¶120: sanctions against "those who fail to
 * take action against them, including mission leadership and command authorities"): raises a
 * sanction decision for headquarters. @throws forbidden, not_found, validation_failed
 */
export async function recordFailureToAct(
  ctx: RequestContext,
  caseId: string,
  input: RecordFailureToActInput,
): Promise<Measure> {
  assertPermission(ctx.actor, 'conduct:write');
  assertHappened(ctx.clock.now(), { knownOn: input.knownOn });
  return inTransaction(ctx, async (tx) => {
    const c = await loadCaseForWrite(tx, caseId);
    if (input.who !== 'mission_leadership' && (!input.contributor || !input.unit))
      throw invalid(input.contributor ? 'unit' : 'contributor', 'name the commander’s contingent');
    const id = await raiseDecision(tx, {
      missionId: c.missionId,
      kind: 'sanction',
      trigger: 'failure_to_act',
      contributor: input.contributor,
      unit: input.unit,
      sourceCaseId: c.id,
      basis: { who: input.who, knownOn: input.knownOn, what: input.what },
    });
    return toMeasure((await measureRow(tx.db, id))!);
  });
}
