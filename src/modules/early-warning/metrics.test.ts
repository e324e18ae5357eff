/** E1: the scores the rolling evaluation reports, against values worked by hand. */
import { describe, expect, it } from 'vitest';
import { brier, calibration, prAuc, rocAuc } from './metrics.js';

describe('forecast scores', () => {
  it('Brier: the mean squared error of the probabilities', () => {
    expect(brier([1, 0, 0.5, 0.2], [1, 0, 1, 0])).toBeCloseTo((0 + 0 + 0.25 + 0.04) / 4, 12);
  });

  it('ROC AUC: 1 when every event scores above every non-event, 0.5 for ties, NaN for one class', () => {
    expect(rocAuc([0.9, 0.8, 0.1, 0.2], [1, 1, 0, 0])).toBe(1);
    expect(rocAuc([0.1, 0.2, 0.9, 0.8], [1, 1, 0, 0])).toBe(0);
    expect(rocAuc([0.5, 0.5, 0.5, 0.5], [1, 0, 1, 0])).toBe(0.5);
    // one of the four (positive, negative) pairs is misordered: 3/4
    expect(rocAuc([0.9, 0.3, 0.4, 0.1], [1, 1, 0, 0])).toBe(0.75);
    expect(rocAuc([0.2, 0.3], [0, 0])).toBeNaN();
  });

  it('PR AUC as average precision, tied scores together', () => {
    // ranked: 1 (tp, precision 1), 0, 1 (precision 2/3) → AP = (1 + 2/3) / 2
    expect(prAuc([0.9, 0.8, 0.7], [1, 0, 1])).toBeCloseTo((1 + 2 / 3) / 2, 12);
    // all tied: precision of the whole set
    expect(prAuc([0.5, 0.5, 0.5, 0.5], [1, 0, 0, 0])).toBeCloseTo(0.25, 12);
    expect(prAuc([0.5], [0])).toBeNaN();
  });

  it('calibration: forecasts in ten bins with their mean and the observed share', () => {
    const bins = calibration([0.05, 0.07, 0.95, 1], [0, 1, 1, 1]);
    expect(bins).toHaveLength(10);
    expect(bins[0]).toMatchObject({ count: 2, observed: 0.5 });
    expect(bins[0]!.meanForecast).toBeCloseTo(0.06, 12);
    expect(bins[9]).toMatchObject({ count: 2, observed: 1 });
    expect(bins[5]).toMatchObject({ count: 0, meanForecast: null, observed: null });
  });
});
