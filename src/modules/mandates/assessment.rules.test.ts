/** D3 (¶71–72) and D4 (¶73), pure: assessments at their rhythm, recommendations followed, hand-overs to national partners. */
import { describe, expect, it } from 'vitest';
import {
  assertRecommendationStep,
  assertTransitionStep,
  nextAssessment,
} from './assessment.rules.js';

describe('D3 impact assessments and evaluations', () => {
  it('D3: the next impact assessment is due the mandate’s rhythm after the last one, or after the adoption; overdue past it', () => {
    expect(
      nextAssessment({ adoptedOn: '2026-01-15', everyMonths: 6, lastImpactOn: null }, '2026-07-15'),
    ).toEqual({ dueOn: '2026-07-15', overdue: false });
    expect(
      nextAssessment({ adoptedOn: '2026-01-15', everyMonths: 6, lastImpactOn: null }, '2026-07-16')
        .overdue,
    ).toBe(true);
    expect(
      nextAssessment(
        { adoptedOn: '2026-01-15', everyMonths: 3, lastImpactOn: '2026-06-30' },
        '2026-07-16',
      ),
    ).toEqual({ dueOn: '2026-09-30', overdue: false });
  });

  it('D3: a recommendation is accepted then implemented, or rejected with its reason; nothing follows either end', () => {
    expect(() => assertRecommendationStep('open', 'accepted', '')).not.toThrow();
    expect(() => assertRecommendationStep('open', 'implemented', '')).toThrow(
      /goes to accepted or rejected, not implemented/,
    );
    expect(() => assertRecommendationStep('open', 'rejected', ' ')).toThrow(/reason/);
    expect(() => assertRecommendationStep('open', 'rejected', 'No budget line')).not.toThrow();
    expect(() => assertRecommendationStep('accepted', 'implemented', '')).not.toThrow();
    expect(() => assertRecommendationStep('implemented', 'rejected', 'x')).toThrow(
      /nothing follows/,
    );
  });
});

describe('D4 transition benchmarks', () => {
  const reached = { title: 'FACA battalions certified', reached: true };
  const notYet = { ...reached, reached: false };
  it('D4: a hand-over moves planned → in progress → handed over, only once its benchmark is reached; suspended and resumed', () => {
    expect(() => assertTransitionStep('planned', 'in_progress', notYet)).not.toThrow();
    expect(() => assertTransitionStep('planned', 'handed_over', reached)).toThrow(
      /goes to in progress or suspended/,
    );
    expect(() => assertTransitionStep('in_progress', 'handed_over', notYet)).toThrow(
      /waits on “FACA battalions certified”, which is not reached/,
    );
    expect(() => assertTransitionStep('in_progress', 'handed_over', reached)).not.toThrow();
    expect(() => assertTransitionStep('in_progress', 'handed_over', null)).not.toThrow();
    expect(() => assertTransitionStep('in_progress', 'suspended', null)).not.toThrow();
    expect(() => assertTransitionStep('suspended', 'in_progress', null)).not.toThrow();
    expect(() => assertTransitionStep('handed_over', 'suspended', null)).toThrow(/nothing follows/);
  });
});
