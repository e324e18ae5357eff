/**
 * Issue 15, F6 (the write lock), keeping I2 (all-or-nothing imports): "a 300,000-row import held
 * the write lock so that 4 of 7 concurrent writes got 503 over 28 s". An import now reads and
 * checks its whole file first, keeps the good rows staged, then applies them in chunks, each its
 * own transaction (db/staged-import.ts), so:
 * - another person's write gets through while an import is applying (it sees part of the import);
 * - all-or-nothing still holds: a rejected file leaves nothing, staged rows included;
 * - a run whose process died half way is finished, exactly once, as the person who began it;
 * - two imports of one file at once do not create a record twice (one run of a kind applies at a time).
 * The SIGKILL of a real `peaceops import` is in test/import-crash.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { fixture } from '../../../test/support/fixture-files.js';
import { seedWorld } from '../../../test/support/fixtures.js';
import { systemActor } from '../../core/system-actor.js';
import { dialects, openTestApp, type TestApp } from '../../../test/support/test-app.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { canonicalJson, sha256Hex } from '../../core/hash.js';
import { chainDigest, resumeStagedImports, StagedRun } from '../../db/staged-import.js';
import {
  ContributionImportRejected,
  importContributions,
} from '../capabilities/contribution-import.service.js';
import { acledRows } from './acled.import.js';
import { readLimitsOf } from '../../tabular/csv-reader.js';
import { incidentImporter, stagedRow } from './incident-import-apply.service.js';
import { importFile, ImportRejected } from './incident-import.service.js';
import type { StagedIncident } from './incident-import.repository.js';

const applyStaged = incidentImporter.applyStaged!;
import { recordIncident } from './incident.service.js';

const acledHeader = 'event_id_cnty,event_date,event_type,latitude,longitude,fatalities';

function acledFile(t: TestApp, name: string, rows: number, bad: number[] = []): string {
  const lines = Array.from({ length: rows }, (_, i) =>
    bad.includes(i)
      ? `CAF${i},not a date,Battles,4.36,18.55,1`
      : `CAF${i},2023-03-02,Battles,${(4 + (i % 100) / 100).toFixed(2)},18.55,${i % 5}`,
  );
  const file = path.join(t.dataDir, name);
  fs.writeFileSync(file, [acledHeader, ...lines].join('\n'));
  return file;
}

async function analystOf(t: TestApp): Promise<{ ctx: RequestContext; missionId: string }> {
  const world = await seedWorld(t);
  return {
    missionId: world.missionA.id,
    ctx: {
      ...t.ctx,
      requestId: 'staging',
      actor: await actorFor(t, world.users.analyst.id, world.missionA.id),
    },
  };
}

const imported = async (ctx: Pick<RequestContext, 'db'>) =>
  Number(
    (
      await ctx.db
        .selectFrom('incidents')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('source_system', '=', 'acled')
        .executeTakeFirstOrThrow()
    ).n,
  );

const leftovers = async (t: TestApp) => ({
  runs: (await t.ctx.db.selectFrom('import_runs').selectAll().execute()).length,
  staged: (await t.ctx.db.selectFrom('import_staged_rows').selectAll().execute()).length,
});

const importEntries = (t: TestApp) =>
  t.ctx.db
    .selectFrom('audit_entries')
    .select(['digest', 'actor_id'])
    .where('action', '=', 'incidents.import')
    .execute();

const clash = (missionId: string) => ({
  missionId,
  compartmentIds: [],
  occurredAt: '2024-01-01T00:00:00Z',
  timePrecision: 'day' as const,
  location: {
    latitude: 4.4,
    longitude: 18.6,
    precision: 'exact' as const,
    adminArea: null,
    placeName: null,
  },
  category: 'armed_clash' as const,
  actors: [],
  casualties: {
    unPersonnel: { killed: 0, injured: 0, abducted: 0 },
    civilians: { killed: 0, injured: 0, abducted: 0 },
    armedActors: { killed: 0, injured: 0, abducted: 0 },
    unattributedKilled: 0,
  },
  sources: [],
  narrative: 'recorded while an import ran',
});

describe.each(dialects)('staged imports (F6) [%s]', (dialect) => {
  it('another person writes while a 6,000-row import applies, and sees part of it', async () => {
    const t = await openTestApp(dialect);
    try {
      const { ctx, missionId } = await analystOf(t);
      const file = acledFile(t, 'big.csv', 6_000);
      let done = false;
      const seen: number[] = [];
      const running = importFile(ctx, { format: 'acled', file, keepGoodRows: false }).finally(
        () => (done = true),
      );
      // A writer that keeps recording incidents until the import ends; each write looks, in its
      // own transaction, at how much of the import it can see.
      while (!done) {
        await inTransaction(ctx, async (tx) => {
          await recordIncident(tx, clash(missionId));
          seen.push(await imported(tx));
        });
        // A person's writes come apart (and on one SQLite connection a tight loop would starve
        // every other caller of the connection, the import included).
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      expect(await running).toMatchObject({ created: 6_000, committed: true });
      // Under one long transaction a writer saw 0 (before, or uncommitted) or 6,000 (after).
      expect(seen.some((n) => n > 0 && n < 6_000)).toBe(true);
      expect(await imported(t.ctx)).toBe(6_000);
      expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
    } finally {
      await t.close();
    }
  }, 120_000);

  it('issue 22: each chunk is sized from the last one’s time — doubling while fast, halving while slow, within bounds', async () => {
    const t = await openTestApp(dialect);
    try {
      const { ctx } = await analystOf(t);
      const file = acledFile(t, 'sized.csv', 3_000);
      const sizes = async (chunkMs: number) => {
        const run = await StagedRun.begin<StagedIncident>(ctx, incidentImporter.kind);
        for await (const row of acledRows(file, { limits: readLimitsOf(ctx.config) }))
          if (!Array.isArray(row.mapped))
            await run.stage(stagedRow(ctx, ctx.actor.missionId!, row.mapped));
        const seen: number[] = [];
        const recording = {
          ...incidentImporter,
          chunkSize: 100,
          chunkMs,
          applyStaged: async (...args: Parameters<typeof applyStaged>) => {
            seen.push(args[1].to - args[1].from + 1);
            return applyStaged(...args);
          },
        };
        await run.apply(recording, {
          missionId: ctx.actor.missionId!,
          source: 'acled-csv',
          total: 3_000,
          rejected: 0,
          created: 0,
          updated: 0,
          unchanged: 0,
          digest: '',
        });
        return seen;
      };
      // A chunk far quicker than a minute: twice the rows next, up to ten times chunkSize.
      expect(await sizes(60_000)).toEqual([100, 200, 400, 800, 1_000, 500]);
      // A chunk far slower than a microsecond: half the rows next, down to a quarter of chunkSize.
      const slow = await sizes(0.001);
      expect(slow.slice(0, 4)).toEqual([100, 50, 25, 25]);
      expect(slow.reduce((a, b) => a + b, 0)).toBe(3_000); // the same file again: all unchanged
    } finally {
      await t.close();
    }
  }, 120_000);

  it('all-or-nothing holds: a rejected file leaves no record and no staged row', async () => {
    const t = await openTestApp(dialect);
    try {
      const { ctx } = await analystOf(t);
      const file = acledFile(t, 'bad.csv', 1_500, [1_400]);
      await expect(
        importFile(ctx, { format: 'acled', file, keepGoodRows: false }),
      ).rejects.toBeInstanceOf(ImportRejected);
      expect(await imported(t.ctx)).toBe(0);
      expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
      // An unreadable file half way (over the row limit) leaves nothing either.
      const long = acledFile(t, 'long.csv', 1_200);
      await expect(
        importFile(
          { ...ctx, config: { ...ctx.config, importMaxRows: 1_000 } },
          { format: 'acled', file: long, keepGoodRows: true },
        ),
      ).rejects.toMatchObject({ code: 'validation_failed' });
      expect(await imported(t.ctx)).toBe(0);
      expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
    } finally {
      await t.close();
    }
  });

  it('a run its process left half applied is finished exactly once, as the person who began it', async () => {
    const t = await openTestApp(dialect);
    try {
      const { ctx } = await analystOf(t);
      const chunk = incidentImporter.chunkSize;
      const rows = 2 * chunk + 300;
      const file = acledFile(t, 'crash.csv', rows);
      const run = await StagedRun.begin<StagedIncident>(ctx, incidentImporter.kind);
      for await (const row of acledRows(file, { limits: readLimitsOf(ctx.config) }))
        if (!Array.isArray(row.mapped))
          await run.stage(stagedRow(ctx, ctx.actor.missionId!, row.mapped));
      // The process "dies" in its third chunk: two chunks are in, the rest staged.
      let chunks = 0;
      const dying = {
        ...incidentImporter,
        chunkMs: undefined, // chunks of chunkSize, so the third is where this one says
        applyStaged: async (...args: Parameters<typeof applyStaged>) => {
          if (++chunks === 3) throw new Error('killed');
          return applyStaged(...args);
        },
      };
      const start = {
        missionId: ctx.actor.missionId!,
        source: 'acled-csv',
        total: rows,
        rejected: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        digest: '',
      };
      await expect(run.apply(dying, start)).rejects.toThrow('killed');
      expect(await imported(t.ctx)).toBe(2 * chunk);
      expect(await importEntries(t)).toHaveLength(0);

      // The server's sweep finishes it; a second sweep finds nothing to do.
      expect(await resumeStagedImports(t.ctx, [incidentImporter])).toBe(1);
      expect(await resumeStagedImports(t.ctx, [incidentImporter])).toBe(0);
      expect(await imported(t.ctx)).toBe(rows);
      expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
      const entries = await importEntries(t);
      expect(entries).toHaveLength(1);
      expect(entries[0]!.actor_id).toBe(ctx.actor.userId);
      // The entry digests what the import did, with the records' digest over their ids in file
      // order: the same whether the run went in one go or stopped half way.
      const ids = (await t.ctx.db.selectFrom('incidents').select(['id', 'source_id']).execute())
        .sort((x, y) => Number(x.source_id!.slice(3)) - Number(y.source_id!.slice(3)))
        .map((r) => r.id);
      expect(entries[0]!.digest).toBe(
        sha256Hex(
          canonicalJson({
            source: 'acled-csv',
            total: rows,
            created: rows,
            updated: 0,
            unchanged: 0,
            rejected: 0,
            recordsDigest: chainDigest('', ids),
          }),
        ),
      );
      const again = await importFile(ctx, { format: 'acled', file, keepGoodRows: false });
      expect(again).toMatchObject({ created: 0, unchanged: rows });
    } finally {
      await t.close();
    }
  }, 120_000);

  it('two imports of one file at once create each record once', async () => {
    const t = await openTestApp(dialect);
    try {
      const { ctx } = await analystOf(t);
      const file = acledFile(t, 'twice.csv', 1_200);
      const [a, b] = await Promise.all([
        importFile(ctx, { format: 'acled', file, keepGoodRows: false }),
        importFile({ ...ctx, requestId: 'second' }, { format: 'acled', file, keepGoodRows: false }),
      ]);
      expect(a.created + b.created).toBe(1_200);
      expect(a.unchanged + b.unchanged).toBe(1_200);
      expect(await imported(t.ctx)).toBe(1_200);
      expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
    } finally {
      await t.close();
    }
  }, 120_000);

  it('contributions: a rejected file creates no mission; a mission analyst cannot have one created', async () => {
    const t = await openTestApp(dialect);
    try {
      const { ctx } = await analystOf(t);
      const good = fs.readFileSync(
        fixture('un-peacekeeping', 'contributions-layout-handmade.csv'),
        'utf8',
      );
      const file = path.join(t.dataDir, 'contributions.csv');
      // The file names UNMISS and UNAMID, known UN missions not stored yet; one cell is bad.
      fs.writeFileSync(
        file,
        good.replace(
          '2013-02-28,Rwanda,RWA,UNMISS,12,6,18',
          '2013-02-28,Rwanda,RWA,UNMISS,12,6,eighteen',
        ),
      );
      const hq: RequestContext = {
        ...t.ctx,
        requestId: 'contributions',
        actor: systemActor('importer', 'cli', ['capabilities:write', 'missions:write']),
      };
      await expect(importContributions(hq, { file, keepGoodRows: false })).rejects.toBeInstanceOf(
        ContributionImportRejected,
      );
      const missions = async () =>
        (await t.ctx.db.selectFrom('missions').select('acronym').execute()).map((m) => m.acronym);
      expect(await missions()).not.toContain('UNMISS');
      expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
      // Creating missions is headquarters' act: refused while the file is read, nothing written.
      fs.writeFileSync(file, good);
      await expect(
        importContributions(
          {
            ...ctx,
            actor: {
              ...ctx.actor,
              permissions: new Set([...ctx.actor.permissions, 'capabilities:write']),
            },
          },
          { file, keepGoodRows: false },
        ),
      ).rejects.toMatchObject({ code: 'forbidden' });
      expect(await missions()).not.toContain('UNMISS');
      expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
      const report = await importContributions(hq, { file, keepGoodRows: false });
      expect(report).toMatchObject({ committed: true, missions: ['UNAMID', 'UNMISS'] });
      expect(report.created).toBeGreaterThan(0);
      expect(await missions()).toEqual(expect.arrayContaining(['UNAMID', 'UNMISS']));
      expect(await leftovers(t)).toEqual({ runs: 0, staged: 0 });
    } finally {
      await t.close();
    }
  });

  it('issue 16: an event dated in the future is refused — typed in or imported, named by line', async () => {
    const t = await openTestApp(dialect);
    try {
      const { ctx, missionId } = await analystOf(t);
      // The test clock reads 2026-03-01T08:00Z.
      await expect(
        recordIncident(ctx, { ...clash(missionId), occurredAt: '2026-03-02T12:00:00Z' }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        details: [expect.objectContaining({ path: 'occurredAt', code: 'in_future' })],
      });
      const file = path.join(t.dataDir, 'ahead.csv');
      fs.writeFileSync(
        file,
        [
          acledHeader,
          'CAF1,2023-03-02,Battles,4.36,18.55,1',
          'CAF2,2026-06-30,Battles,4.36,18.55,1',
        ].join('\n'),
      );
      const refused = (await importFile(ctx, { format: 'acled', file, keepGoodRows: false }).catch(
        (e: unknown) => e,
      )) as ImportRejected;
      expect(refused).toBeInstanceOf(ImportRejected);
      expect(refused.report.rejected).toEqual([
        {
          line: 3,
          column: 'date',
          reason: '2026-06-30 is in the future: an event is dated today or before',
        },
      ]);
      expect(await imported(t.ctx)).toBe(0);
    } finally {
      await t.close();
    }
  });
});
