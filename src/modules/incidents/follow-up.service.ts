/**
 * I1 (¶108): follow-ups with the host Government on crimes against UN personnel. Invariants: an
 * incident with UN-personnel victims has exactly one follow-up; it stays open, on the list, until
 * an outcome is recorded; it is seen by exactly those who may see its incident.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { assertCan, assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { labelsOf } from '../compartments/compartment.service.js';
import {
  findFollowUpRow,
  insertFollowUp,
  selectOpenFollowUps,
  toFollowUp,
  updateFollowUpRow,
} from './follow-up.repository.js';
import type { FollowUp, UpdateFollowUpInput } from './follow-up.schema.js';
import { recordType } from './incident.repository.js';
import { needsHostFollowUp } from './incident.rules.js';
import type { Incident } from './incident.schema.js';

/** First review 30 days after the follow-up opens, unless the user sets another date. */
export const firstReviewDays = 30;

const today = (ctx: RequestContext) => ctx.clock.now().toISOString().slice(0, 10);

/** Opens the follow-up when the incident needs one and has none (call in the incident's transaction). */
export async function ensureFollowUp(ctx: RequestContext, incident: Incident): Promise<void> {
  if (!needsHostFollowUp(incident.category, incident.casualties)) return;
  await openHostFollowUp(ctx, incident, 'incident');
}

/**
 * Opens the incident's follow-up whatever its category and casualties say, when it has none: a
 * death of UN personnel by a malicious act recorded against it (M4) is such a crime. Call inside
 * the caller's transaction; the caller has read the incident (so it may reach it).
 * @returns whether one was opened now
 */
export async function openHostFollowUp(
  ctx: RequestContext,
  incident: Pick<Incident, 'id' | 'missionId'>,
  because: 'incident' | 'fatality',
): Promise<boolean> {
  if (await findFollowUpRow(ctx.db, { incidentId: incident.id })) return false;
  const now = ctx.clock.now();
  const id = ctx.ids.newId();
  const review = new Date(now.getTime() + firstReviewDays * 86_400_000).toISOString().slice(0, 10);
  await insertFollowUp(ctx.db, {
    id,
    incident_id: incident.id,
    mission_id: incident.missionId,
    authority: 'Host Government (to be named)',
    reference: '',
    status: 'open',
    next_review_on: review,
    outcome: null,
    opened_at: toTimestamp(now),
    closed_at: null,
    version: 1,
  });
  await audit(ctx, {
    action: 'incidents.follow-up.open',
    recordType: 'incident_follow_up',
    recordId: id,
    missionId: incident.missionId,
    change: { incidentId: incident.id, because },
  });
  return true;
}

async function scoped(ctx: RequestContext, row: Awaited<ReturnType<typeof findFollowUpRow>>) {
  if (!row) return undefined;
  const labels = (await labelsOf(ctx, recordType, [row.incident_id])).get(row.incident_id) ?? [];
  return { ...toFollowUp(row, today(ctx)), compartmentIds: labels };
}

/** Open follow-ups in view, the overdue ones flagged. @throws forbidden */
export async function listOpenFollowUps(ctx: RequestContext): Promise<FollowUp[]> {
  assertPermission(ctx.actor, 'incidents:read');
  return (await selectOpenFollowUps(ctx.db, ctx.actor)).map((row) => toFollowUp(row, today(ctx)));
}

/** The follow-up of an incident the caller may see, if any. @throws forbidden, not_found */
export async function followUpOfIncident(
  ctx: RequestContext,
  incidentId: string,
): Promise<FollowUp | null> {
  const row = await findFollowUpRow(ctx.db, { incidentId });
  if (!row) return null;
  const { compartmentIds: _c, ...followUp } = assertCan(ctx.actor, 'incidents:read', {
    kind: 'Follow-up',
    record: await scoped(ctx, row),
  });
  return followUp;
}

/** Records a review; an outcome closes the follow-up. @throws forbidden, not_found, conflict, invalid_state */
export async function reviewFollowUp(
  ctx: RequestContext,
  id: string,
  input: UpdateFollowUpInput,
): Promise<FollowUp> {
  return inTransaction(ctx, async (tx) => {
    const current = assertCan(tx.actor, 'incidents:write', {
      kind: 'Follow-up',
      record: await scoped(tx, await findFollowUpRow(tx.db, { id })),
    });
    if (current.version !== input.version) throw staleVersion('Follow-up', input.version);
    if (current.status === 'closed')
      throw new DomainError('invalid_state', 'This follow-up is closed: its outcome is recorded');
    const closing = input.outcome !== undefined;
    const changes = {
      ...(input.authority !== undefined ? { authority: input.authority } : {}),
      ...(input.reference !== undefined ? { reference: input.reference } : {}),
      ...(input.nextReviewOn !== undefined ? { next_review_on: input.nextReviewOn } : {}),
      ...(closing
        ? {
            outcome: input.outcome ?? null,
            status: 'closed' as const,
            closed_at: toTimestamp(tx.clock.now()),
          }
        : {}),
    };
    if (!(await updateFollowUpRow(tx.db, { id, expectedVersion: input.version, changes })))
      throw staleVersion('Follow-up', input.version);
    await audit(tx, {
      action: closing ? 'incidents.follow-up.close' : 'incidents.follow-up.review',
      recordType: 'incident_follow_up',
      recordId: id,
      missionId: current.missionId,
      change: input,
    });
    return toFollowUp((await findFollowUpRow(tx.db, { id }))!, today(tx));
  });
}
