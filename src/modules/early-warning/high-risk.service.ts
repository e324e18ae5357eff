/**
 * E3 (¶17–20, Human Rights Up Front): the high-risk situations list — situation, area, owner, the
 * evidence linked (incidents, forecasts, hotspots, alerts), reviews with the forum, decision,
 * follow-up and the next review date (quarterly by default), overdue reviews visible. Mission
 * records: early-warning:read to read, early-warning:write to open, link, review and close. An
 * incident linked as evidence must be in the caller's reach; a reader who cannot reach it sees it
 * counted as withheld, never named. Audited.
 */
import { assertHappened } from '../../core/happened.js';
import { dayOf } from '../../core/days.js';
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission, missionForWrite } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { userIdByUsername } from '../accounts/user.service.js';
import { audit } from '../audit/audit.service.js';
import { getIncident, reachableIncidents } from '../incidents/incident.service.js';
import { getAlert } from './alert.service.js';
import { nextReviewAfter, reviewState } from './high-risk.rules.js';
import {
  findSituationRow,
  insertEvidence,
  insertReview,
  insertSituation,
  relatedOf,
  situationRows,
  updateSituationRow,
  type SituationRow,
} from './high-risk.repository.js';
import type {
  CloseInput,
  CreateSituationInput,
  EvidenceInput,
  ReviewInput,
  Situation,
} from './high-risk.schema.js';

const recordType = 'high_risk_situation';

async function withRelated(ctx: RequestContext, rows: SituationRow[]): Promise<Situation[]> {
  const { evidence, reviews } = await relatedOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const today = dayOf(ctx.clock.now());
  // One read for every linked incident, in SQL under the same policy; no incident content is read.
  const reachable = await reachableIncidents(
    ctx,
    evidence.filter((e) => e.kind === 'incident').map((e) => e.reference),
  );
  return rows.map((r) => {
    const mine = evidence.filter((e) => e.situation_id === r.id);
    const visible = mine.filter((e) => e.kind !== 'incident' || reachable.has(e.reference));
    return {
      id: r.id,
      missionId: r.mission_id,
      title: r.title,
      area: r.area,
      description: r.description,
      owner: r.owner,
      status: r.status as Situation['status'],
      review: reviewState({ status: r.status as 'open', nextReviewOn: r.next_review_on }, today),
      nextReviewOn: r.next_review_on,
      closedReason: r.closed_reason,
      evidence: visible.map((e) => ({
        kind: e.kind as Situation['evidence'][number]['kind'],
        reference: e.reference,
        note: e.note,
        addedBy: e.added_by,
      })),
      withheldEvidence: mine.length - visible.length,
      reviews: reviews
        .filter((v) => v.situation_id === r.id)
        .map((v) => ({
          reviewedOn: v.reviewed_on,
          forum: v.forum as Situation['reviews'][number]['forum'],
          decision: v.decision,
          followUp: v.follow_up,
          followUpOn: v.follow_up_on,
          nextReviewOn: v.next_review_on,
          reviewedBy: v.reviewed_by,
        })),
      createdBy: r.created_by,
      version: r.version,
    };
  });
}

async function reach(
  ctx: RequestContext,
  id: string,
  permission: 'early-warning:read' | 'early-warning:write',
) {
  const row = await findSituationRow(ctx.db, id);
  assertCan(ctx.actor, permission, {
    kind: 'HighRiskSituation',
    record: row ? { id, missionId: row.mission_id, compartmentIds: [] } : undefined,
  });
  return row!;
}

/** @throws forbidden, not_found */
export async function getSituation(ctx: RequestContext, id: string): Promise<Situation> {
  return (await withRelated(ctx, [await reach(ctx, id, 'early-warning:read')]))[0]!;
}

/** Open situations by review date, then closed ones; only overdue ones when asked. @throws forbidden */
export async function listSituations(
  ctx: RequestContext,
  query: { overdue?: 'true' | 'false' | undefined },
): Promise<Situation[]> {
  assertPermission(ctx.actor, 'early-warning:read');
  const rows = await situationRows(ctx.db, ctx.actor, {
    ...(query.overdue === 'true' ? { overdueOn: dayOf(ctx.clock.now()) } : {}),
  });
  return withRelated(ctx, rows);
}

