/**
 * Sub-national hotspots (E1, ¶17–20, ¶34): a 0.5° cell whose recent violence rises significantly
 * above its own history is flagged (one-sided Poisson test against the cell's earlier rate,
 * Benjamini–Hochberg over the cells tested); a cell as violent as it always was is not; a cell
 * with fewer than three recent events is not; nothing after the day of the scan counts.
 */
import { describe, expect, it } from 'vitest';
import { addDays } from '../../core/days.js';
import {
  benjaminiHochberg,
  defaultHotspotOptions,
  poissonUpperTail,
  scanCells,
  type HotspotEvent,
} from './hotspot.rules.js';

const asOf = '2026-03-01';
const options = { ...defaultHotspotOptions, asOf };

/** `count` events spread evenly over the `days` ending `endDaysAgo` days before asOf. */
function spread(at: [number, number], count: number, window: { days: number; endDaysAgo: number }) {
  return Array.from({ length: count }, (_, i): HotspotEvent => ({
    latitude: at[0],
    longitude: at[1],
    day: addDays(asOf, -window.endDaysAgo - Math.floor((i * window.days) / count)),
    fatalities: 2,
  }));
}

describe('hotspot statistics', () => {
  it('the Poisson tail matches values worked by hand', () => {
    expect(poissonUpperTail(0, 3)).toBe(1);
    expect(poissonUpperTail(1, 2)).toBeCloseTo(1 - Math.exp(-2), 12);
    // 1 − e^−0.5 (1 + 0.5 + 0.125)
    expect(poissonUpperTail(3, 0.5)).toBeCloseTo(0.014387678, 9);
    // a far tail keeps its precision (summed upward, not 1 − CDF)
    expect(poissonUpperTail(30, 10) / 2.509951201527921e-7).toBeCloseTo(1, 9);
  });

  it('Benjamini–Hochberg q-values, in the order given', () => {
    const q = benjaminiHochberg([0.01, 0.04, 0.03, 0.5]);
    expect(q[0]).toBeCloseTo(0.04, 12);
    expect(q[1]).toBeCloseTo(0.04 * (4 / 3), 12);
    expect(q[2]).toBeCloseTo(0.04 * (4 / 3), 12);
    expect(q[3]).toBeCloseTo(0.5, 12);
  });
});

describe('E1 hotspots', () => {
  const history = { days: 730, endDaysAgo: 90 };
  const recent = { days: 90, endDaysAgo: 0 };
  const events = [
    // A: one event a month for two years, then twelve in the last three months.
    ...spread([5.1, 20.1], 24, history),
    ...spread([5.1, 20.1], 12, recent),
    // B: ten a month throughout — violent, but no more than usual.
    ...spread([6.1, 21.1], 240, history),
    ...spread([6.1, 21.1], 30, recent),
    // C: two recent events where there were none.
    ...spread([7.1, 22.1], 2, recent),
    // D: quiet, then forty events after the day of the scan.
    ...spread([8.1, 23.1], 2, history),
    ...spread([8.1, 23.1], 40, { days: 30, endDaysAgo: -31 }),
  ];

  it('E1: a cell rising above its own history is flagged, with its counts and the expected number', () => {
    const cells = scanCells(events, options);
    const a = cells.find((c) => c.key === `hotspot ${asOf} 5.25,20.25`)!;
    expect(a).toMatchObject({
      flagged: true,
      recentEvents: 12,
      baselineEvents: 24,
      recentFatalities: 24,
      bounds: [5, 20, 5.5, 20.5],
    });
    expect(a.expected).toBeCloseTo((24.5 / 730) * 90, 5);
    expect(a.pValue).toBeCloseTo(7.60529875843676e-5, 9);
    expect(cells[0]!.key).toBe(a.key);
  });

  it('E1: a cell as violent as it always was is not flagged; nor one with fewer than three recent events', () => {
    const cells = scanCells(events, options);
    const b = cells.find((c) => c.latitude === 6.25)!;
    expect(b.recentEvents).toBe(30);
    expect(b.pValue).toBeGreaterThan(0.3);
    expect(b.flagged).toBe(false);
    const c = cells.find((x) => x.latitude === 7.25)!;
    expect(c.pValue).toBeLessThan(0.01);
    expect(c.flagged).toBe(false);
  });

  it('E1: nothing after the day of the scan counts', () => {
    const cells = scanCells(events, options);
    expect(cells.find((c) => c.latitude === 8.25)).toBeUndefined();
    const later = scanCells(events, { ...options, asOf: addDays(asOf, 31) });
    expect(later.find((c) => c.latitude === 8.25)?.flagged).toBe(true);
  });
});
