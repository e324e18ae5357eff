/**
 * One request's work per turn of the event loop (issue 22).
 *
 * libuv accepts one new connection per turn of the loop (libuv pull request #3696, in every Node
 * this product runs on), and SQLite's work runs on this thread without yielding. When 32 clients
 * each had a request ready, one turn ran all 32 (30–40 ms of page building), so a client that
 * connected then waited one such turn for every connection ahead of it: up to 0.6 s for the last
 * of 32 (bench/RESULTS.md, OGC pages built: p99 311 ms, a median of 30 ms). Requests now start one
 * per turn, in the order they came: a turn holds one request's work, and a new connection waits
 * about one request, not all of them. Nothing is held while a request runs: a request that waits
 * for I/O (PostgreSQL, a file) lets the next one start.
 */

type Start = () => void;

const waiting: Start[] = [];
let scheduled = false;

function startNext(): void {
  scheduled = false;
  waiting.shift()?.();
  // The next start is the next turn's: the loop polls (accepting a connection, reading requests)
  // between this request's work and the next one's.
  if (waiting.length > 0) schedule();
}

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  setImmediate(startNext);
}

/** Resolves in this request's turn: after every request that asked before it has started. */
export function nextTurn(): Promise<void> {
  return new Promise((resolve) => {
    waiting.push(resolve);
    schedule();
  });
}

/** A fetch handler whose requests start one per turn of the event loop. */
export function oneRequestPerTurn<A extends unknown[], R>(
  fetch: (...args: A) => R | Promise<R>,
): (...args: A) => Promise<R> {
  return async (...args: A) => {
    await nextTurn();
    return fetch(...args);
  };
}
