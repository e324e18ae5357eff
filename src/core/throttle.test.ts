/** S5 (ASVS 6.3.1): sign-in attempts per client address are limited within a sliding window. */
import { describe, expect, it } from 'vitest';
import { manualClock, minutes } from './clock.js';
import { createThrottle } from './throttle.js';

describe('throttle', () => {
  it('refuses past the limit and lets the window slide', () => {
    const clock = manualClock();
    const throttle = createThrottle({ limit: 3, windowMs: minutes(15), clock });
    expect([1, 2, 3].map(() => throttle.hit('10.0.0.1'))).toEqual([true, true, true]);
    expect(throttle.hit('10.0.0.1')).toBe(false);
    expect(throttle.hit('10.0.0.2')).toBe(true); // another address is not affected
    clock.advance(minutes(16));
    expect(throttle.hit('10.0.0.1')).toBe(true);
  });
});
