/** The logistic regression behind E1's model and its plain baseline. */
import { describe, expect, it } from 'vitest';
import { fitLogistic, predictLogistic } from './logistic.js';

describe('logistic regression', () => {
  it('recovers the log-odds of a known model from data drawn from it', () => {
    // y = 1 with probability sigmoid(-1 + 2x) on a fixed grid, outcomes as exact frequencies.
    const xs: number[] = [];
    const ys: number[] = [];
    for (let i = 0; i < 200; i++) {
      const x = -2 + (4 * i) / 199;
      const p = 1 / (1 + Math.exp(-(-1 + 2 * x)));
      for (let k = 0; k < 100; k++) {
        xs.push(x);
        ys.push(k < Math.round(p * 100) ? 1 : 0);
      }
    }
    const model = fitLogistic(
      { x: Float64Array.from(xs), y: Uint8Array.from(ys), features: 1 },
      { l2: 0 },
    );
    expect(predictLogistic(model, [0])).toBeCloseTo(1 / (1 + Math.exp(1)), 2);
    expect(predictLogistic(model, [1])).toBeCloseTo(1 / (1 + Math.exp(-1)), 2);
  });

  it('is deterministic and stays finite on perfectly separated data (the penalty holds it)', () => {
    const x = Float64Array.from([0, 1, 2, 3]);
    const y = Uint8Array.from([0, 0, 1, 1]);
    const a = fitLogistic({ x, y, features: 1 }, { l2: 1 });
    const b = fitLogistic({ x, y, features: 1 }, { l2: 1 });
    expect([...a.weights]).toEqual([...b.weights]);
    expect(a.weights.every(Number.isFinite)).toBe(true);
    expect(predictLogistic(a, [3])).toBeGreaterThan(predictLogistic(a, [0]));
  });
});
