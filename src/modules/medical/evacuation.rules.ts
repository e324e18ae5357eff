/**
 * M2 (¶110): a casualty or medical evacuation request (CASEVAC / MEDEVAC) moves requested → tasked
 * (aviation cell, asset, crew) → airborne → at the patient → at the facility, or ends refused (from
 * requested) or aborted (once tasked) with the reason. Each step is timed from the request; the
 * request's clock runs until it ends, against the time its most urgent patient must reach care.
 * Pure.
 */
import { DomainError } from '../../core/errors.js';

export const precedences = ['urgent_surgical', 'urgent', 'priority', 'routine'] as const;
export type Precedence = (typeof precedences)[number];

/**
 * Minutes from the injury within which a patient of each precedence must be at the facility: the
 * urgent ones for their 10-1-2 step (resuscitation within the hour; surgery within two hours,
 * leaving the surgical team its time), priority and routine as the standard request sets them
 * (within 4 and 24 hours).
 */
export const arrivalTargetMinutes: Readonly<Record<Precedence, number>> = {
  urgent_surgical: 90,
  urgent: 60,
  priority: 240,
  routine: 1440,
};

export const evacuationStatuses = [
  'requested',
  'tasked',
  'airborne',
  'at_patient',
  'at_facility',
  'refused',
  'aborted',
] as const;
export type EvacuationStatus = (typeof evacuationStatuses)[number];

export const stopReasons = [
  'weather',
  'night_without_capable_asset',
  'security',
  'no_asset_available',
  'technical',
  'patient_died',
  'no_longer_needed',
  'other',
] as const;
export type StopReason = (typeof stopReasons)[number];

/** The steps in their order; each may follow only the one before it. */
const forward: Readonly<Record<EvacuationStatus, EvacuationStatus | null>> = {
  requested: 'tasked',
  tasked: 'airborne',
  airborne: 'at_patient',
  at_patient: 'at_facility',
  at_facility: null,
  refused: null,
  aborted: null,
};

export const openStatuses: readonly EvacuationStatus[] = [
  'requested',
  'tasked',
  'airborne',
  'at_patient',
];
export const isOpen = (status: EvacuationStatus) => openStatuses.includes(status);

const refused = (message: string) => new DomainError('invalid_state', message);

/**
 * May the request move from `from` to `to`? Forward one step at a time; refused only before it is
 * tasked; aborted once tasked and before it reaches the facility; nothing after it has ended.
 * @throws invalid_state naming where it stands and what may follow
 */
export function assertTransition(from: EvacuationStatus, to: EvacuationStatus): void {
  if (!isOpen(from)) throw refused(`the request has ended (${from}): nothing may follow`);
  if (to === 'refused') {
    if (from !== 'requested')
      throw refused(`a request ${from.replace('_', ' ')} can be aborted, not refused`);
    return;
  }
  if (to === 'aborted') {
    if (from === 'requested') throw refused('a request not yet tasked is refused, not aborted');
    return;
  }
  if (forward[from] !== to)
    throw refused(`a request ${from.replace('_', ' ')} goes next to ${forward[from]}, not ${to}`);
}

export interface EvacuationStep {
  status: EvacuationStatus;
  /** ISO instant. */
  at: string;
}

export interface EvacuationClock {
  /** Minutes from the request to each step reached. */
  stepMinutes: Partial<Record<EvacuationStatus, number>>;
  /** Minutes from the request to now (while open) or to its end. */
  elapsedMinutes: number;
  /** When the most urgent patient must be at the facility (from the injury). */
  arrivalDueAt: string;
  /** Minutes left (negative: past) while open; null once ended. */
  minutesLeft: number | null;
  /** Reached the facility in time, late, or not (refused or aborted); null while open. */
  verdict: 'in_time' | 'late' | 'not_evacuated' | null;
}

/** The most urgent precedence among the patients (the request's clock follows it). */
export function mostUrgent(patients: Partial<Record<Precedence, number>>): Precedence {
  const found = precedences.find((p) => (patients[p] ?? 0) > 0);
  if (!found)
    throw new DomainError('validation_failed', 'patients: at least one patient', [
      { path: 'patients', message: 'at least one patient, by precedence' },
    ]);
  return found;
}

/** The request's clock at `now`, from its steps (the first is the request itself). */
export function evacuationClock(
  request: { injuredAt: string; precedence: Precedence; steps: readonly EvacuationStep[] },
  now: Date,
): EvacuationClock {
  const { injuredAt, precedence, steps } = request;
  const requestedAt = Date.parse(steps[0]!.at);
  const last = steps[steps.length - 1]!;
  const stepMinutes: Partial<Record<EvacuationStatus, number>> = {};
  for (const s of steps)
    stepMinutes[s.status] = Math.round((Date.parse(s.at) - requestedAt) / 60_000);
  const dueAt = Date.parse(injuredAt) + arrivalTargetMinutes[precedence] * 60_000;
  const open = isOpen(last.status);
  const end = open ? now.getTime() : Date.parse(last.at);
  return {
    stepMinutes,
    elapsedMinutes: Math.round((end - requestedAt) / 60_000),
    arrivalDueAt: new Date(dueAt).toISOString(),
    minutesLeft: open ? Math.round((dueAt - now.getTime()) / 60_000) : null,
    verdict: open
      ? null
      : last.status === 'at_facility'
        ? Date.parse(last.at) <= dueAt
          ? 'in_time'
          : 'late'
        : 'not_evacuated',
  };
}
