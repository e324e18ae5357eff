/** E3 (¶17–20): high-risk situations reviewed quarterly by default; overdue once past the date. */
import { describe, expect, it } from 'vitest';
import { addMonths, nextReviewAfter, reviewState } from './high-risk.rules.js';

describe('E3 review dates', () => {
  it('quarterly by default: three months after the review', () => {
    expect(nextReviewAfter('2026-03-01', null)).toBe('2026-06-01');
    expect(nextReviewAfter('2026-11-30', null)).toBe('2027-02-28');
  });
  it('a review may set an earlier or later date, but after itself', () => {
    expect(nextReviewAfter('2026-03-01', '2026-04-15')).toBe('2026-04-15');
    expect(() => nextReviewAfter('2026-03-01', '2026-03-01')).toThrow(
      /nextReviewOn: must be after 2026-03-01/,
    );
  });
  it('months keep within the month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
  });
  it('overdue the day after its review date; a closed situation is never overdue', () => {
    const s = { status: 'open' as const, nextReviewOn: '2026-06-01' };
    expect(reviewState(s, '2026-06-01')).toBe('due');
    expect(reviewState(s, '2026-06-02')).toBe('overdue');
    expect(reviewState({ ...s, status: 'closed' }, '2027-01-01')).toBe('closed');
  });
});
