/**
 * D1 and D2 (¶57–59, ¶71): a mission's mandates, planned by its planners (mandates:write) and read
 * by them and its heads of mission (mandates:read), in the mission's view. A task's status changes
 * only through `setTaskStatus`, which holds D1 on the day given; an indicator's values are entered
 * by its owner (or a planner), or counted from the record (incidents per month, as the reader may
 * see them, in the indicator's mission). Every write audited; every change against the version read.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { latestDay } from '../../core/happened.js';
import { assertPermission, missionForWrite, missionsToRead } from '../../core/policy.js';
import { toBool, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { conflictOnUnique } from '../../db/unique-retry.js';
import { audit } from '../audit/audit.service.js';
import { assertMissionExists } from '../missions/mission.service.js';
import { answer, contentsOf, reach, todayOf } from './mandate.reads.js';
import { conditionStates, mandateOf } from './mandate.mapping.js';
import {
  findBenchmark,
  findCondition,
  findMandate,
  findTask,
  insertCondition,
  insertMandate,
  insertMilestone,
  insertTask,
  mandateRows,
  updateCondition,
  updateTask,
} from './mandate.repository.js';
import type {
  AddConditionInput,
  AddTaskInput,
  CreateMandateInput,
  Mandate,
  ReportDeliveredInput,
  TaskStatusInput,
} from './mandate.schema.js';
import { assertMayStart, assertTaskPlace, type TaskStatus } from './mandate.rules.js';
import { addMonths, measuresMonths } from './startup.rules.js';

const recordType = 'mandate';
const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** @throws forbidden, not_found (mission), conflict (resolution), validation_failed */
export async function createMandate(
  ctx: RequestContext,
  input: CreateMandateInput,
  options: { illustrative?: boolean } = {},
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  if (input.expiresOn <= input.adoptedOn) throw invalid('expiresOn', 'after the adoption');
  if (input.adoptedOn > latestDay(ctx.clock.now()))
    throw invalid('adoptedOn', `${input.adoptedOn} is in the future`);
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  const row = {
    id,
    mission_id: missionId,
    resolution: input.resolution,
    title: input.title,
    adopted_on: input.adoptedOn,
    expires_on: input.expiresOn,
    sequenced: toBool(input.sequenced),
    // D6: the standing start-up measures are in force for six months from the adoption.
    measures_until: addMonths(input.adoptedOn, measuresMonths),
    measures_lapsed_on: null,
    assessment_every_months: input.assessmentEveryMonths,
    illustrative: toBool(options.illustrative === true),
    created_at: stamp,
    updated_at: stamp,
    version: 1,
  };
  await conflictOnUnique(
    () =>
      inTransaction(ctx, async (tx) => {
        await insertMandate(tx.db, row);
        // D6: the headquarters functional is the first milestone of every start-up.
        await insertMilestone(tx.db, {
          id: tx.ids.newId(),
          mandate_id: id,
          mission_id: missionId,
          name: 'Headquarters functional',
          hq_functional: toBool(true),
          done_on: null,
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        });
        await audit(tx, {
          action: 'mandates.mandate.create',
          recordType,
          recordId: id,
          missionId,
          change: {
            resolution: row.resolution,
            adoptedOn: row.adopted_on,
            expiresOn: row.expires_on,
          },
        });
      }),
    `resolution: the mission has ${input.resolution} already`,
    [{ path: 'resolution', message: 'already recorded for this mission' }],
  );
  return answer(ctx, (await findMandate(ctx.db, id))!);
}

/** The mandates in view, the latest adopted first, with everything under them. @throws forbidden */
export async function listMandates(
  ctx: RequestContext,
  query: { missionId?: string },
): Promise<Mandate[]> {
  assertPermission(ctx.actor, 'mandates:read');
  const mandates = await mandateRows(ctx.db, missionsToRead(ctx.actor, query.missionId));
  const contents = await contentsOf(ctx, mandates);
  const today = todayOf(ctx);
  return mandates.map((m) => mandateOf(m, contents, today));
}

/**
 * The mission's mandate in force during a period — the latest adopted on or before its end that
 * has not expired before its start — or null; only that one is read whole.
 * @throws forbidden
 */
export async function mandateInForce(
  ctx: RequestContext,
  missionId: string,
  period: { from: string; to: string },
): Promise<Mandate | null> {
  assertPermission(ctx.actor, 'mandates:read');
  const inForce = (await mandateRows(ctx.db, missionsToRead(ctx.actor, missionId)))
    .filter((m) => m.adopted_on <= period.to && m.expires_on >= period.from)
    .sort((a, b) => b.adopted_on.localeCompare(a.adopted_on))[0];
  return inForce ? answer(ctx, inForce) : null;
}

/** @throws forbidden, not_found */
export async function getMandate(ctx: RequestContext, id: string): Promise<Mandate> {
  return answer(
    ctx,
    reach(ctx, await findMandate(ctx.db, id), { kind: 'Mandate', permission: 'mandates:read' }),
  );
}

/** D1: a task in its phase (a sequenced mandate's first phase is political, security, protection). */
export async function addTask(
  ctx: RequestContext,
  mandateId: string,
  input: AddTaskInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const mandate = reach(ctx, await findMandate(ctx.db, mandateId), { kind: 'Mandate' });
  assertTaskPlace({ sequenced: !!mandate.sequenced, phase: input.phase, area: input.area });
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await conflictOnUnique(
    () =>
      inTransaction(ctx, async (tx) => {
        await insertTask(tx.db, {
          id,
          mandate_id: mandateId,
          mission_id: mandate.mission_id,
          code: input.code,
          title: input.title,
          area: input.area,
          phase: input.phase,
          status: 'planned',
          started_on: null,
          completed_on: null,
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        });
        await audit(tx, {
          action: 'mandates.task.add',
          recordType,
          recordId: mandateId,
          missionId: mandate.mission_id,
          change: { taskId: id, ...input },
        });
      }),
    `code: the mandate has a task ${input.code} already`,
    [{ path: 'code', message: 'already used in this mandate' }],
  );
  return answer(ctx, mandate);
}

