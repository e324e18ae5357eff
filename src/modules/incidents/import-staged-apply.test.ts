/**
 * Issue 22 (the import's pace), keeping I1 and I2: an import's new records are written in SQL
 * from the staged rows (incident-import.repository.ts), the rest one by one. Whatever path a row
 * takes, the records are what the file says: a source id met twice in a file gives one record
 * that the later row revised; a record already held is compared and revised (and audited); an
 * attack on UN personnel opens its host-State follow-up (I1, ¶108); the map's aggregate equals
 * the one counted again from the rows; SQLite's spatial index holds every record once. Rows
 * staged before this change (as mapped rows) are still applied, as the same records.
 */
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { seedWorld } from '../../../test/support/fixtures.js';
import { dialects, openTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { RequestContext } from '../../db/context.js';
import { canonicalJson, sha256Hex } from '../../core/hash.js';
import { chainDigest, StagedRun } from '../../db/staged-import.js';
import { readLimitsOf } from '../../tabular/csv-reader.js';
import { acledRows } from './acled.import.js';
import { incidentImporter } from './incident-import-apply.service.js';
import { importFile } from './incident-import.service.js';
import { rebuildCells } from './map-cells.repository.js';
import type { MappedRow } from './ucdp.mapping.js';

const header = 'event_id_cnty,event_date,event_type,actor2,latitude,longitude,fatalities,notes';
const un = 'MINUSCA: United Nations Multidimensional Integrated Stabilization Mission';

function write(t: TestApp, name: string, lines: string[]): string {
  const file = path.join(t.dataDir, name);
  fs.writeFileSync(file, [header, ...lines].join('\n'));
  return file;
}

/** Rows 0…n-1 of clashes around Bangui, two a day. */
const clashes = (n: number, from = 0) =>
  Array.from(
    { length: n },
    (_, i) =>
      `CAF${from + i},2023-0${1 + ((from + i) % 9)}-1${(from + i) % 10},Battles,,${(4 + ((from + i) % 90) / 100).toFixed(2)},18.5${(from + i) % 10},${(from + i) % 4},clash ${from + i}`,
  );

async function analystOf(t: TestApp): Promise<RequestContext> {
  const world = await seedWorld(t);
  return {
    ...t.ctx,
    requestId: 'staged-apply',
    actor: await actorFor(t, world.users.analyst.id, world.missionA.id),
  };
}

const bySource = async (t: TestApp, sourceId: string) =>
  t.ctx.db
    .selectFrom('incidents')
    .selectAll()
    .where('source_system', '=', 'acled')
    .where('source_id', '=', sourceId)
    .execute();

/** The aggregate as stored, in a fixed order, as plain numbers. */
async function cells(t: TestApp) {
  const rows = await t.ctx.db
    .selectFrom('incident_map_cells')
    .selectAll()
    .where('n', '<>', 0)
    .orderBy(['level', 'span', 'cx', 'cy', 'year', 'month', 'category', 'status'])
    .execute();
  return rows.map((r) => ({
    ...r,
    n: Number(r.n),
    killed: Number(r.killed),
    sum_lon: Number(r.sum_lon).toFixed(6),
    sum_lat: Number(r.sum_lat).toFixed(6),
  }));
}

describe.each(dialects)('an import applied from its staged rows (issue 22) [%s]', (dialect) => {
  it('new, repeated, revised and UN-attack rows give the records, follow-ups, aggregate and digest the file says', async () => {
    const t = await openTestApp(dialect);
    try {
      const ctx = await analystOf(t);
      // Held before: CAF0…CAF99.
      await importFile(ctx, {
        format: 'acled',
        file: write(t, 'first.csv', clashes(100)),
        keepGoodRows: false,
      });
      const held = (await bySource(t, 'CAF5'))[0]!;
      // CAF5 revised (7 killed now), CAF100…CAF2599 new, CAF300 met again later in the file with
      // 9 killed, an attack on UN personnel.
      const lines = [
        ...clashes(2_500, 100),
        `CAF5,2023-06-15,Battles,,4.05,18.55,7,revised`,
        `CAF300,2023-04-10,Battles,,4.30,18.50,9,the same event again`,
        `CAFUN1,2023-05-02,Battles,${un},4.37,18.56,1,a patrol ambushed`,
      ];
      const report = await importFile(ctx, {
        format: 'acled',
        file: write(t, 'second.csv', lines),
        keepGoodRows: false,
      });
      expect(report).toMatchObject({ total: 2_503, created: 2_501, updated: 2, unchanged: 0 });

      const count = await t.ctx.db
        .selectFrom('incidents')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(2_601);
      const revised = await bySource(t, 'CAF5');
      expect(revised).toHaveLength(1);
      expect(revised[0]).toMatchObject({ id: held.id, fatalities: 7, version: 2 });
      const repeated = await bySource(t, 'CAF300');
      expect(repeated).toHaveLength(1);
      expect(repeated[0]).toMatchObject({ fatalities: 9 });
      expect(repeated[0]!.narrative).toContain('the same event again');
      expect(repeated[0]!.version).toBe(2);

      // I1: the attack on UN personnel opened its follow-up; the clashes none.
      const attack = (await bySource(t, 'CAFUN1'))[0]!;
      expect(attack.category).toBe('attack_on_un_personnel');
      const followUps = await t.ctx.db
        .selectFrom('incident_follow_ups')
        .select('incident_id')
        .execute();
      expect(followUps.map((f) => f.incident_id)).toEqual([attack.id]);

      // Each revision audited on its own, as before.
      const revisions = await t.ctx.db
        .selectFrom('audit_entries')
        .select('record_id')
        .where('action', '=', 'incidents.incident.import-update')
        .execute();
      expect(revisions.map((r) => r.record_id).sort()).toEqual([held.id, repeated[0]!.id].sort());

      // The aggregate kept chunk by chunk equals the one counted again from the rows.
      const kept = await cells(t);
      await rebuildCells(t.ctx.db, dialect);
      expect(kept).toEqual(await cells(t));
      expect(kept.filter((c) => c.level === 8 && c.span === 'm').reduce((a, c) => a + c.n, 0)).toBe(
        2_601,
      );
      if (dialect === 'sqlite') {
        const rtree = await sql<{ n: number; keys: number }>`select
          (select count(*) from incidents_rtree) as n,
          (select count(distinct geo_key) from incidents) as keys`.execute(t.ctx.db);
        expect(rtree.rows[0]).toEqual({ n: 2_601, keys: 2_601 });
      }
    } finally {
      await t.close();
    }
  }, 120_000);

  it('the digest takes a chunk’s new records in file order, then the revised ones', async () => {
    const t = await openTestApp(dialect);
    try {
      const ctx = await analystOf(t);
      await importFile(ctx, {
        format: 'acled',
        file: write(t, 'first.csv', clashes(3)),
        keepGoodRows: false,
      });
      const lines = [`CAF1,2023-06-15,Battles,,4.05,18.55,5,revised`, ...clashes(3, 3)];
      await importFile(ctx, {
        format: 'acled',
        file: write(t, 'second.csv', lines),
        keepGoodRows: false,
      });
      const entries = await t.ctx.db
        .selectFrom('audit_entries')
        .select('digest')
        .where('action', '=', 'incidents.import')
        .orderBy('seq')
        .execute();
      const ids = async (sourceIds: string[]) =>
        Promise.all(sourceIds.map(async (s) => (await bySource(t, s))[0]!.id));
      const recordsDigest = chainDigest('', [
        ...(await ids(['CAF3', 'CAF4', 'CAF5'])),
        ...(await ids(['CAF1'])),
      ]);
      expect(entries[1]!.digest).toBe(
        sha256Hex(
          canonicalJson({
            source: 'acled-csv',
            total: 4,
            created: 3,
            updated: 1,
            unchanged: 0,
            rejected: 0,
            recordsDigest,
          }),
        ),
      );
    } finally {
      await t.close();
    }
  });

  it.runIf(dialect === 'postgres')(
    'PostgreSQL: an import that grows the table takes its statistics again, so lookups by source id stay on the index',
    async () => {
      const t = await openTestApp(dialect);
      try {
        const ctx = await analystOf(t);
        const tuples = async () =>
          Number(
            (
              await sql<{ n: number }>`select reltuples as n from pg_class
                where relname = 'incidents' and relkind = 'r'`.execute(t.ctx.db)
            ).rows[0]!.n,
          );
        expect(await tuples()).toBeLessThan(1); // a new table: never counted
        const report = await importFile(ctx, {
          format: 'acled',
          file: write(t, 'large.csv', clashes(50_000)),
          keepGoodRows: false,
        });
        expect(report.created).toBe(50_000);
        // Only ANALYZE sets the table's row estimate (autovacuum is off here, as on CI).
        expect(await tuples()).toBeGreaterThan(40_000);
      } finally {
        await t.close();
      }
    },
    180_000,
  );

  it('rows staged before the change (mapped rows) are applied as the same records', async () => {
    const t = await openTestApp(dialect);
    try {
      const ctx = await analystOf(t);
      const missionId = ctx.actor.missionId!;
      const now = await importFile(ctx, {
        format: 'acled',
        file: write(t, 'now.csv', clashes(50)),
        keepGoodRows: false,
      });
      expect(now.created).toBe(50);
      // Further events, staged as the version before staged them: mapped rows.
      const file = write(t, 'legacy.csv', clashes(50, 50));
      const run = await StagedRun.begin<MappedRow>(ctx, incidentImporter.kind);
      for await (const row of acledRows(file, { limits: readLimitsOf(ctx.config) }))
        if (!Array.isArray(row.mapped)) await run.stage(row.mapped);
      const done = await run.apply(incidentImporter as never, {
        missionId,
        source: 'acled-csv',
        total: 50,
        rejected: 0,
        created: 0,
        updated: 0,
        unchanged: 0,
        digest: '',
      });
      expect(done).toMatchObject({ created: 50, updated: 0 });
      // Each legacy row is the record the file says, like one applied the new way.
      const [viaNew] = await bySource(t, 'CAF7');
      const [viaOld] = await bySource(t, 'CAF57');
      const shape = (r: typeof viaNew) => ({
        category: r!.category,
        time_precision: r!.time_precision,
        location_precision: r!.location_precision,
        status: r!.status,
        version: r!.version,
        created_by: r!.created_by,
        mission_id: r!.mission_id,
      });
      expect(shape(viaOld)).toEqual(shape(viaNew));
      // Importing the legacy file again now changes nothing.
      const again = await importFile(ctx, { format: 'acled', file, keepGoodRows: false });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 50 });
    } finally {
      await t.close();
    }
  });
});