/** @throws forbidden, validation_failed (owner not a user, review date) */
export async function openSituation(
  ctx: RequestContext,
  input: CreateSituationInput,
): Promise<Situation> {
  assertPermission(ctx.actor, 'early-warning:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  try {
    await userIdByUsername(ctx, input.owner);
  } catch {
    throw new DomainError('validation_failed', `owner: ${input.owner} is not a user`, [
      { path: 'owner', message: 'not a user' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const id = tx.ids.newId();
    const now = tx.clock.now();
    await insertSituation(tx.db, {
      id,
      mission_id: missionId,
      title: input.title,
      area: input.area,
      description: input.description,
      owner: input.owner.toLowerCase(),
      status: 'open',
      next_review_on: nextReviewAfter(dayOf(now), input.nextReviewOn),
      closed_reason: null,
      created_at: toTimestamp(now),
      created_by: tx.actor.username,
      version: 1,
    });
    await audit(tx, {
      action: 'early-warning.situation.open',
      recordType,
      recordId: id,
      missionId,
      change: input,
    });
    return getSituation(tx, id);
  });
}

/** Links evidence; an incident or alert must be in the caller's reach and the situation's mission. @throws forbidden, not_found, invalid_state */
export async function linkEvidence(
  ctx: RequestContext,
  id: string,
  input: EvidenceInput,
): Promise<Situation> {
  assertPermission(ctx.actor, 'early-warning:write');
  return inTransaction(ctx, async (tx) => {
    const row = await reach(tx, id, 'early-warning:write');
    if (row.status !== 'open') throw new DomainError('invalid_state', 'the situation is closed');
    if (input.kind === 'incident') {
      const incident = await getIncident(tx, input.reference).catch(() => {
        throw new DomainError(
          'validation_failed',
          'reference: no incident with this id in your reach',
          [{ path: 'reference', message: 'no such incident' }],
        );
      });
      if (incident.missionId !== row.mission_id)
        throw new DomainError(
          'validation_failed',
          'reference: the incident is in another mission',
          [{ path: 'reference', message: 'another mission' }],
        );
    }
    if (input.kind === 'alert') {
      const alert = await getAlert(tx, input.reference).catch(() => {
        throw new DomainError('validation_failed', 'reference: no alert with this id in view', [
          { path: 'reference', message: 'no such alert' },
        ]);
      });
      if (alert.missionId !== row.mission_id)
        throw new DomainError('validation_failed', 'reference: the alert is in another mission', [
          { path: 'reference', message: 'another mission' },
        ]);
    }
    await insertEvidence(tx.db, {
      id: tx.ids.newId(),
      situation_id: id,
      kind: input.kind,
      reference: input.reference,
      note: input.note,
      added_at: toTimestamp(tx.clock.now()),
      added_by: tx.actor.username,
    });
    await audit(tx, {
      action: 'early-warning.situation.evidence',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: input,
    });
    return getSituation(tx, id);
  });
}

/** Records a review; the next one is due three months on unless set. @throws forbidden, not_found, conflict, validation_failed */
export async function reviewSituation(
  ctx: RequestContext,
  id: string,
  input: ReviewInput,
): Promise<Situation> {
  assertPermission(ctx.actor, 'early-warning:write');
  return inTransaction(ctx, async (tx) => {
    const row = await reach(tx, id, 'early-warning:write');
    assertHappened(tx.clock.now(), { reviewedOn: input.reviewedOn });
    const next = nextReviewAfter(input.reviewedOn, input.nextReviewOn);
    if (!(await updateSituationRow(tx.db, id, { next_review_on: next, version: input.version })))
      throw row.status === 'open'
        ? staleVersion('HighRiskSituation', input.version)
        : new DomainError('invalid_state', 'the situation is closed');
    await insertReview(tx.db, {
      id: tx.ids.newId(),
      situation_id: id,
      reviewed_on: input.reviewedOn,
      forum: input.forum,
      decision: input.decision,
      follow_up: input.followUp,
      follow_up_on: input.followUpOn,
      next_review_on: next,
      reviewed_by: tx.actor.username,
      created_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'early-warning.situation.review',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: input,
    });
    return getSituation(tx, id);
  });
}

/** @throws forbidden, not_found, conflict (stale or closed already) */
export async function closeSituation(
  ctx: RequestContext,
  id: string,
  input: CloseInput,
): Promise<Situation> {
  assertPermission(ctx.actor, 'early-warning:write');
  return inTransaction(ctx, async (tx) => {
    const row = await reach(tx, id, 'early-warning:write');
    const closed = await updateSituationRow(tx.db, id, {
      status: 'closed',
      closed_reason: input.reason,
      version: input.version,
    });
    if (!closed) throw staleVersion('HighRiskSituation', input.version);
    await audit(tx, {
      action: 'early-warning.situation.close',
      recordType,
      recordId: id,
      missionId: row.mission_id,
      change: input,
    });
    return getSituation(tx, id);
  });
}
