/**
 * D6 (¶81–82): the start-up of a mission from its mandate's adoption — its milestones recorded by
 * the planners, the headquarters functional among them (due within 8–12 weeks), and the standing
 * start-up measures, in force for six months, renewed six months at a time or let lapse by
 * headquarters. Every write audited, against the version read.
 */
import { DomainError, forbidden, staleVersion } from '../../core/errors.js';
import { latestDay } from '../../core/happened.js';
import { assertPermission } from '../../core/policy.js';
import { toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { answer, reach, todayOf } from './mandate.reads.js';
import {
  findMandate,
  findMilestone,
  insertMilestone,
  mandateRows,
  updateMandate,
  updateMilestone,
} from './mandate.repository.js';
import type {
  AddMilestoneInput,
  Mandate,
  MeasuresInput,
  MilestoneDoneInput,
} from './mandate.schema.js';
import { renewedUntil } from './startup.rules.js';

const recordType = 'mandate';
const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** D6: a start-up milestone of the mandate. @throws forbidden, not_found */
export async function addMilestone(
  ctx: RequestContext,
  mandateId: string,
  input: AddMilestoneInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const mandate = reach(ctx, await findMandate(ctx.db, mandateId), { kind: 'Mandate' });
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await inTransaction(ctx, async (tx) => {
    await insertMilestone(tx.db, {
      id,
      mandate_id: mandateId,
      mission_id: mandate.mission_id,
      name: input.name,
      hq_functional: toBool(false),
      done_on: null,
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    });
    await audit(tx, {
      action: 'mandates.milestone.add',
      recordType,
      recordId: mandateId,
      missionId: mandate.mission_id,
      change: { milestoneId: id, name: input.name },
    });
  });
  return answer(ctx, mandate);
}

/** D6: a milestone reached, on a day from the adoption to today. @throws forbidden, not_found, conflict, validation_failed */
export async function milestoneDone(
  ctx: RequestContext,
  milestoneId: string,
  input: MilestoneDoneInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const milestone = reach(ctx, await findMilestone(ctx.db, milestoneId), { kind: 'Milestone' });
  const mandate = (await findMandate(ctx.db, milestone.mandate_id))!;
  if (input.doneOn > latestDay(ctx.clock.now()))
    throw invalid('doneOn', `${input.doneOn} is in the future`);
  if (input.doneOn < mandate.adopted_on)
    throw invalid('doneOn', `before the mandate was adopted (${mandate.adopted_on})`);
  await inTransaction(ctx, async (tx) => {
    const change = { done_on: input.doneOn, updated_at: toTimestamp(tx.clock.now()) };
    if (!(await updateMilestone(tx.db, { id: milestoneId, version: input.version, change })))
      throw staleVersion('The milestone', input.version);
    await audit(tx, {
      action: 'mandates.milestone.done',
      recordType,
      recordId: mandate.id,
      missionId: mandate.mission_id,
      change: { milestoneId, doneOn: input.doneOn },
    });
  });
  return answer(ctx, mandate);
}

/**
 * D6: headquarters renews the standing start-up measures six months on (while they are in force)
 * or lets them lapse. A mission's own planners may not: the measures are headquarters' to extend.
 * @throws forbidden, not_found, conflict, invalid_state (expired or lapsed), validation_failed
 */
export async function decideMeasures(
  ctx: RequestContext,
  mandateId: string,
  input: MeasuresInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  if (ctx.actor.missionId !== null)
    throw forbidden('Headquarters renews or lets lapse the standing start-up measures (¶82)');
  const mandate = reach(ctx, await findMandate(ctx.db, mandateId), { kind: 'Mandate' });
  const today = todayOf(ctx);
  const on = input.on ?? today;
  if (on > latestDay(ctx.clock.now())) throw invalid('on', `${on} is in the future`);
  const measures = { until: mandate.measures_until, lapsedOn: mandate.measures_lapsed_on };
  let change: { measures_until?: string; measures_lapsed_on?: string };
  // A renewal is judged today, whatever day it names: an expired measure is not revived by a
  // date in the past.
  if (input.action === 'renew') change = { measures_until: renewedUntil(measures, today) };
  else {
    if (measures.lapsedOn)
      throw new DomainError('invalid_state', 'the start-up measures have lapsed already');
    change = { measures_lapsed_on: on };
  }
  await inTransaction(ctx, async (tx) => {
    const done = await updateMandate(tx.db, {
      id: mandateId,
      version: input.version,
      change: { ...change, updated_at: toTimestamp(tx.clock.now()) },
    });
    if (!done) throw staleVersion('The mandate', input.version);
    await audit(tx, {
      action: `mandates.measures.${input.action}`,
      recordType,
      recordId: mandateId,
      missionId: mandate.mission_id,
      change,
    });
  });
  return answer(ctx, (await findMandate(ctx.db, mandateId))!);
}

/**
 * D6, for P2 (personnel): the periods the mission's standing start-up measures were in force, both
 * days in (from a mandate's adoption to their last day, or the day they were let lapse). Whoever
 * asks: the caller has authorized the mission.
 */
export async function startupMeasuresPeriods(
  ctx: RequestContext,
  missionId: string,
): Promise<{ from: string; to: string }[]> {
  return (await mandateRows(ctx.db, [missionId]))
    .map((m) => ({ from: m.adopted_on, to: m.measures_lapsed_on ?? m.measures_until }))
    .sort((a, b) => a.from.localeCompare(b.from));
}
