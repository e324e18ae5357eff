/**
 * D2 (¶71): a task's benchmarks and their indicators — entered month by month by their owner (or a
 * planner), or counted from the record (incidents per month, as the reader may see them, in the
 * indicator's mission). Every write audited.
 */
import { DomainError } from '../../core/errors.js';
import { toJson, toTimestamp } from '../../db/codecs.js';
import { assertPermission } from '../../core/policy.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { assertActiveUserOf } from '../accounts/responsible.service.js';
import { audit } from '../audit/audit.service.js';
import {
  findBenchmark,
  findIndicator,
  findMandate,
  findTask,
  insertBenchmark,
  insertIndicator,
  upsertIndicatorValue,
} from './mandate.repository.js';
import type { AddBenchmarkInput, AddIndicatorInput, Mandate } from './mandate.schema.js';
import { answer, reach, todayOf } from './mandate.reads.js';

const recordType = 'mandate';
const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** D2: a benchmark of a task. */
export async function addBenchmark(
  ctx: RequestContext,
  taskId: string,
  input: AddBenchmarkInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const task = reach(ctx, await findTask(ctx.db, taskId), { kind: 'Task' });
  const id = ctx.ids.newId();
  await inTransaction(ctx, async (tx) => {
    await insertBenchmark(tx.db, {
      id,
      task_id: taskId,
      mission_id: task.mission_id,
      title: input.title,
      created_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'mandates.benchmark.add',
      recordType,
      recordId: task.mandate_id,
      missionId: task.mission_id,
      change: { taskId, benchmarkId: id, title: input.title },
    });
  });
  return answer(ctx, (await findMandate(ctx.db, task.mandate_id))!);
}

/** D2: an indicator of a benchmark, entered by its owner or counted from the record. */
export async function addIndicator(
  ctx: RequestContext,
  benchmarkId: string,
  input: AddIndicatorInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const benchmark = reach(ctx, await findBenchmark(ctx.db, benchmarkId), { kind: 'Benchmark' });
  if (input.targetPeriod <= input.baselinePeriod)
    throw invalid('targetPeriod', 'after the baseline');
  if (
    input.direction === 'increase' ? input.target <= input.baseline : input.target >= input.baseline
  )
    throw invalid('target', `a target to ${input.direction} from the baseline`);
  const owner = await assertActiveUserOf(ctx, {
    username: input.owner ?? ctx.actor.username,
    missionId: benchmark.mission_id,
    path: 'owner',
  });
  const task = (await findTask(ctx.db, benchmark.task_id))!;
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  const params =
    input.source === 'manual'
      ? {}
      : {
          ...(input.category && { category: input.category }),
          ...(input.adminArea && { adminArea: input.adminArea }),
        };
  await inTransaction(ctx, async (tx) => {
    await insertIndicator(tx.db, {
      id,
      benchmark_id: benchmarkId,
      mission_id: benchmark.mission_id,
      name: input.name,
      unit: input.unit,
      baseline: input.baseline,
      baseline_period: input.baselinePeriod,
      target: input.target,
      target_period: input.targetPeriod,
      direction: input.direction,
      source: input.source,
      source_params: toJson(params),
      owner,
      created_at: stamp,
      updated_at: stamp,
      version: 1,
    });
    await audit(tx, {
      action: 'mandates.indicator.add',
      recordType,
      recordId: task.mandate_id,
      missionId: benchmark.mission_id,
      change: { benchmarkId, indicatorId: id, ...input, owner },
    });
  });
  return answer(ctx, (await findMandate(ctx.db, task.mandate_id))!);
}

/**
 * D2: one month's value of an entered indicator, by its owner or a planner of the mission; a month
 * not in the future; a computed indicator takes none.
 * @throws forbidden, not_found, invalid_state (computed), validation_failed (period)
 */
export async function setIndicatorValue(
  ctx: RequestContext,
  { indicatorId, period }: { indicatorId: string; period: string },
  value: number,
): Promise<void> {
  const row = await findIndicator(ctx.db, indicatorId);
  const isOwner = row !== undefined && row.owner === ctx.actor.username;
  // Its owner enters it from wherever they work in the mission; anyone else must plan it.
  reach(ctx, row, {
    kind: 'Indicator',
    permission: isOwner ? 'missions:read' : 'mandates:write',
  });
  if (row!.source !== 'manual')
    throw new DomainError(
      'invalid_state',
      `${row!.name} is counted from the record; it takes no value`,
    );
  if (period > todayOf(ctx).slice(0, 7)) throw invalid('period', `${period} is in the future`);
  await inTransaction(ctx, async (tx) => {
    await upsertIndicatorValue(tx.db, {
      indicator_id: indicatorId,
      period,
      value,
      entered_by: tx.actor.username,
      entered_at: toTimestamp(tx.clock.now()),
    });
    await audit(tx, {
      action: 'mandates.indicator.value',
      recordType: 'mandate_indicator',
      recordId: indicatorId,
      missionId: row!.mission_id,
      change: { period, value },
    });
  });
}
