/**
 * Issue 22: a large file is read and checked on another core (tabular/read-in-worker.ts) while the
 * import stores what it has been given. What the import sees must not depend on where the file
 * was read: the same rows in the same order, the same problems named by line, the same refusal of
 * an unreadable file, the bytes told as they are read; stopping early stops the reader.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { seedWorld } from '../../../test/support/fixtures.js';
import { dialects, openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { readLimitsOf } from '../../tabular/csv-reader.js';
import { readerModule, readInWorker } from '../../tabular/read-in-worker.js';
import { acledRows } from './acled.import.js';
import { importFile, type ImportRow } from './incident-import.service.js';

const header = 'event_id_cnty,event_date,event_type,latitude,longitude,fatalities';
const acled = (file: string) => ({
  module: readerModule(import.meta.url, './acled.import.js'),
  name: 'acledRows',
  file,
});

function file(t: TestApp, name: string, rows: number, bad: number[] = []): string {
  const lines = Array.from({ length: rows }, (_, i) =>
    bad.includes(i)
      ? `CAF${i},2023-02-30,Battles,4.36,18.55,1`
      : `CAF${i},2023-03-02,Battles,${(4 + (i % 100) / 100).toFixed(2)},18.55,${i % 5}`,
  );
  const out = path.join(t.dataDir, name);
  fs.writeFileSync(out, [header, ...lines].join('\n'));
  return out;
}

async function all<T>(rows: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const row of rows) out.push(row);
  return out;
}

describe('a file read on another core (issue 22)', () => {
  it('gives the same rows, in order, with the same problems by line, and tells the bytes read', async () => {
    const t = await openTestApp('sqlite');
    try {
      const csv = file(t, 'mixed.csv', 2_345, [7, 1_999]);
      const limits = readLimitsOf(t.ctx.config);
      const here = await all(acledRows(csv, { limits }));
      const told: number[] = [];
      const apart = await all(
        readInWorker<ImportRow>(
          acled(csv),
          { limits, onBytes: (read) => told.push(read) },
          { heapMb: 64, batch: 100 },
        ),
      );
      expect(apart).toEqual(here);
      expect(apart).toHaveLength(2_345);
      expect(apart[7]!.line).toBe(9);
      expect(Array.isArray(apart[7]!.mapped)).toBe(true);
      expect(told.length).toBeGreaterThan(0);
      expect(told[told.length - 1]).toBe(fs.statSync(csv).size);
    } finally {
      await t.close();
    }
  });

  it('refuses an unreadable file as reading it here does, naming the limit', async () => {
    const t = await openTestApp('sqlite');
    try {
      const csv = file(t, 'long.csv', 1_200);
      const limits = { ...readLimitsOf(t.ctx.config), maxRows: 1_000 };
      const here = await all(acledRows(csv, { limits })).catch((e: unknown) => e);
      const apart = await all(readInWorker(acled(csv), { limits }, { heapMb: 64 })).catch(
        (e: unknown) => e,
      );
      expect(here).toMatchObject({ code: 'validation_failed' });
      expect(apart).toMatchObject({
        code: (here as { code: string }).code,
        message: (here as Error).message,
        details: (here as { details: unknown }).details,
      });
    } finally {
      await t.close();
    }
  });

  it('stops the reader when the caller stops early', async () => {
    const t = await openTestApp('sqlite');
    try {
      const csv = file(t, 'early.csv', 20_000);
      let taken = 0;
      for await (const _row of readInWorker(
        acled(csv),
        { limits: readLimitsOf(t.ctx.config) },
        { heapMb: 64, batch: 50, ahead: 2 },
      )) {
        if (++taken === 120) break;
      }
      expect(taken).toBe(120);
    } finally {
      await t.close();
    }
  });

  describe.each(dialects)('[%s]', (dialect) => {
    it('an import read apart writes what one read here writes', async () => {
      const t = await openTestApp(dialect);
      try {
        const world = await seedWorld(t);
        const ctx = {
          ...t.ctx,
          requestId: 'read-apart',
          actor: await actorFor(t, world.users.analyst.id, world.missionA.id),
        };
        const csv = file(t, 'apart.csv', 1_500);
        const apart = await importFile(ctx, {
          format: 'acled',
          file: csv,
          keepGoodRows: false,
          readOn: 'worker',
        });
        expect(apart).toMatchObject({ total: 1_500, created: 1_500, committed: true });
        const again = await importFile(ctx, {
          format: 'acled',
          file: csv,
          keepGoodRows: false,
          readOn: 'here',
        });
        expect(again).toMatchObject({ total: 1_500, created: 0, unchanged: 1_500 });
        // A rejected row found apart refuses the whole file, named by its line.
        const bad = file(t, 'bad.csv', 1_500, [1_234]);
        const refused = await importFile(ctx, {
          format: 'acled',
          file: bad,
          keepGoodRows: false,
          readOn: 'worker',
        }).catch((e: unknown) => e);
        expect(refused).toMatchObject({ code: 'validation_failed' });
        expect(JSON.stringify((refused as { details: unknown }).details)).toContain('line 1236');
      } finally {
        await t.close();
      }
    });
  });
});
