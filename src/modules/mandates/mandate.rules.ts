/**
 * D1 and D2 (¶57–59, ¶71): a mandate's tasks in phases, the conditions a later task waits on, and
 * the indicators that measure its benchmarks. Pure.
 *
 * D1: in a sequenced mandate (¶59) the first phase holds only political, security and protection
 * tasks; a task of a later phase states at least one condition — a benchmark reached, or the
 * Secretary-General's report back to the Council delivered (¶58) — and cannot be started before
 * every condition holds on the day it starts. No task starts before the mandate is adopted or
 * after it expires.
 *
 * D2: an indicator has a baseline, a target, a direction and a day by which the target is due. Its
 * latest value meets the target, or is on the straight way from the baseline to it by that day (on
 * track); short of that way but moving towards the target over its last values (at risk); or short
 * and not moving towards it (off track). A benchmark is reached when each of its indicators meets
 * its target.
 */
import { DomainError } from '../../core/errors.js';

export const taskAreas = ['political', 'security', 'protection', 'other'] as const;
export type TaskArea = (typeof taskAreas)[number];
/** ¶59: what an initial, restricted mandate may hold. */
export const firstPhaseAreas: readonly TaskArea[] = ['political', 'security', 'protection'];

export const taskStatuses = ['planned', 'started', 'completed', 'suspended'] as const;
export type TaskStatus = (typeof taskStatuses)[number];

export const conditionKinds = ['benchmark_reached', 'report_back'] as const;
export type ConditionKind = (typeof conditionKinds)[number];

export const directions = ['increase', 'decrease'] as const;
export type Direction = (typeof directions)[number];

export const indicatorStates = ['on_track', 'at_risk', 'off_track', 'no_data'] as const;
export type IndicatorState = (typeof indicatorStates)[number];

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** D1 at a task's creation: a sequenced mandate's first phase is political, security, protection. */
export function assertTaskPlace(input: {
  sequenced: boolean;
  phase: number;
  area: TaskArea;
}): void {
  if (input.sequenced && input.phase === 1 && !firstPhaseAreas.includes(input.area))
    throw invalid(
      'phase',
      'a sequenced mandate’s first phase holds political, security and protection tasks only (¶59): put this task in a later phase, with the conditions it waits on',
    );
}

export interface IndicatorValue {
  /** YYYY-MM */
  period: string;
  value: number;
}

export interface IndicatorForStatus {
  baseline: number;
  /** YYYY-MM of the baseline. */
  baselinePeriod: string;
  target: number;
  /** YYYY-MM by which the target is due. */
  targetPeriod: string;
  direction: Direction;
  values: readonly IndicatorValue[];
}

const monthIndex = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return y * 12 + (m - 1);
};

/** Whether `value` meets the target in the indicator's direction. */
export const meetsTarget = (i: Pick<IndicatorForStatus, 'target' | 'direction'>, value: number) =>
  i.direction === 'increase' ? value >= i.target : value <= i.target;

/**
 * D2: where an indicator stands as of `asOf` (YYYY-MM): its values up to that month only.
 * `expected` is where the straight way from the baseline to the target stands that month.
 */
export function indicatorStatus(
  indicator: IndicatorForStatus,
  asOf: string,
): { state: IndicatorState; latest: IndicatorValue | null; expected: number; met: boolean } {
  const values = [...indicator.values]
    .filter((v) => v.period <= asOf)
    .sort((a, b) => a.period.localeCompare(b.period));
  const span = Math.max(
    1,
    monthIndex(indicator.targetPeriod) - monthIndex(indicator.baselinePeriod),
  );
  const elapsed = Math.min(
    1,
    Math.max(0, (monthIndex(asOf) - monthIndex(indicator.baselinePeriod)) / span),
  );
  const expected = indicator.baseline + (indicator.target - indicator.baseline) * elapsed;
  const latest = values.at(-1) ?? null;
  if (!latest) return { state: 'no_data', latest, expected, met: false };
  const met = meetsTarget(indicator, latest.value);
  const sign = indicator.direction === 'increase' ? 1 : -1;
  if (met || sign * (latest.value - expected) >= 0)
    return { state: 'on_track', latest, expected, met };
  // The trend: the latest value against the one three values before (or the first).
  const before = values[Math.max(0, values.length - 4)]!;
  const moving = values.length > 1 && sign * (latest.value - before.value) > 0;
  return { state: moving ? 'at_risk' : 'off_track', latest, expected, met };
}

export interface ConditionState {
  id: string;
  kind: ConditionKind;
  description: string;
  /** benchmark_reached: whether the benchmark is reached on the day asked. */
  benchmarkReached?: boolean;
  /** report_back: the day the report was delivered, if it was. */
  metOn?: string | null;
}

export interface TaskForStart {
  phase: number;
  status: TaskStatus;
}

/**
 * D1: may the task start on `day` (YYYY-MM-DD)? Planned (or suspended) only; the mandate in force
 * that day; a later-phase task with every condition holding that day.
 * @throws invalid_state naming the first condition that does not hold; validation_failed (the day)
 */
/** Why a task may not start on a day: each reason a code and what it names, for every language. */
export type WaitReason =
  | { code: 'status'; status: string }
  | { code: 'before_adoption'; date: string }
  | { code: 'after_expiry'; date: string }
  | { code: 'no_conditions'; phase: number }
  | { code: 'condition'; condition: string; day: string };

interface StartInput {
  task: TaskForStart;
  mandate: { adoptedOn: string; expiresOn: string };
  conditions: readonly ConditionState[];
  day: string;
}

/** D1: the first reason the task may not start on `day`, or null when it may. */
export function whyNotStart(input: StartInput): WaitReason | null {
  const { task, mandate, conditions, day } = input;
  if (task.status !== 'planned' && task.status !== 'suspended')
    return { code: 'status', status: task.status };
  if (day < mandate.adoptedOn) return { code: 'before_adoption', date: mandate.adoptedOn };
  if (day > mandate.expiresOn) return { code: 'after_expiry', date: mandate.expiresOn };
  if (task.phase === 1) return null;
  if (conditions.length === 0) return { code: 'no_conditions', phase: task.phase };
  for (const c of conditions) {
    const holds =
      c.kind === 'benchmark_reached' ? c.benchmarkReached === true : !!c.metOn && c.metOn <= day;
    if (!holds) return { code: 'condition', condition: c.description, day };
  }
  return null;
}

/** The reason in the API's words (English): the refusal's message, and `waitingOn`. */
export function waitMessage(reason: WaitReason): string {
  switch (reason.code) {
    case 'status':
      return `the task is ${reason.status}: only a planned or suspended task starts`;
    case 'before_adoption':
      return `startedOn: before the mandate was adopted (${reason.date})`;
    case 'after_expiry':
      return `startedOn: after the mandate expired (${reason.date})`;
    case 'no_conditions':
      return `a phase-${reason.phase} task waits on the conditions its mandate sets (¶58–59); none is stated`;
    case 'condition':
      return `the task waits on “${reason.condition}”, which does not hold on ${reason.day}`;
  }
}

/** D1: refuses a start the task may not make, naming the condition. */
export function assertMayStart(input: StartInput): void {
  const reason = whyNotStart(input);
  if (!reason) return;
  if (reason.code === 'before_adoption' || reason.code === 'after_expiry')
    throw invalid(
      'startedOn',
      reason.code === 'before_adoption'
        ? `before the mandate was adopted (${reason.date})`
        : `after the mandate expired (${reason.date})`,
    );
  throw new DomainError('invalid_state', waitMessage(reason));
}
