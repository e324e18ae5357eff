/** D1 (¶57–59) and D2 (¶71), pure: tasks in phases and their conditions; indicators against their targets. */
import { describe, expect, it } from 'vitest';
import {
  assertMayStart,
  assertTaskPlace,
  indicatorStatus,
  type ConditionState,
  type IndicatorForStatus,
} from './mandate.rules.js';

const mandate = { adoptedOn: '2026-01-15', expiresOn: '2026-11-15' };
const report: ConditionState = {
  id: 'c1',
  kind: 'report_back',
  description: 'Report back on the protection of civilians by 15 April',
  metOn: null,
};
const benchmark: ConditionState = {
  id: 'c2',
  kind: 'benchmark_reached',
  description: 'Attacks on civilians in Ouaka halved',
  benchmarkReached: false,
};

describe('D1 sequenced mandates', () => {
  it('D1: a sequenced mandate’s first phase holds political, security and protection tasks only', () => {
    expect(() => assertTaskPlace({ sequenced: true, phase: 1, area: 'protection' })).not.toThrow();
    expect(() => assertTaskPlace({ sequenced: true, phase: 1, area: 'other' })).toThrow(
      /first phase/,
    );
    expect(() => assertTaskPlace({ sequenced: true, phase: 2, area: 'other' })).not.toThrow();
    expect(() => assertTaskPlace({ sequenced: false, phase: 1, area: 'other' })).not.toThrow();
  });

  it('D1: a phase-1 task starts with the mandate in force, not before its adoption nor after its expiry', () => {
    const task = { phase: 1, status: 'planned' as const };
    expect(() =>
      assertMayStart({ task, mandate, conditions: [], day: '2026-01-15' }),
    ).not.toThrow();
    expect(() => assertMayStart({ task, mandate, conditions: [], day: '2026-01-14' })).toThrow(
      /before the mandate was adopted/,
    );
    expect(() => assertMayStart({ task, mandate, conditions: [], day: '2026-11-16' })).toThrow(
      /after the mandate expired/,
    );
    expect(() =>
      assertMayStart({
        task: { ...task, status: 'started' },
        mandate,
        conditions: [],
        day: '2026-02-01',
      }),
    ).toThrow(/only a planned or suspended task starts/);
  });

  it('D1: a phase-2 task waits on its conditions, refused naming the one that does not hold; none stated is refused too', () => {
    const task = { phase: 2, status: 'planned' as const };
    const start = (conditions: ConditionState[], day = '2026-05-01') =>
      assertMayStart({ task, mandate, conditions, day });
    expect(() => start([])).toThrow(/waits on the conditions its mandate sets.*none is stated/);
    expect(() => start([report, benchmark])).toThrow(
      /Report back on the protection of civilians by 15 April.*does not hold on 2026-05-01/,
    );
    const delivered = { ...report, metOn: '2026-04-10' };
    expect(() => start([delivered, benchmark])).toThrow(/Attacks on civilians in Ouaka halved/);
    expect(() => start([delivered, { ...benchmark, benchmarkReached: true }])).not.toThrow();
    // A start dated before the report was delivered: the condition did not hold that day.
    expect(() =>
      start([delivered, { ...benchmark, benchmarkReached: true }], '2026-04-09'),
    ).toThrow(/does not hold on 2026-04-09/);
  });
});

describe('D2 benchmarks and indicators', () => {
  const halving: IndicatorForStatus = {
    baseline: 40,
    baselinePeriod: '2026-01',
    target: 20,
    targetPeriod: '2026-11',
    direction: 'decrease',
    values: [],
  };
  const withValues = (values: [string, number][]) => ({
    ...halving,
    values: values.map(([period, value]) => ({ period, value })),
  });

  it('D2: with no value the indicator says so; the target met is on track', () => {
    expect(indicatorStatus(halving, '2026-05').state).toBe('no_data');
    expect(indicatorStatus(withValues([['2026-03', 19]]), '2026-05')).toMatchObject({
      state: 'on_track',
      met: true,
    });
  });

  it('D2: on the straight way to the target is on track; behind it but moving towards it is at risk; behind and not moving is off track', () => {
    // Halfway through (May of a January → November way), the way stands at 32.
    expect(indicatorStatus(withValues([['2026-05', 30]]), '2026-05')).toMatchObject({
      state: 'on_track',
      expected: 32,
    });
    expect(
      indicatorStatus(
        withValues([
          ['2026-02', 42],
          ['2026-03', 39],
          ['2026-04', 37],
          ['2026-05', 35],
        ]),
        '2026-05',
      ).state,
    ).toBe('at_risk');
    expect(
      indicatorStatus(
        withValues([
          ['2026-02', 36],
          ['2026-03', 38],
          ['2026-04', 40],
          ['2026-05', 41],
        ]),
        '2026-05',
      ).state,
    ).toBe('off_track');
    // An increase the same way round: women in deployed units, 4 % to 15 %.
    const women: IndicatorForStatus = {
      baseline: 4,
      baselinePeriod: '2026-01',
      target: 15,
      targetPeriod: '2027-01',
      direction: 'increase',
      values: [{ period: '2026-07', value: 10 }],
    };
    expect(indicatorStatus(women, '2026-07').state).toBe('on_track');
  });

  it('D2: only the values up to the month asked count (a later value does not change an earlier judgement)', () => {
    const i = withValues([
      ['2026-03', 38],
      ['2026-08', 18],
    ]);
    expect(indicatorStatus(i, '2026-04').met).toBe(false);
    expect(indicatorStatus(i, '2026-08').met).toBe(true);
  });
});
