/**
 * D3 (¶71–72) and D4 (¶73), pure.
 *
 * D3: impact assessments at the mandate's rhythm (every 6 months unless it says otherwise, 1 to
 * 12): the next is due that many months after the last one, or after the adoption; overdue past
 * that day. Independent evaluations come when they come. Every recommendation is followed: open →
 * accepted → implemented, or open → rejected with the reason; nothing follows implemented or
 * rejected.
 *
 * D4: each task handed over to a national partner moves planned → in progress → handed over,
 * suspended from either of the first two and resumed to in progress; it is handed over only once
 * the benchmark it waits on, if any, is reached.
 */
import { DomainError } from '../../core/errors.js';
import { addMonths } from './startup.rules.js';

export const assessmentKinds = ['impact_assessment', 'independent_evaluation'] as const;
export type AssessmentKind = (typeof assessmentKinds)[number];

export const defaultAssessmentMonths = 6;
export const assessmentMonthsBounds = { min: 1, max: 12 } as const;

export const recommendationStatuses = ['open', 'accepted', 'implemented', 'rejected'] as const;
export type RecommendationStatus = (typeof recommendationStatuses)[number];

export const transitionStatuses = ['planned', 'in_progress', 'handed_over', 'suspended'] as const;
export type TransitionStatus = (typeof transitionStatuses)[number];

/** D3: when the next impact assessment is due, and whether it is overdue on `today`. */
export function nextAssessment(
  input: { adoptedOn: string; everyMonths: number; lastImpactOn: string | null },
  today: string,
): { dueOn: string; overdue: boolean } {
  const dueOn = addMonths(input.lastImpactOn ?? input.adoptedOn, input.everyMonths);
  return { dueOn, overdue: today > dueOn };
}

const forwardRecommendation: Readonly<
  Record<RecommendationStatus, readonly RecommendationStatus[]>
> = {
  open: ['accepted', 'rejected'],
  accepted: ['implemented'],
  implemented: [],
  rejected: [],
};

/**
 * D3: may a recommendation move from `from` to `to`? A rejection gives its reason.
 * @throws invalid_state naming what may follow; validation_failed (the reason)
 */
export function assertRecommendationStep(
  from: RecommendationStatus,
  to: RecommendationStatus,
  reason: string,
): void {
  if (!forwardRecommendation[from].includes(to))
    throw new DomainError(
      'invalid_state',
      forwardRecommendation[from].length === 0
        ? `the recommendation is ${from}: nothing follows`
        : `a recommendation ${from} goes to ${forwardRecommendation[from].join(' or ')}, not ${to}`,
    );
  if (to === 'rejected' && reason.trim() === '')
    throw new DomainError('validation_failed', 'reason: why the recommendation is rejected', [
      { path: 'reason', message: 'why the recommendation is rejected' },
    ]);
}

const forwardTransition: Readonly<Record<TransitionStatus, readonly TransitionStatus[]>> = {
  planned: ['in_progress', 'suspended'],
  in_progress: ['handed_over', 'suspended'],
  suspended: ['in_progress'],
  handed_over: [],
};

/**
 * D4: may the hand-over move from `from` to `to`? Handed over only with its benchmark reached.
 * @throws invalid_state naming what may follow, or the benchmark that is not reached
 */
export function assertTransitionStep(
  from: TransitionStatus,
  to: TransitionStatus,
  benchmark: { title: string; reached: boolean } | null,
): void {
  if (!forwardTransition[from].includes(to))
    throw new DomainError(
      'invalid_state',
      forwardTransition[from].length === 0
        ? `the task is ${from.replace('_', ' ')}: nothing follows`
        : `a hand-over ${from.replace('_', ' ')} goes to ${forwardTransition[from].map((s) => s.replace('_', ' ')).join(' or ')}, not ${to.replace('_', ' ')}`,
    );
  if (to === 'handed_over' && benchmark && !benchmark.reached)
    throw new DomainError(
      'invalid_state',
      `the hand-over waits on “${benchmark.title}”, which is not reached`,
    );
}
