/**
 * Referrals of a case to the host country's or the contributing country's judicial authorities
 * (¶121, C4), followed to an outcome: each stays on the open list, with its next review date,
 * until it ends in a conviction, an acquittal or a closure without action. A referral marks the
 * case as referred for criminal accountability. Every change audited.
 */
import { assertHappened } from '../../core/happened.js';
import { staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { labelsOf } from '../compartments/compartment.service.js';
import {
  findCaseRow,
  recordType as caseRecordType,
  toCaseFields,
  updateCaseRow,
} from './case.repository.js';
import { loadCaseForWrite } from './case.service.js';
import {
  insertReferral,
  referralRow,
  selectReferralRows,
  updateReferralRow,
  type ReferralRow,
} from './measure.repository.js';
import {
  finalReferralStatuses,
  type CreateReferralInput,
  type Referral,
  type UpdateReferralInput,
} from './measure.schema.js';

const recordType = 'conduct_referral';

function toReferral(row: ReferralRow, today: string): Referral {
  const next = row.next_review_on ? String(row.next_review_on).slice(0, 10) : null;
  return {
    id: row.id,
    caseId: row.case_id,
    caseReference: row.case_reference,
    missionId: row.mission_id,
    authority: row.authority as Referral['authority'],
    country: row.country,
    reference: row.reference,
    referredOn: String(row.referred_on).slice(0, 10),
    status: row.status as Referral['status'],
    outcome: row.outcome,
    nextReviewOn: next,
    overdue: !finalReferralStatuses.has(row.status) && next !== null && next < today,
    version: row.version,
  };
}

const dayOf = (ctx: RequestContext) => ctx.clock.now().toISOString().slice(0, 10);

/** @throws forbidden, not_found */
export async function referCase(
  ctx: RequestContext,
  caseId: string,
  input: CreateReferralInput,
): Promise<Referral> {
  assertPermission(ctx.actor, 'conduct:write');
  assertHappened(ctx.clock.now(), { referredOn: input.referredOn });
  return inTransaction(ctx, async (tx) => {
    const c = await loadCaseForWrite(tx, caseId);
    const id = tx.ids.newId();
    const now = toTimestamp(tx.clock.now());
    await insertReferral(tx.db, {
      id,
      case_id: c.id,
      mission_id: c.missionId,
      authority: input.authority,
      country: input.country,
      reference: input.reference,
      referred_on: input.referredOn,
      status: 'referred',
      outcome: '',
      next_review_on: input.nextReviewOn,
      updated_at: now,
      version: 1,
    });
    const stored = toCaseFields((await findCaseRow(tx.db, c.id))!);
    if (stored.criminalReferral !== 'yes')
      await updateCaseRow(
        tx.db,
        { ...stored, criminalReferral: 'yes', updatedAt: now, version: stored.version + 1 },
        stored.version,
      );
    await audit(tx, {
      action: 'conduct.referral.create',
      recordType,
      recordId: id,
      missionId: c.missionId,
      change: { caseId, ...input },
    });
    return toReferral((await referralRow(tx.db, id))!, dayOf(tx));
  });
}

/** @throws forbidden, not_found, conflict */
export async function updateReferral(
  ctx: RequestContext,
  id: string,
  input: UpdateReferralInput,
): Promise<Referral> {
  return inTransaction(ctx, async (tx) => {
    const row = await referralRow(tx.db, id);
    const compartmentIds = row
      ? ((await labelsOf(tx, caseRecordType, [row.case_id])).get(row.case_id) ?? [])
      : [];
    assertCan(tx.actor, 'conduct:write', {
      kind: 'Referral',
      record: row ? { id, missionId: row.mission_id, compartmentIds } : undefined,
    });
    const moved = await updateReferralRow(tx.db, id, {
      status: input.status,
      outcome: input.outcome,
      next_review_on: finalReferralStatuses.has(input.status)
        ? null
        : input.nextReviewOn === undefined
          ? row!.next_review_on
          : input.nextReviewOn,
      updated_at: toTimestamp(tx.clock.now()),
      expectedVersion: input.version,
    });
    if (!moved) throw staleVersion('Referral', input.version);
    await audit(tx, {
      action: 'conduct.referral.update',
      recordType,
      recordId: id,
      missionId: row!.mission_id,
      change: input,
    });
    return toReferral((await referralRow(tx.db, id))!, dayOf(tx));
  });
}

/** Referrals of cases in reach; `open` keeps those without a final outcome, overdue reviews first. @throws forbidden */
export async function listReferrals(
  ctx: RequestContext,
  query: { open?: 'true' | 'false' | undefined; caseId?: string | undefined },
): Promise<Referral[]> {
  assertPermission(ctx.actor, 'conduct:read');
  const rows = await selectReferralRows(ctx.db, ctx.actor, {
    openOnly: query.open === 'true',
    finalStatuses: [...finalReferralStatuses],
    ...(query.caseId ? { caseId: query.caseId } : {}),
  });
  const today = dayOf(ctx);
  return rows
    .map((r) => toReferral(r, today))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue));
}
