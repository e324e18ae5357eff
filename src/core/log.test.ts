/** The server's log: values redacted, lines batched without losing order or delaying a warning. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchedLines, createLogger } from './log.js';

afterEach(() => vi.useRealTimers());

/** One field of every line written, in order. */
const fieldOf = (writes: string[], field: string) =>
  writes
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l)[field] as string);

describe('log', () => {
  it('writes the lines of a burst together, in order, once the batch time has passed', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const log = createLogger(batchedLines((lines) => writes.push(lines), 20));
    for (let i = 0; i < 3; i++) log.info('request', { path: `/api/x/${i}` });
    expect(writes).toEqual([]);
    vi.advanceTimersByTime(20);
    expect(writes).toHaveLength(1);
    expect(fieldOf(writes, 'path')).toEqual(['/api/x/0', '/api/x/1', '/api/x/2']);
    vi.advanceTimersByTime(100);
    expect(writes).toHaveLength(1);
  });

  it('writes a warning or an error at once, after the lines before it', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const log = createLogger(batchedLines((lines) => writes.push(lines), 20));
    log.info('request', { path: '/api/a' });
    log.error('failed', { code: 'internal' });
    expect(writes).toHaveLength(1);
    expect(fieldOf(writes, 'message')).toEqual(['request', 'failed']);
    vi.advanceTimersByTime(100);
    expect(writes).toHaveLength(1);
  });

  it('writes a batch that has grown past 64 KB without waiting, and the rest after', () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const log = createLogger(batchedLines((lines) => writes.push(lines), 20));
    for (let i = 0; i < 1000; i++) log.info('request', { path: `/api/${i}/${'x'.repeat(80)}` });
    const early = writes.length;
    expect(early).toBeGreaterThan(0);
    expect(writes.every((w) => w.length < 64 * 1024 + 300)).toBe(true);
    vi.advanceTimersByTime(20);
    expect(writes.length).toBe(early + 1);
    expect(fieldOf(writes, 'path').map((p) => Number(p.split('/')[2]))).toEqual([
      ...Array(1000).keys(),
    ]);
  });

  it('names no secret', () => {
    const writes: string[] = [];
    const log = createLogger((line) => writes.push(line));
    log.info('signed in', { token: 't0ken', password: 'p', userId: 'u1' });
    expect(JSON.parse(writes[0]!)).toMatchObject({
      token: '[redacted]',
      password: '[redacted]',
      userId: 'u1',
    });
  });
});
