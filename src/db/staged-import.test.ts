/**
 * F6 and I2 (issue 22): on PostgreSQL a staged batch is written while the importer reads the next.
 * A batch the database refuses still stops the import — its error is the import's — and the run
 * given up leaves no run and no staged row; every row staged arrives once, in order. (A run given
 * up while a good batch is still in flight: import-staging.test.ts, the file over the row limit.)
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { systemActor } from '../core/system-actor.js';
import { dialects, openTestApp, type TestApp } from '../../test/support/test-app.js';
import { StagedRun } from './staged-import.js';

/** The database refuses the staged row at this place (as a full disk or a lost connection would). */
async function refuseAt(t: TestApp, seq: number): Promise<void> {
  if (t.ctx.dialect === 'sqlite') {
    await sql`create trigger refuse_staged before insert on import_staged_rows
      when new.seq = ${sql.lit(seq)} begin select raise(abort, 'the disk refused a staged row'); end`.execute(
      t.ctx.db,
    );
    return;
  }
  await sql`create function refuse_staged() returns trigger language plpgsql as $$
    begin raise exception 'the disk refused a staged row'; end $$`.execute(t.ctx.db);
  await sql`create trigger refuse_staged before insert on import_staged_rows
    for each row when (new.seq = ${sql.lit(seq)}) execute function refuse_staged()`.execute(
    t.ctx.db,
  );
}

const leftovers = async (t: TestApp) => ({
  runs: (await t.ctx.db.selectFrom('import_runs').selectAll().execute()).length,
  staged: (await t.ctx.db.selectFrom('import_staged_rows').selectAll().execute()).length,
});

/** An importer of numbered rows that hands each chunk to `seen`. */
const importerOf = (chunkSize: number, seen: number[] = []) => ({
  kind: 'test-rows',
  chunkSize,
  apply: async (_tx: unknown, rows: { n: number }[]) => void seen.push(...rows.map((r) => r.n)),
  finish: async () => undefined,
});

/** Stages rows 0…count-1 as an importer does, giving the run up (discarding it) on any failure. */
async function stageAll(t: TestApp, count: number, seen: number[] = []): Promise<void> {
  const ctx = { ...t.ctx, requestId: 'staging', actor: systemActor('staging-test') };
  const run = await StagedRun.begin<{ n: number }>(ctx, 'test-rows');
  try {
    for (let n = 0; n < count; n++) await run.stage({ n });
    await run.apply(importerOf(400, seen), {});
  } catch (error) {
    await run.discard();
    throw error;
  }
}

describe.each(dialects)('staging while reading [%s]', (dialect) => {
  // The second batch of 500 fails while the third is read; the last batch fails at the end.
  it.each([
    { refused: 700, rows: 1_600, which: 'a middle batch' },
    { refused: 1_100, rows: 1_200, which: 'the last batch, raised before anything is applied' },
  ])(
    'a batch the database refuses ($which) stops the import with its error, nothing staged',
    async ({ refused, rows }) => {
      const t = await openTestApp(dialect);
      try {
        await refuseAt(t, refused);
        await expect(stageAll(t, rows)).rejects.toThrow(/the disk refused a staged row/);
        expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
      } finally {
        await t.close();
      }
    },
  );

  it('every row is staged once, in order, whichever batch was in flight', async () => {
    const t = await openTestApp(dialect);
    try {
      const seen: number[] = [];
      await stageAll(t, 1_730, seen);
      expect(seen).toEqual(Array.from({ length: 1_730 }, (_, n) => n));
      expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
    } finally {
      await t.close();
    }
  });
});