/** D1: what a later-phase task waits on: a benchmark of the mandate reached, or a report back delivered. */
export async function addCondition(
  ctx: RequestContext,
  taskId: string,
  input: AddConditionInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const task = reach(ctx, await findTask(ctx.db, taskId), { kind: 'Task' });
  if (task.phase === 1)
    throw invalid(
      'kind',
      'a phase-1 task starts with the mandate: conditions are for later phases',
    );
  if (input.kind === 'benchmark_reached') {
    const benchmark = input.benchmarkId
      ? await findBenchmark(ctx.db, input.benchmarkId)
      : undefined;
    const owner = benchmark ? await findTask(ctx.db, benchmark.task_id) : undefined;
    if (!owner || owner.mandate_id !== task.mandate_id)
      throw invalid('benchmarkId', 'a benchmark of this mandate');
    if (owner.id === task.id)
      throw invalid('benchmarkId', 'a task cannot wait on its own benchmark');
  } else if (!input.dueOn) throw invalid('dueOn', 'the day the report is due to the Council');
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await inTransaction(ctx, async (tx) => {
    await insertCondition(tx.db, {
      id,
      task_id: taskId,
      mission_id: task.mission_id,
      kind: input.kind,
      benchmark_id: input.kind === 'benchmark_reached' ? input.benchmarkId : null,
      description: input.description,
      due_on: input.kind === 'report_back' ? input.dueOn : null,
      met_on: null,
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    });
    await audit(tx, {
      action: 'mandates.condition.add',
      recordType,
      recordId: task.mandate_id,
      missionId: task.mission_id,
      change: { taskId, conditionId: id, ...input },
    });
  });
  return answer(ctx, (await findMandate(ctx.db, task.mandate_id))!);
}

/** D1: the report back to the Council delivered, on a day not in the future. */
export async function reportDelivered(
  ctx: RequestContext,
  conditionId: string,
  input: ReportDeliveredInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const condition = reach(ctx, await findCondition(ctx.db, conditionId), { kind: 'Condition' });
  if (condition.kind !== 'report_back')
    throw new DomainError(
      'invalid_state',
      'a benchmark condition holds when its benchmark is reached',
    );
  if (input.deliveredOn > latestDay(ctx.clock.now()))
    throw invalid('deliveredOn', `${input.deliveredOn} is in the future`);
  const task = (await findTask(ctx.db, condition.task_id))!;
  const mandate = (await findMandate(ctx.db, task.mandate_id))!;
  if (input.deliveredOn < mandate.adopted_on)
    throw invalid('deliveredOn', `before the mandate was adopted (${mandate.adopted_on})`);
  await inTransaction(ctx, async (tx) => {
    const change = { met_on: input.deliveredOn, updated_at: toTimestamp(tx.clock.now()) };
    if (!(await updateCondition(tx.db, { id: conditionId, version: input.version, change })))
      throw staleVersion('The condition', input.version);
    await audit(tx, {
      action: 'mandates.condition.delivered',
      recordType,
      recordId: mandate.id,
      missionId: mandate.mission_id,
      change: { conditionId, deliveredOn: input.deliveredOn },
    });
  });
  return answer(ctx, mandate);
}

/**
 * D1: a task started (when its mandate is in force and every condition holds on that day),
 * completed (once started, not before) or suspended (once started). The only way a task's status
 * changes. @throws forbidden, not_found, conflict, invalid_state (naming the condition), validation_failed
 */
export async function setTaskStatus(
  ctx: RequestContext,
  taskId: string,
  input: TaskStatusInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const task = reach(ctx, await findTask(ctx.db, taskId), { kind: 'Task' });
  const day = input.on ?? todayOf(ctx);
  if (day > latestDay(ctx.clock.now())) throw invalid('on', `${day} is in the future`);
  const mandate = (await findMandate(ctx.db, task.mandate_id))!;
  const status = task.status as TaskStatus;
  if (input.to === 'started') {
    const contents = await contentsOf(ctx, [mandate]);
    assertMayStart({
      task: { phase: task.phase, status },
      mandate: { adoptedOn: mandate.adopted_on, expiresOn: mandate.expires_on },
      conditions: conditionStates(contents, taskId, day),
      day,
    });
  } else if (status !== 'started')
    throw new DomainError(
      'invalid_state',
      `the task is ${status}: only a started task is ${input.to}`,
    );
  else if (input.to === 'completed' && day < task.started_on!)
    throw invalid('on', `before the task started (${task.started_on})`);
  const change =
    input.to === 'started'
      ? // Resuming a suspended task keeps the day it first started.
        { status: 'started', started_on: task.started_on ?? day }
      : input.to === 'completed'
        ? { status: 'completed', completed_on: day }
        : { status: 'suspended' };
  await inTransaction(ctx, async (tx) => {
    if (
      !(await updateTask(tx.db, {
        id: taskId,
        version: input.version,
        change: { ...change, updated_at: toTimestamp(tx.clock.now()) },
      }))
    )
      throw staleVersion('The task', input.version);
    await audit(tx, {
      action: `mandates.task.${input.to}`,
      recordType,
      recordId: mandate.id,
      missionId: mandate.mission_id,
      change: { taskId, ...change },
    });
  });
  return answer(ctx, mandate);
}
