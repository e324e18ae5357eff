/**
 * E3 (¶17–20, Human Rights Up Front): a high-risk situation is reviewed quarterly by default — the
 * next review is due three months after the last (or after the situation was opened), unless the
 * review sets another date; an open situation past its review date is overdue. Pure.
 */
import { DomainError } from '../../core/errors.js';

export const reviewForums = [
  'regional_quarterly_review',
  'senior_action_group',
  'mission_leadership',
] as const;
export const evidenceKinds = ['incident', 'forecast', 'hotspot', 'alert'] as const;

/** The same day `months` later, kept within the month (31 January + 1 month = 28/29 February). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}

export const defaultReviewMonths = 3;

/** When the next review is due after a review (or the opening) on `day`. */
export function nextReviewAfter(day: string, chosen: string | null): string {
  if (chosen !== null && chosen <= day)
    throw new DomainError('validation_failed', `nextReviewOn: must be after ${day}`, [
      { path: 'nextReviewOn', message: 'not after the review' },
    ]);
  return chosen ?? addMonths(day, defaultReviewMonths);
}

export function reviewState(
  s: { status: 'open' | 'closed'; nextReviewOn: string },
  today: string,
): 'due' | 'overdue' | 'closed' {
  if (s.status === 'closed') return 'closed';
  return today > s.nextReviewOn ? 'overdue' : 'due';
}
