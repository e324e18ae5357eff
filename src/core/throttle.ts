/**
 * A sliding-window counter per key (e.g. a client address), in memory: enough for one process.
 * Used to slow down password guessing from one address across many accounts (S5).
 */
import type { Clock } from './clock.js';

export interface Throttle {
  /** Records one attempt; false when the key is over its limit for the window. */
  hit(key: string): boolean;
  reset(key: string): void;
}

export function createThrottle(options: {
  limit: number;
  windowMs: number;
  clock: Clock;
}): Throttle {
  const attempts = new Map<string, number[]>();
  return {
    hit(key) {
      const now = options.clock.now().getTime();
      const recent = (attempts.get(key) ?? []).filter((t) => now - t < options.windowMs);
      recent.push(now);
      attempts.set(key, recent);
      if (attempts.size > 10_000) attempts.delete(attempts.keys().next().value as string);
      return recent.length <= options.limit;
    },
    reset(key) {
      attempts.delete(key);
    },
  };
}
