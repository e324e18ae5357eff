/**
 * M1 (¶110–111): the 10-1-2 timeline of a casualty — first aid at the point of injury within 10
 * minutes, advanced resuscitation within 1 hour, damage-control surgery within 2 hours of the
 * injury. Each step's time is recorded; each step is met, missed, not applicable (the casualty did
 * not need it), not recorded (its window closed without a time) or still due (its window is open).
 * Compliance per mission, facility and month is met over the steps that could be judged (met +
 * missed); steps not recorded are counted beside it, never silently as met or missed. Pure.
 */
import { DomainError } from '../../core/errors.js';

export const tenOneTwoSteps = ['first_aid', 'resuscitation', 'surgery'] as const;
export type TenOneTwoStep = (typeof tenOneTwoSteps)[number];

/** Minutes from the injury within which each step must start. */
export const stepTargetMinutes: Readonly<Record<TenOneTwoStep, number>> = {
  first_aid: 10,
  resuscitation: 60,
  surgery: 120,
};

export const stepOutcomes = ['met', 'missed', 'not_applicable', 'not_recorded', 'due'] as const;
export type StepOutcome = (typeof stepOutcomes)[number];

export interface StepRecord {
  /** ISO instant the step started, or null when not (yet) recorded. */
  at: string | null;
  /** The casualty did not need this step (e.g. no surgery for a minor wound). */
  notApplicable: boolean;
  /** Where it was given (null at the point of injury). */
  facilityId: string | null;
}

export interface CasualtyTimeline {
  /** ISO instant of the injury. */
  injuredAt: string;
  steps: Readonly<Record<TenOneTwoStep, StepRecord>>;
}

const minutesBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 60_000;

/** A step's outcome and minutes at `now` (ms), without the due instant: what the report needs. */
function judge(
  timeline: CasualtyTimeline,
  step: TenOneTwoStep,
  now: number,
): { outcome: StepOutcome; minutes: number | null; due: number } {
  const record = timeline.steps[step];
  const due = Date.parse(timeline.injuredAt) + stepTargetMinutes[step] * 60_000;
  if (record.notApplicable) return { outcome: 'not_applicable', minutes: null, due };
  if (record.at !== null) {
    const minutes = Math.round(minutesBetween(timeline.injuredAt, record.at) * 10) / 10;
    return { outcome: minutes <= stepTargetMinutes[step] ? 'met' : 'missed', minutes, due };
  }
  return { outcome: now <= due ? 'due' : 'not_recorded', minutes: null, due };
}

/** Where one step stands at `now`. */
export function stepOutcome(
  timeline: CasualtyTimeline,
  step: TenOneTwoStep,
  now: Date,
): { outcome: StepOutcome; minutes: number | null; dueAt: string } {
  const { outcome, minutes, due } = judge(timeline, step, now.getTime());
  return { outcome, minutes, dueAt: new Date(due).toISOString() };
}

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/**
 * A timeline as recorded must be possible: no step before the injury or after `now`, a step not
 * both done and not applicable, the steps in their order (resuscitation not before first aid,
 * surgery not before resuscitation, when both are recorded).
 * @throws validation_failed naming the step
 */
export function assertTimeline(timeline: CasualtyTimeline, now: Date): void {
  if (Date.parse(timeline.injuredAt) > now.getTime())
    throw invalid('injuredAt', 'the injury cannot be in the future');
  let previous: { step: TenOneTwoStep; at: string } | null = null;
  for (const step of tenOneTwoSteps) {
    const record = timeline.steps[step];
    if (record.at === null) continue;
    const path = `steps.${step}.at`;
    if (record.notApplicable) throw invalid(path, 'a step given cannot also be not applicable');
    if (Date.parse(record.at) < Date.parse(timeline.injuredAt))
      throw invalid(path, 'before the injury');
    if (Date.parse(record.at) > now.getTime()) throw invalid(path, 'in the future');
    if (previous && Date.parse(record.at) < Date.parse(previous.at))
      throw invalid(path, `before ${previous.step.replace('_', ' ')}`);
    previous = { step, at: record.at };
  }
}

export interface ComplianceRow {
  /** The group: a mission id, a facility id (or "point_of_injury") or a month (YYYY-MM). */
  key: string;
  step: TenOneTwoStep;
  met: number;
  missed: number;
  notApplicable: number;
  notRecorded: number;
  due: number;
  /** met / (met + missed), or null when no step could be judged. */
  compliance: number | null;
}

export type ComplianceGroup = 'mission' | 'facility' | 'month';

export interface CasualtyForCompliance extends CasualtyTimeline {
  missionId: string;
}

/**
 * Compliance by group and step. A casualty's month is the UTC month of its injury; its facility for
 * a step is where that step was given (first aid is at the point of injury).
 */
export function compliance(
  casualties: readonly CasualtyForCompliance[],
  by: ComplianceGroup,
  now: Date,
): ComplianceRow[] {
  const rows = new Map<string, ComplianceRow>();
  const at = now.getTime();
  for (const c of casualties)
    for (const step of tenOneTwoSteps) {
      const key =
        by === 'mission'
          ? c.missionId
          : by === 'month'
            ? c.injuredAt.slice(0, 7)
            : (c.steps[step].facilityId ?? 'point_of_injury');
      const id = `${key}\u0000${step}`;
      let row = rows.get(id);
      if (!row) {
        row = {
          key,
          step,
          met: 0,
          missed: 0,
          notApplicable: 0,
          notRecorded: 0,
          due: 0,
          compliance: null,
        };
        rows.set(id, row);
      }
      const { outcome } = judge(c, step, at);
      if (outcome === 'met') row.met += 1;
      else if (outcome === 'missed') row.missed += 1;
      else if (outcome === 'not_applicable') row.notApplicable += 1;
      else if (outcome === 'not_recorded') row.notRecorded += 1;
      else row.due += 1;
    }
  for (const row of rows.values())
    row.compliance = row.met + row.missed > 0 ? row.met / (row.met + row.missed) : null;
  return [...rows.values()].sort(
    (a, b) =>
      a.key.localeCompare(b.key) || tenOneTwoSteps.indexOf(a.step) - tenOneTwoSteps.indexOf(b.step),
  );
}
