/**
 * D3 (¶71–72) and D4 (¶73): a mandate's impact assessments and independent evaluations with their
 * recommendations, each followed to a decision by the planners; and the hand-over of tasks to
 * national partners, handed over only once the benchmark it waits on is reached. Every write
 * audited, every change against the version read.
 */
import { DomainError, staleVersion } from '../../core/errors.js';
import { latestDay } from '../../core/happened.js';
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { conflictOnUnique } from '../../db/unique-retry.js';
import { audit } from '../audit/audit.service.js';
import { benchmarksReached } from './mandate.mapping.js';
import { answer, contentsOf, reach, todayOf } from './mandate.reads.js';
import {
  findAssessment,
  findRecommendation,
  findTransition,
  insertAssessment,
  insertTransition,
  updateRecommendation,
  updateTransition,
} from './assessment.repository.js';
import { findBenchmark, findMandate, findTask } from './mandate.repository.js';
import type {
  AddAssessmentInput,
  AddTransitionInput,
  Mandate,
  RecommendationStepInput,
  TransitionStepInput,
} from './mandate.schema.js';
import {
  assertRecommendationStep,
  assertTransitionStep,
  type RecommendationStatus,
  type TransitionStatus,
} from './assessment.rules.js';

const recordType = 'mandate';
const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** A day a thing happened: not in the future, not before the mandate's adoption. */
function assertDay(
  ctx: RequestContext,
  { path, value, notBefore }: { path: string; value: string; notBefore: string },
) {
  if (value > latestDay(ctx.clock.now())) throw invalid(path, `${value} is in the future`);
  if (value < notBefore) throw invalid(path, `before ${notBefore}`);
}

/** D3: an impact assessment or an independent evaluation, with its findings and recommendations. */
export async function addAssessment(
  ctx: RequestContext,
  mandateId: string,
  input: AddAssessmentInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const mandate = reach(ctx, await findMandate(ctx.db, mandateId), { kind: 'Mandate' });
  assertDay(ctx, { path: 'conductedOn', value: input.conductedOn, notBefore: mandate.adopted_on });
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await inTransaction(ctx, async (tx) => {
    await insertAssessment(
      tx.db,
      {
        id,
        mandate_id: mandateId,
        mission_id: mandate.mission_id,
        kind: input.kind,
        title: input.title,
        conducted_by: input.conductedBy,
        conducted_on: input.conductedOn,
        findings: input.findings,
        created_at: stamp,
      },
      input.recommendations.map((text) => ({
        id: tx.ids.newId(),
        assessment_id: id,
        mission_id: mandate.mission_id,
        text,
        status: 'open',
        reason: '',
        decided_on: null,
        implemented_on: null,
        updated_at: stamp,
        version: 1,
      })),
    );
    await audit(tx, {
      action: 'mandates.assessment.add',
      recordType,
      recordId: mandateId,
      missionId: mandate.mission_id,
      change: { assessmentId: id, ...input },
    });
  });
  return answer(ctx, mandate);
}

/**
 * D3: a recommendation accepted, implemented (once accepted) or rejected (with the reason), on a
 * day not in the future nor before the assessment.
 * @throws forbidden, not_found, conflict, invalid_state, validation_failed
 */
export async function decideRecommendation(
  ctx: RequestContext,
  recommendationId: string,
  input: RecommendationStepInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const rec = reach(ctx, await findRecommendation(ctx.db, recommendationId), {
    kind: 'Recommendation',
  });
  const assessment = (await findAssessment(ctx.db, rec.assessment_id))!;
  const mandate = (await findMandate(ctx.db, assessment.mandate_id))!;
  assertRecommendationStep(rec.status as RecommendationStatus, input.to, input.reason);
  const on = input.on ?? todayOf(ctx);
  assertDay(ctx, { path: 'on', value: on, notBefore: assessment.conducted_on });
  if (input.to === 'implemented' && rec.decided_on && on < rec.decided_on)
    throw invalid('on', `before it was accepted (${rec.decided_on})`);
  const change =
    input.to === 'implemented'
      ? { status: input.to, implemented_on: on }
      : { status: input.to, decided_on: on, reason: input.reason };
  await inTransaction(ctx, async (tx) => {
    const done = await updateRecommendation(tx.db, {
      id: recommendationId,
      version: input.version,
      change: { ...change, updated_at: toTimestamp(tx.clock.now()) },
    });
    if (!done) throw staleVersion('The recommendation', input.version);
    await audit(tx, {
      action: `mandates.recommendation.${input.to}`,
      recordType,
      recordId: mandate.id,
      missionId: mandate.mission_id,
      change: { recommendationId, ...change },
    });
  });
  return answer(ctx, mandate);
}

