/** The line chart's time axis: round years that never print on top of each other. */
import { describe, expect, it } from 'vitest';
import { renderWith } from '../test/render.js';
import { LineChart } from './LineChart.js';

const labels = (container: HTMLElement) =>
  [...container.querySelectorAll('svg text.tick')]
    .map((t) => t.textContent!)
    .filter((t) => /^\d{4}$/.test(t));

describe('the line chart', () => {
  it('monthly from November: the partial first year is not labelled; every year after is', () => {
    const months: string[] = [];
    for (let y = 2009, m = 11; y < 2014 || (y === 2014 && m <= 8); m === 12 ? ((m = 1), y++) : m++)
      months.push(`${y}-${String(m).padStart(2, '0')}`);
    const { container } = renderWith(
      <LineChart
        title="t"
        months={months}
        series={[{ label: 's', values: months.map(() => 1) }]}
      />,
    );
    expect(labels(container)).toEqual(['2010', '2011', '2012', '2013', '2014']);
  });

  it('yearly over 78 years: every tenth year, and the legend names the last year', () => {
    const years = Array.from({ length: 78 }, (_, i) => 1948 + i);
    const { container } = renderWith(
      <LineChart
        title="t"
        yearly
        months={years.map((y) => `${y}-01`)}
        series={[{ label: 'Deaths', values: years.map((y) => y % 7) }]}
      />,
    );
    expect(labels(container)).toEqual([
      '1950',
      '1960',
      '1970',
      '1980',
      '1990',
      '2000',
      '2010',
      '2020',
    ]);
    expect(container.querySelector('.legend')!.textContent).toMatch(/Deaths 2 \(2025\)/);
  });
});
