/**
 * M5 (¶108): what the Organization owes the family of each person who died in its service — the
 * next of kin notified (through the Member State for uniformed personnel, through the employing
 * office for civilians), condolences, the repatriation of the remains, the compensation claim
 * filed and paid — each with an owner and a due day, overdue once the day has passed undone. Pure.
 *
 * Due days, from the day of death: notified within 1 day, condolences within 7, remains
 * repatriated within 14, the claim filed within 30; paid within 90 days of the claim being filed
 * (the General Assembly's target for death and disability claims), or within 120 days of the death
 * while it is not filed. Order: nothing is done before the family is notified; the claim is paid
 * only once filed.
 */
import { DomainError } from '../../core/errors.js';

export const nextOfKinSteps = [
  'notified',
  'condolences',
  'repatriation',
  'claim_filed',
  'claim_paid',
] as const;
export type NextOfKinStep = (typeof nextOfKinSteps)[number];

/** Days from the death to each step's due day (claim_paid: until the claim is filed). */
export const dueDays: Readonly<Record<NextOfKinStep, number>> = {
  notified: 1,
  condolences: 7,
  repatriation: 14,
  claim_filed: 30,
  claim_paid: 120,
};
/** Days from the claim's filing to its payment. */
export const paymentDays = 90;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The step's due day, from the day of death (and, for the payment, the day the claim was filed). */
export function dueOn(step: NextOfKinStep, diedOn: string, claimFiledOn: string | null): string {
  if (step === 'claim_paid' && claimFiledOn) return addDays(claimFiledOn, paymentDays);
  return addDays(diedOn, dueDays[step]);
}

/** How the family is told: through the Member State (uniformed) or the employing office. */
export function notificationChannel(personnelType: string): 'member_state' | 'employing_office' {
  return ['military', 'police', 'military_observer'].includes(personnelType)
    ? 'member_state'
    : 'employing_office';
}

export type StepState = 'done' | 'overdue' | 'due';

export function stepState(
  step: { dueOn: string; doneOn: string | null },
  today: string,
): StepState {
  if (step.doneOn) return 'done';
  return today > step.dueOn ? 'overdue' : 'due';
}

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/**
 * May `step` be recorded done on `doneOn`? Not before the death, not in the future (the latest day
 * is given by the caller), the family notified first (on or before that day), the claim filed
 * before it is paid.
 * @throws validation_failed naming doneOn, invalid_state naming the step that must come first
 */
export function assertStepDone(input: {
  step: NextOfKinStep;
  doneOn: string;
  diedOn: string;
  latestDay: string;
  done: Partial<Record<NextOfKinStep, string | null>>;
}): void {
  const { step, doneOn, diedOn, latestDay, done } = input;
  if (doneOn < diedOn) throw invalid('doneOn', `before the death (${diedOn})`);
  if (doneOn > latestDay) throw invalid('doneOn', `${doneOn} is in the future`);
  const first: NextOfKinStep | null =
    step === 'notified' ? null : step === 'claim_paid' ? 'claim_filed' : 'notified';
  if (first === null) return;
  const firstDone = done[first];
  if (!firstDone)
    throw new DomainError(
      'invalid_state',
      `${step.replace('_', ' ')} comes after ${first.replace('_', ' ')}, which is not recorded done`,
    );
  if (doneOn < firstDone)
    throw invalid('doneOn', `before ${first.replace('_', ' ')} (${firstDone})`);
}