/** D4: the national partner that takes a task over (one per task), and the benchmark it waits on. */
export async function addTransition(
  ctx: RequestContext,
  taskId: string,
  input: AddTransitionInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const task = reach(ctx, await findTask(ctx.db, taskId), { kind: 'Task' });
  if (input.benchmarkId !== null) {
    const benchmark = await findBenchmark(ctx.db, input.benchmarkId);
    const owner = benchmark ? await findTask(ctx.db, benchmark.task_id) : undefined;
    if (!owner || owner.mandate_id !== task.mandate_id)
      throw invalid('benchmarkId', 'a benchmark of this mandate');
  }
  const id = ctx.ids.newId();
  const stamp = toTimestamp(ctx.clock.now());
  await conflictOnUnique(
    () =>
      inTransaction(ctx, async (tx) => {
        await insertTransition(tx.db, {
          id,
          task_id: taskId,
          mission_id: task.mission_id,
          partner: input.partner,
          benchmark_id: input.benchmarkId,
          status: 'planned',
          handed_over_on: null,
          note: '',
          created_at: stamp,
          updated_at: stamp,
          version: 1,
        });
        await audit(tx, {
          action: 'mandates.transition.add',
          recordType,
          recordId: task.mandate_id,
          missionId: task.mission_id,
          change: { taskId, transitionId: id, ...input },
        });
      }),
    'the task has its national partner already',
  );
  return answer(ctx, (await findMandate(ctx.db, task.mandate_id))!);
}

/**
 * D4: the hand-over moves on — in progress, handed over (its benchmark reached that month, on a
 * day not in the future), suspended, resumed.
 * @throws forbidden, not_found, conflict, invalid_state (naming the benchmark), validation_failed
 */
export async function stepTransition(
  ctx: RequestContext,
  transitionId: string,
  input: TransitionStepInput,
): Promise<Mandate> {
  assertPermission(ctx.actor, 'mandates:write');
  const transition = reach(ctx, await findTransition(ctx.db, transitionId), {
    kind: 'Transition',
  });
  const task = (await findTask(ctx.db, transition.task_id))!;
  const mandate = (await findMandate(ctx.db, task.mandate_id))!;
  const on = input.on ?? todayOf(ctx);
  assertDay(ctx, { path: 'on', value: on, notBefore: mandate.adopted_on });
  let benchmark: { title: string; reached: boolean } | null = null;
  if (transition.benchmark_id) {
    const contents = await contentsOf(ctx, [mandate]);
    const row = (await findBenchmark(ctx.db, transition.benchmark_id))!;
    benchmark = {
      title: row.title,
      reached: benchmarksReached(contents, on.slice(0, 7)).get(row.id) === true,
    };
  }
  assertTransitionStep(transition.status as TransitionStatus, input.to, benchmark);
  const change = {
    status: input.to,
    note: input.note,
    ...(input.to === 'handed_over' && { handed_over_on: on }),
  };
  await inTransaction(ctx, async (tx) => {
    const done = await updateTransition(tx.db, {
      id: transitionId,
      version: input.version,
      change: { ...change, updated_at: toTimestamp(tx.clock.now()) },
    });
    if (!done) throw staleVersion('The hand-over', input.version);
    await audit(tx, {
      action: `mandates.transition.${input.to}`,
      recordType,
      recordId: mandate.id,
      missionId: mandate.mission_id,
      change: { transitionId, ...change },
    });
  });
  return answer(ctx, mandate);
}
