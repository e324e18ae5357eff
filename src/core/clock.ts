/** Time as a dependency, so rules and tests can fix it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface ManualClock extends Clock {
  set(at: Date | string): void;
  advance(milliseconds: number): void;
}

export function manualClock(start: Date | string = '2026-01-01T00:00:00.000Z'): ManualClock {
  let current = new Date(start).getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = new Date(at).getTime();
    },
    advance: (milliseconds) => {
      current += milliseconds;
    },
  };
}

/**
 * A clock that reads `at` now and runs on from it: a worker thread keeps its starter's time (a
 * test's manual clock, or the system's) for the task it runs.
 */
export function clockFrom(at: string): Clock {
  const offset = new Date(at).getTime() - Date.now();
  return { now: () => new Date(Date.now() + offset) };
}

export const minutes = (n: number): number => n * 60_000;
export const hours = (n: number): number => n * 3_600_000;
