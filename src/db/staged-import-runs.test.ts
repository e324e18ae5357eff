/**
 * F6 and issue 22: a staged import's chunk is sized from the last one's time, so a transaction
 * holds SQLite's writer about `chunkMs` however fast the machine and however large the tables.
 */
import { describe, expect, it } from 'vitest';
import { nextChunkSize } from './staged-import-runs.js';

describe('nextChunkSize', () => {
  const adaptive = { chunkSize: 1_000, chunkMs: 500 };

  it('keeps chunkSize when the importer sets no time', () => {
    expect(nextChunkSize({ chunkSize: 200 }, { applied: 200, elapsedMs: 5 })).toBe(200);
  });

  it('scales the rows to the time: a chunk that took half as long as wanted grows to twice its rows', () => {
    expect(nextChunkSize(adaptive, { applied: 1_000, elapsedMs: 250 })).toBe(2_000);
    expect(nextChunkSize(adaptive, { applied: 3_000, elapsedMs: 600 })).toBe(2_500);
  });

  it('at most doubles or halves a step, however fast or slow the last chunk', () => {
    expect(nextChunkSize(adaptive, { applied: 1_000, elapsedMs: 1 })).toBe(2_000);
    expect(nextChunkSize(adaptive, { applied: 2_000, elapsedMs: 60_000 })).toBe(1_000);
  });

  it('stays between a quarter of chunkSize and ten times it', () => {
    expect(nextChunkSize(adaptive, { applied: 300, elapsedMs: 60_000 })).toBe(250);
    expect(nextChunkSize(adaptive, { applied: 9_000, elapsedMs: 100 })).toBe(10_000);
  });

  it('starts again from chunkSize after a chunk that applied nothing', () => {
    expect(nextChunkSize(adaptive, { applied: 0, elapsedMs: 3 })).toBe(1_000);
  });
});
