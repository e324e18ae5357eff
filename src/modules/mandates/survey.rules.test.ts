/**
 * D5 (¶64) as arithmetic: a share's 95 % margin, Kish's effective sample size for weighted
 * respondents, groups too small to show withheld, months gathered into quarters and years.
 */
import { describe, expect, it } from 'vitest';
import {
  effectiveSize,
  groupResult,
  margin95,
  minimumRespondents,
  periodOf,
} from './survey.rules.js';

describe('D5 perception surveys: shares and margins', () => {
  it('D5: 400 unweighted respondents, half agreeing: 50 % ± 4.9 points', () => {
    const result = groupResult(
      { respondents: 400, weight: 400, weightSquared: 400 },
      new Map([['agree', 200]]),
    );
    expect(result.withheld).toBe(false);
    if (result.withheld) return;
    expect(result.effective).toBe(400);
    expect(result.shares[0]!.share).toBe(0.5);
    expect(result.shares[0]!.margin).toBeCloseTo(0.049, 3);
  });

  it('D5: unequal weights shrink the effective sample (Kish) and widen the margin', () => {
    // 100 respondents, half weighing 2 and half 0.5: (Σw)² / Σw² = 125² / 212.5 ≈ 73.5.
    const sums = { respondents: 100, weight: 125, weightSquared: 50 * 4 + 50 * 0.25 };
    expect(effectiveSize(sums)).toBeCloseTo(73.53, 2);
    const weighted = groupResult(sums, new Map([['safe', 100]]));
    const unweighted = groupResult(
      { respondents: 100, weight: 100, weightSquared: 100 },
      new Map([['safe', 80]]),
    );
    if (weighted.withheld || unweighted.withheld) throw new Error('not withheld');
    expect(weighted.shares[0]!.share).toBe(0.8);
    expect(weighted.shares[0]!.margin).toBeGreaterThan(unweighted.shares[0]!.margin);
    expect(margin95(0.8, effectiveSize(sums))).toBe(weighted.shares[0]!.margin);
  });

  it(`D5: fewer than ${minimumRespondents} respondents in a group: no share is shown, only the count`, () => {
    expect(
      groupResult({ respondents: 4, weight: 4, weightSquared: 4 }, new Map([['unsafe', 4]])),
    ).toEqual({ respondents: 4, withheld: true });
    expect(
      groupResult({ respondents: 5, weight: 5, weightSquared: 5 }, new Map([['unsafe', 5]]))
        .withheld,
    ).toBe(false);
  });

  it('D5: months gather into quarters and years', () => {
    expect(['2022-01', '2022-03', '2022-04', '2022-12'].map((m) => periodOf(m, 'quarter'))).toEqual(
      ['2022-Q1', '2022-Q1', '2022-Q2', '2022-Q4'],
    );
    expect(periodOf('2022-09', 'year')).toBe('2022');
    expect(periodOf('2022-09', 'month')).toBe('2022-09');
  });
});
