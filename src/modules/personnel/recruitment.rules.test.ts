/** P1 (¶76) and P2 (¶81), pure: steps in order and dated in order; where the days go; fast-track only under the measures. */
import { describe, expect, it } from 'vitest';
import {
  assertFastTrack,
  assertStep,
  daysPerStep,
  nextStep,
  pipelineOf,
  spread,
  type RecruitmentDates,
} from './recruitment.rules.js';

const rostered: RecruitmentDates = {
  category: 'international',
  openedOn: '2026-01-01',
  steps: { selection: '2026-01-31', offer: '2026-02-10' },
  withdrawnOn: null,
};

describe('P1 recruitment pipeline (¶76)', () => {
  it('P1: a step is recorded in its turn, never before the step before it', () => {
    expect(nextStep(rostered)).toBe('reference_checks');
    expect(() => assertStep(rostered, 'reference_checks', '2026-03-01')).not.toThrow();
    expect(() => assertStep(rostered, 'medical_clearance', '2026-03-01')).toThrow(
      /comes after reference_checks, which is not recorded yet/,
    );
    expect(() => assertStep(rostered, 'offer', '2026-03-01')).toThrow(
      /offer was recorded on 2026-02-10/,
    );
    expect(() => assertStep(rostered, 'reference_checks', '2026-02-09')).toThrow(
      /2026-02-09 is before the step before it \(2026-02-10\)/,
    );
    expect(() =>
      assertStep({ ...rostered, withdrawnOn: '2026-02-20' }, 'reference_checks', '2026-03-01'),
    ).toThrow(/withdrawn on 2026-02-20/);
  });

  it('P1: national staff need no visa and no travel to the duty station', () => {
    const national: RecruitmentDates = {
      category: 'community_liaison',
      openedOn: '2026-01-01',
      steps: {
        selection: '2026-01-10',
        offer: '2026-01-12',
        reference_checks: '2026-01-20',
        medical_clearance: '2026-01-22',
        security_clearance: '2026-01-25',
      },
      withdrawnOn: null,
    };
    expect(nextStep(national)).toBe('arrival');
    expect(() => assertStep(national, 'visa', '2026-01-26')).toThrow(
      /not a step of a community_liaison/,
    );
    expect(() => assertStep(national, 'arrival', '2026-02-01')).not.toThrow();
  });

  it('P1: the days of the steps add up to the recruitment’s days; median, 90th percentile and mean', () => {
    const arrived: RecruitmentDates = {
      category: 'international',
      openedOn: '2026-01-01',
      steps: {
        selection: '2026-02-01',
        offer: '2026-02-11',
        reference_checks: '2026-03-13',
        medical_clearance: '2026-04-02',
        security_clearance: '2026-04-12',
        visa: '2026-05-02',
        travel: '2026-06-01',
        arrival: '2026-06-03',
      },
      withdrawnOn: null,
    };
    const days = daysPerStep(arrived);
    expect(days).toEqual({
      selection: 31,
      offer: 10,
      reference_checks: 30,
      medical_clearance: 20,
      security_clearance: 10,
      visa: 20,
      travel: 30,
      arrival: 2,
    });
    expect(Object.values(days).reduce((a, b) => a + b, 0)).toBe(153);
    expect(spread([10, 20, 30, 40, 100])).toEqual({ n: 5, median: 30, p90: 76, mean: 40 });
    expect(spread([])).toEqual({ n: 0, median: null, p90: null, mean: null });
    const group = pipelineOf([arrived, rostered], '2026-03-02');
    expect(group.arrived).toBe(1);
    expect(group.total).toMatchObject({ n: 1, median: 153 });
    // ¶76's 120 days: from the offer to arrival.
    expect(group.afterOffer).toMatchObject({ n: 1, median: 112 });
    expect(group.steps.selection).toMatchObject({ n: 2, median: 30.5 });
    // The one in progress has waited 20 days for its reference checks.
    expect(group.waiting.reference_checks).toMatchObject({ n: 1, median: 20 });
  });
});

describe('P2 start-up and crisis measures (¶81)', () => {
  const periods = [{ from: '2026-01-10', to: '2026-07-10' }];
  it('P2: fast-track only for a recruitment opened while the measures were in force', () => {
    expect(() => assertFastTrack('2026-01-10', periods)).not.toThrow();
    expect(() => assertFastTrack('2026-07-10', periods)).not.toThrow();
    expect(() => assertFastTrack('2026-07-11', periods)).toThrow(
      /opened on 2026-07-11, outside the mission's standing start-up and crisis measures \(¶81\): they were in force 2026-01-10 to 2026-07-10/,
    );
    expect(() => assertFastTrack('2026-03-01', [])).toThrow(/has had none recorded/);
  });
});
