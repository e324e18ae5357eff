/**
 * K8 (¶98): a refusal to follow the orders of the force commander or police commissioner is
 * reported; the contributor is informed immediately (within 24 hours counts as immediately); a
 * remedial action is due by a date; with no remedial action by then, a repatriation decision is
 * required and must be recorded. Each refusal reported in a period, and each earlier one not yet
 * settled, is in that period's summary to the Security Council. Pure.
 */
import { DomainError } from '../../core/errors.js';

export interface RefusalState {
  occurredOn: string;
  /** ISO instant. */
  reportedAt: string;
  informedAt: string | null;
  remedialDue: string | null;
  remedialOn: string | null;
  decision: 'repatriate' | 'retain' | null;
  decidedOn: string | null;
}

export const refusalStatuses = [
  'contributor_not_informed',
  'awaiting_remedial_due',
  'remedial_due',
  'remedied',
  'decision_required',
  'repatriated',
  'retained',
] as const;
export type RefusalStatus = (typeof refusalStatuses)[number];

const immediateHours = 24;

const refused = (message: string) => new DomainError('invalid_state', message);
const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/** Where the refusal stands and what must happen next. */
export function refusalStatus(
  r: RefusalState,
  today: string,
): { status: RefusalStatus; next: string } {
  if (r.decision === 'repatriate') return { status: 'repatriated', next: '' };
  if (r.decision === 'retain') return { status: 'retained', next: '' };
  if (r.remedialOn !== null) return { status: 'remedied', next: '' };
  if (r.informedAt === null)
    return { status: 'contributor_not_informed', next: 'inform the contributor immediately (¶98)' };
  if (r.remedialDue === null)
    return { status: 'awaiting_remedial_due', next: 'set the date the remedial action is due' };
  if (today <= r.remedialDue)
    return { status: 'remedial_due', next: `remedial action due by ${r.remedialDue}` };
  return {
    status: 'decision_required',
    next: `no remedial action by ${r.remedialDue}: decide whether the unit is repatriated (¶98)`,
  };
}

/** Hours from the report to informing the contributor; within 24 counts as immediately. */
export function promptness(reportedAt: string, informedAt: string) {
  const hours = Math.round((Date.parse(informedAt) - Date.parse(reportedAt)) / 36e5);
  return { hours, immediate: hours <= immediateHours };
}

function assertOpen(r: RefusalState): void {
  if (r.decision !== null) throw refused(`the repatriation was decided on ${r.decidedOn}`);
}

/** @throws invalid_state (informed already, decided), validation_failed (before the report) */
export function assertMayInform(r: RefusalState, informedAt: string): void {
  assertOpen(r);
  if (r.informedAt !== null)
    throw refused(`the contributor was already informed at ${r.informedAt}`);
  // To the minute: forms give the time without seconds.
  if (Date.parse(informedAt) < Math.floor(Date.parse(r.reportedAt) / 60_000) * 60_000)
    throw invalid('informedAt', `before the report (${r.reportedAt})`);
}

/** @throws invalid_state (not informed, remedied, decided), validation_failed (date) */
export function assertMaySetDue(r: RefusalState, remedialDue: string): void {
  assertOpen(r);
  if (r.informedAt === null) throw refused('inform the contributor first (¶98)');
  if (r.remedialOn !== null) throw refused(`the remedial action was taken on ${r.remedialOn}`);
  if (remedialDue <= r.occurredOn)
    throw invalid('remedialDue', `after the refusal (${r.occurredOn})`);
}

/** @throws invalid_state (no due date yet, recorded already, decided), validation_failed (date) */
export function assertMayRecordRemedy(r: RefusalState, on: string): void {
  assertOpen(r);
  if (r.remedialOn !== null)
    throw refused(`a remedial action was already recorded on ${r.remedialOn}`);
  if (r.remedialDue === null) throw refused('set the date the remedial action is due first');
  if (on < r.occurredOn) throw invalid('takenOn', `before the refusal (${r.occurredOn})`);
}

/** @throws invalid_state unless the due date has passed without remedial action */
export function assertMayDecide(r: RefusalState, today: string): void {
  assertOpen(r);
  if (r.remedialOn !== null)
    throw refused(
      `a remedial action was taken on ${r.remedialOn}: no repatriation decision is due`,
    );
  const { status } = refusalStatus(r, today);
  if (status === 'remedial_due')
    throw refused(
      `the remedial action is due until ${r.remedialDue}; decide only if none is taken`,
    );
  if (status !== 'decision_required') throw refused(refusalStatus(r, today).next);
}

/** Reported in the period, or earlier and not settled (remedied or decided) before it began. */
export function inCouncilSummary(r: RefusalState, period: { from: string; to: string }): boolean {
  const reportedOn = r.reportedAt.slice(0, 10);
  if (reportedOn > period.to) return false;
  if (reportedOn >= period.from) return true;
  const settledOn = r.decidedOn ?? r.remedialOn;
  return settledOn === null || settledOn >= period.from;
}
