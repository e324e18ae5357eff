/** Issue 18: the timeline has axes — counts up the side on a round scale, years along the bottom. */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { niceCeiling, Timeline } from './Timeline.js';

const noop = () => undefined;

describe('the incidents timeline', () => {
  it('tops its y-axis at a round number above the busiest month', () => {
    expect([0, 1, 3, 7, 10, 11, 38, 120, 4999].map(niceCeiling)).toEqual([
      1, 1, 5, 10, 10, 20, 50, 200, 5000,
    ]);
  });

  it('labels the counts (0, half, top) and names the years of a long span', () => {
    const months = [
      { month: '2019-01', count: 12, fatalities: 0 },
      { month: '2021-06', count: 38, fatalities: 0 },
      { month: '2023-12', count: 4, fatalities: 0 },
    ];
    render(
      <Timeline months={months} range={null} label="Incidents" unit="per month" onBrush={noop} />,
    );
    expect(screen.getByTestId('timeline-y').textContent).toBe('per month50250');
    // 60 months from January 2019: each January but the first named, the ends as months.
    expect(screen.getByTestId('timeline-x').textContent).toBe('2019-0120202021202220232023-12');
    // A bar's height is its count over the axis' top: 38 of 50 of the 80-unit height.
    const bar = screen.getByText('2021-06: 38').parentElement!;
    expect(Number(bar.getAttribute('height'))).toBeCloseTo((38 / 50) * 80);
  });
});
