/** Pure rules of an allegation case: the workflow and the clocks of C1 and C2 (¶119). No I/O. */
import { DomainError } from '../../core/errors.js';
import {
  allowedTransitions,
  type CaseStatus,
  type ChangeCaseStatusInput,
  type Clock,
  type ClockSettings,
} from './case.schema.js';
import type { Category } from './case.taxonomy.js';

export { allowedTransitions };

const hour = 3_600_000;
const day = 24 * hour;
/** A clock is "due soon" this long before it falls due: a day for evidence, 30 days for the investigation. */
export const dueSoonWindow = { evidence: day, investigation: 30 * day } as const;

/** Receipt + n calendar months, clamped to the month's last day (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(at: Date, months: number): Date {
  const result = new Date(at.getTime());
  const dayOfMonth = result.getUTCDate();
  result.setUTCDate(1);
  result.setUTCMonth(result.getUTCMonth() + months);
  const last = new Date(
    Date.UTC(result.getUTCFullYear(), result.getUTCMonth() + 1, 0),
  ).getUTCDate();
  result.setUTCDate(Math.min(dayOfMonth, last));
  return result;
}

/** C1 and C2: when evidence and the investigation fall due, from the receipt. */
export function dueDates(
  receivedAt: Date,
  settings: ClockSettings,
): { evidenceDueAt: Date; investigationDueAt: Date } {
  return {
    evidenceDueAt: new Date(receivedAt.getTime() + settings.evidenceHours * hour),
    investigationDueAt: addMonths(receivedAt, settings.investigationMonths),
  };
}

/**
 * A clock's state now: stopped on or before its due time → met, after → missed; still running →
 * running, due soon, or overdue. A case closed at intake (no investigation) needs neither clock;
 * an imported case whose source does not record the evidence date says so.
 */
export function clockState(args: {
  dueAt: Date;
  stoppedAt: Date | null;
  now: Date;
  window: number;
  closedWithout: boolean;
  notRecorded?: boolean;
}): Clock {
  const base = {
    dueAt: args.dueAt.toISOString(),
    stoppedAt: args.stoppedAt?.toISOString() ?? null,
  };
  if (args.stoppedAt) return { ...base, state: args.stoppedAt <= args.dueAt ? 'met' : 'missed' };
  if (args.closedWithout) return { ...base, state: 'not_applicable' };
  if (args.notRecorded) return { ...base, state: 'not_recorded' };
  if (args.now > args.dueAt) return { ...base, state: 'overdue' };
  if (args.dueAt.getTime() - args.now.getTime() <= args.window)
    return { ...base, state: 'due_soon' };
  return { ...base, state: 'running' };
}

/** Both clocks of a case. */
export function caseClocks(
  c: {
    status: CaseStatus;
    evidenceDueAt: Date;
    investigationDueAt: Date;
    evidenceGatheredAt: Date | null;
    investigationConcludedAt: Date | null;
    manual: boolean;
  },
  now: Date,
): { evidence: Clock; investigation: Clock } {
  // A case past its investigation without a conclusion date (closed at intake) needs no clock.
  const closedWithout = c.status === 'closed' && c.investigationConcludedAt === null;
  return {
    evidence: clockState({
      dueAt: c.evidenceDueAt,
      stoppedAt: c.evidenceGatheredAt,
      now,
      window: dueSoonWindow.evidence,
      closedWithout,
      // Imported rows have no evidence date; nor has a case concluded without one recorded: its
      // evidence stage is over, so the clock no longer runs (it says "not recorded").
      notRecorded: !c.manual || c.investigationConcludedAt !== null,
    }),
    investigation: clockState({
      dueAt: c.investigationDueAt,
      stoppedAt: c.investigationConcludedAt,
      now,
      window: dueSoonWindow.investigation,
      closedWithout,
    }),
  };
}

/** Whole days from receipt to conclusion, as the UN's table counts them. */
export function investigationDays(receivedAt: Date, concludedAt: Date): number {
  return Math.ceil((concludedAt.getTime() - receivedAt.getTime()) / day);
}

/** Sexual abuse is the graver category: a case alleging both is counted under abuse. */
export function caseCategory(allegations: readonly { category: Category }[]): Category {
  return allegations.some((a) => a.category === 'sexual_abuse')
    ? 'sexual_abuse'
    : 'sexual_exploitation';
}

function refuse(path: string, message: string, text: string): never {
  throw new DomainError('validation_failed', `${path}: ${text}`, [{ path, message }]);
}

/**
 * Every transition not in allowedTransitions is invalid_state; the allowed ones need what they
 * stand for: an entity to investigate, a finding to conclude, a reason to close at intake or to
 * reopen, and a final action to close a substantiated case.
 */
export function assertCaseTransition(
  current: { status: CaseStatus; finding: string | null; finalActions: readonly unknown[] },
  input: ChangeCaseStatusInput,
): void {
  const from = current.status;
  const to = input.status;
  if (!allowedTransitions[from].includes(to)) {
    throw new DomainError('invalid_state', `A case cannot go from ${from} to ${to}`, [
      { path: 'status', message: `allowed from ${from}: ${allowedTransitions[from].join(', ')}` },
    ]);
  }
  if (to === 'under_investigation' && from === 'received' && !input.investigatingEntity)
    refuse('investigatingEntity', 'required', 'name who investigates');
  if (to === 'under_investigation' && from !== 'received' && input.reason === '')
    refuse('reason', 'required to reopen', 'say why the case reopens');
  if (to === 'investigation_concluded' && !input.finding)
    refuse('finding', 'required', 'record the finding');
  if (to === 'closed' && from === 'received' && input.reason === '')
    refuse('reason', 'required to close at intake', 'say why no investigation is needed');
  const finalActions = input.finalActions ?? current.finalActions;
  if (to === 'closed' && current.finding === 'substantiated' && finalActions.length === 0)
    refuse('finalActions', 'required', 'record the final action on a substantiated allegation');
}

/**
 * The demo's illustrative cases carry `origin.attributes.illustrative = 'yes'`: shown as such, and
 * never counted in the public statistics or the monthly table.
 */
export const illustrativeMark = 'illustrative';
export const isIllustrative = (origin: { attributes: Record<string, unknown> | null }): boolean =>
  origin.attributes?.[illustrativeMark] === 'yes';
