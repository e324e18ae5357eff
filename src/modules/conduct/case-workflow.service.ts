/**
 * A case's steps after receipt: evidence gathered (C1), investigation, conclusion with a finding
 * (C2), closure with the final action, reopening. Only the transitions of allowedTransitions;
 * concluding is the investigator's act, the rest the conduct officer's; every step audited.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { labelsOf } from '../compartments/compartment.service.js';
import { assertCaseTransition, investigationDays } from './case.rules.js';
import {
  findCaseRow,
  recordType,
  toCaseFields,
  updateCaseRow,
  type CaseFields,
} from './case.repository.js';
import type { Case, ChangeCaseStatusInput } from './case.schema.js';
import { loadCase } from './case.service.js';
import { checkPatterns } from './measure.service.js';

/** A case's stored fields for a write with this permission. @throws forbidden, not_found */
export async function loadForWrite(
  tx: RequestContext,
  id: string,
  permission: 'conduct:write' | 'conduct:investigate',
) {
  const row = await findCaseRow(tx.db, id);
  const compartmentIds = row ? ((await labelsOf(tx, recordType, [id])).get(id) ?? []) : [];
  assertCan(tx.actor, permission, {
    kind: 'Case',
    labelType: recordType,
    record: row ? { id, missionId: row.mission_id, compartmentIds } : undefined,
  });
  return toCaseFields(row!);
}

/** C1: the immediate response team has gathered the evidence. @throws forbidden, not_found, conflict, invalid_state */
export async function recordEvidenceGathered(
  ctx: RequestContext,
  id: string,
  input: { version: number; gatheredAt: string },
): Promise<Case> {
  return inTransaction(ctx, async (tx) => {
    const current = await loadForWrite(tx, id, 'conduct:write');
    if (current.version !== input.version) throw staleVersion('Case', input.version);
    const gatheredAt = new Date(input.gatheredAt);
    if (gatheredAt < new Date(current.receivedAt) || gatheredAt > tx.clock.now())
      throw new DomainError('validation_failed', 'gatheredAt: between the receipt and now', [
        { path: 'gatheredAt', message: 'between the receipt and now' },
      ]);
    const next: CaseFields = {
      ...current,
      evidenceGatheredAt: gatheredAt.toISOString(),
      updatedAt: toTimestamp(tx.clock.now()),
      version: current.version + 1,
    };
    if (!(await updateCaseRow(tx.db, next, input.version)))
      throw staleVersion('Case', input.version);
    await audit(tx, {
      action: 'conduct.case.evidence-gathered',
      recordType,
      recordId: id,
      missionId: next.missionId,
      change: { gatheredAt: next.evidenceGatheredAt },
    });
    return loadCase(tx, id);
  });
}

/**
 * Moves a case along its workflow. Concluding an investigation (an investigator's act) stops the
 * C2 clock and counts its days; the rest is the conduct officer's.
 * @throws forbidden, not_found, conflict, invalid_state, validation_failed
 */
export async function changeCaseStatus(
  ctx: RequestContext,
  id: string,
  input: ChangeCaseStatusInput,
): Promise<Case> {
  const permission =
    input.status === 'investigation_concluded' ? 'conduct:investigate' : 'conduct:write';
  return inTransaction(ctx, async (tx) => {
    const current = await loadForWrite(tx, id, permission);
    if (current.version !== input.version) throw staleVersion('Case', input.version);
    assertCaseTransition(current, input);
    const now = tx.clock.now();
    const next: CaseFields = {
      ...current,
      status: input.status,
      statusReason: input.reason,
      updatedAt: toTimestamp(now),
      version: current.version + 1,
    };
    if (input.investigatingEntity) next.investigatingEntity = input.investigatingEntity;
    if (input.finalActions) next.finalActions = input.finalActions;
    if (input.criminalReferral) next.criminalReferral = input.criminalReferral;
    if (input.status === 'investigation_concluded') {
      next.finding = input.finding!;
      next.investigationConcludedAt = now.toISOString();
      next.investigationDays = investigationDays(new Date(current.receivedAt), now);
    }
    if (input.status === 'under_investigation' && current.status !== 'received') {
      // Reopened: the investigation runs again against its original due date.
      next.finding = null;
      next.investigationConcludedAt = null;
      next.investigationDays = null;
    }
    if (!(await updateCaseRow(tx.db, next, input.version)))
      throw staleVersion('Case', input.version);
    await audit(tx, {
      action: `conduct.case.${input.status}`,
      recordType,
      recordId: id,
      missionId: next.missionId,
      change: { from: current.status, ...input },
    });
    const changed = await loadCase(tx, id);
    // C3: an allegation that becomes credible may complete a pattern against its contingent.
    await checkPatterns(tx, changed);
    return changed;
  });
}
