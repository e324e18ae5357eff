/**
 * P5 (¶64): national staff and community liaison officers month by month from the mission's first
 * month, against its plan; P6 (¶124): who has not completed the SEA e-learning — civilians on board
 * and the uniformed people of the units deployed in the missions in view. Counts for
 * personnel:read; civilians' names only with personnel:identify. Writes audited.
 */
import {
  assertPermission,
  hasPermission,
  missionForWrite,
  missionsToRead,
} from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { dayOf } from '../../core/days.js';
import { audit } from '../audit/audit.service.js';
import { deployedUnits } from '../capabilities/pledge.service.js';
import { seaTrainingOfUnits } from '../capabilities/personnel.service.js';
import { getMission } from '../missions/mission.service.js';
import { DomainError } from '../../core/errors.js';
import {
  recruitmentRows,
  staffingRows,
  upsertStaffingCount,
  upsertStaffingPlan,
} from './personnel.repository.js';
import { staffingMonths, type StaffingCategory } from './staffing.rules.js';
import type {
  SeaTrainingGaps,
  Staffing,
  StaffingCountInput,
  StaffingPlanInput,
} from './staffing.schema.js';

/** The one mission a staffing view is about: the one asked, or the one worked in. */
function oneMission(ctx: RequestContext, requested: string | undefined): string {
  return missionForWrite(ctx.actor, requested);
}

/** P5: the mission's months against its plan. @throws forbidden, not_found, validation_failed (no mission chosen) */
export async function nationalStaffing(
  ctx: RequestContext,
  query: { missionId?: string },
): Promise<Staffing> {
  assertPermission(ctx.actor, 'personnel:read');
  const missionId = oneMission(ctx, query.missionId);
  const mission = await getMission(ctx, missionId);
  const rows = await staffingRows(ctx.db, missionId);
  const firstMonth = mission.mandateStart.slice(0, 7);
  const result = staffingMonths(
    rows.counts.map((c) => ({ ...c, category: c.category as StaffingCategory })),
    rows.plans.map((p) => ({
      category: p.category as StaffingCategory,
      fromMonth: p.from_month,
      planned: p.planned,
      plannedWomen: p.planned_women,
    })),
    { firstMonth, thisMonth: dayOf(ctx.clock.now()).slice(0, 7) },
  );
  return { missionId, firstMonth, ...result };
}

async function assertMonth(
  ctx: RequestContext,
  missionId: string,
  { path, month }: { path: 'month' | 'fromMonth'; month: string },
) {
  const mission = await getMission(ctx, missionId);
  const first = mission.mandateStart.slice(0, 7);
  if (month > dayOf(ctx.clock.now()).slice(0, 7) && path === 'month')
    throw new DomainError('validation_failed', `${path}: ${month} has not begun`, [
      { path, message: 'a month to come' },
    ]);
  if (month < first)
    throw new DomainError(
      'validation_failed',
      `${path}: ${month} is before the mission began (${first})`,
      [{ path, message: `before the mission began (${first})` }],
    );
}

/** P5: a month's head count (replacing an earlier return). @throws forbidden, not_found, validation_failed */
export async function recordStaffingCount(
  ctx: RequestContext,
  input: StaffingCountInput,
): Promise<Staffing> {
  assertPermission(ctx.actor, 'personnel:write');
  const missionId = oneMission(ctx, input.missionId);
  await assertMonth(ctx, missionId, { path: 'month', month: input.month });
  await inTransaction(ctx, async (tx) => {
    await upsertStaffingCount(tx.db, {
      mission_id: missionId,
      month: input.month,
      category: input.category,
      women: input.women,
      men: input.men,
      recorded_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'personnel.staffing.count',
      recordType: 'mission',
      recordId: missionId,
      missionId,
      change: { month: input.month, category: input.category, women: input.women, men: input.men },
    });
  });
  return nationalStaffing(ctx, { missionId });
}

/** P5: the plan for a category from a month on. @throws forbidden, not_found, validation_failed */
export async function recordStaffingPlan(
  ctx: RequestContext,
  input: StaffingPlanInput,
): Promise<Staffing> {
  assertPermission(ctx.actor, 'personnel:write');
  const missionId = oneMission(ctx, input.missionId);
  await assertMonth(ctx, missionId, { path: 'fromMonth', month: input.fromMonth });
  await inTransaction(ctx, async (tx) => {
    await upsertStaffingPlan(tx.db, {
      mission_id: missionId,
      category: input.category,
      from_month: input.fromMonth,
      planned: input.planned,
      planned_women: input.plannedWomen,
      recorded_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'personnel.staffing.plan',
      recordType: 'mission',
      recordId: missionId,
      missionId,
      change: { ...input, missionId },
    });
  });
  return nationalStaffing(ctx, { missionId });
}

/** P6: who has not done the SEA e-learning, in the missions in view. @throws forbidden, not_found */
export async function seaTrainingGaps(
  ctx: RequestContext,
  query: { missionId?: string },
): Promise<SeaTrainingGaps> {
  assertPermission(ctx.actor, 'personnel:read');
  const missions = missionsToRead(ctx.actor, query.missionId);
  const onBoard = (await recruitmentRows(ctx.db, missions)).filter(
    (r) => r.arrival_on !== null && r.withdrawn_on === null,
  );
  const untrained = onBoard.filter((r) => r.sea_training_on === null);
  const identify = hasPermission(ctx.actor, 'personnel:identify');
  const units = (await deployedUnits(ctx)).filter(
    (u) => missions === 'all' || missions.includes(u.missionId),
  );
  const uniformed = await seaTrainingOfUnits(
    ctx,
    units.map((u) => u.id),
  );
  const unitOf = new Map(units.map((u) => [u.id, u]));
  return {
    civilians: {
      onBoard: onBoard.length,
      untrained: untrained.length,
      people: untrained.map((r) => ({
        recruitmentId: r.id,
        missionId: r.mission_id,
        reference: r.reference,
        post: r.post,
        arrivedOn: r.arrival_on!,
        name:
          identify && r.candidate
            ? ctx.cipher.decrypt(r.candidate, {
                table: 'personnel_recruitments',
                id: r.id,
                field: 'candidate',
              })
            : null,
      })),
    },
    uniformed: {
      deployedUnits: units.length,
      people: uniformed.people,
      untrained: uniformed.lacking.length,
      lacking: uniformed.lacking.map((p) => {
        const u = unitOf.get(p.pledgeId)!;
        return {
          unitId: u.id,
          contributor: u.contributor,
          capability: u.capability,
          missionId: u.missionId,
          serviceNumber: p.serviceNumber,
          rank: p.rank,
        };
      }),
    },
  };
}
