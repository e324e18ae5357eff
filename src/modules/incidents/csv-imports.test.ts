/**
 * I2 for the CSV formats on both dialects: UCDP GED CSV in the 23.1 layout and in an older
 * six-column layout, ACLED CSV, HXL-tagged CSV (a round trip through our own export), and the
 * malformed files the issue names, each refused with the database left as it was. UCDP's files ship
 * in test/fixtures (CC BY 4.0); ACLED's sample is real data that may not ship (its terms: tests only),
 * so a hand-made file in ACLED's layout is always imported and ACLED's own when it is at hand.
 */
import fs from 'node:fs';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { fixture } from '../../../test/support/fixture-files.js';
import { describeRealData, realDataPath } from '../../../test/support/real-data.js';
import { seedWorld, type World } from '../../../test/support/fixtures.js';
import { fromJson, fromTimestamp } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import { exportIncidentsHxlCsv } from './incident-export.service.js';
import { listIncidents } from './incident.service.js';
import { importFile } from './incident-import.service.js';
import { readLimitsOf } from '../../tabular/csv-reader.js';
import { readUcdpActors } from './ucdp.import.js';

const ucdp231 = fixture('ucdp-ged', 'ged231_sample1000_uncertainUCDP.csv');
const ucdp201 = fixture('ucdp-ged', 'ged201_subset_6cols_geopkoreport.csv.gz');
const ucdpActors = fixture('ucdp-ged', 'ucdp-actor-221.csv');
// Invented events in ACLED's 31-column layout (ACLED's own data may not ship): test/fixtures/acled.
const acledHandmade = fixture('acled', 'acled-layout-handmade.csv');

type Row = Record<string, string>;
const readCsv = (file: string): Row[] =>
  parse(file.endsWith('.gz') ? gunzipSync(fs.readFileSync(file)) : fs.readFileSync(file), {
    columns: true,
    bom: true,
  }) as Row[];
const toCsv = (rows: Row[], columns = Object.keys(rows[0]!)) =>
  [
    columns.join(','),
    ...rows.map((r) => columns.map((c) => `"${(r[c] ?? '').replace(/"/g, '""')}"`).join(',')),
  ].join('\n');

eachDialect('CSV imports: UCDP, ACLED, HXL (I2)', (t) => {
  let world: World;
  let ctx: RequestContext;
  let ctxB: RequestContext;
  const tmp = (name: string, content: string | Buffer) => {
    const file = path.join(t().dataDir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const stats = async (missionId: string) => {
    const row = await t()
      .ctx.db.selectFrom('incidents')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.sum<number>('fatalities').as('killed'),
      ])
      .where('mission_id', '=', missionId)
      .executeTakeFirstOrThrow();
    return { n: Number(row.n), killed: Number(row.killed ?? 0) };
  };
  const bySource = (sourceId: string) =>
    t()
      .ctx.db.selectFrom('incidents')
      .selectAll()
      .where('source_id', '=', sourceId)
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    world = await seedWorld(t());
    ctx = {
      ...t().ctx,
      requestId: 'import',
      actor: await actorFor(t(), world.users.analyst.id, world.missionA.id),
    };
    ctxB = {
      ...t().ctx,
      requestId: 'import-b',
      actor: await actorFor(t(), world.outsider.id, world.missionB.id),
    };
  });

  describe('UCDP GED CSV', () => {
    it('23.1 layout: the 1,000-event sample imports whole, fatalities add up to UCDP best, again changes nothing', async () => {
      const rows = readCsv(ucdp231);
      const before = await stats(world.missionA.id);
      const first = await importFile(ctx, { format: 'ucdp', file: ucdp231, keepGoodRows: false });
      expect(first).toMatchObject({ total: 1000, created: 1000, rejected: [], committed: true });
      const after = await stats(world.missionA.id);
      expect(after.n - before.n).toBe(1000);
      expect(after.killed - before.killed).toBe(rows.reduce((s, r) => s + Number(r.best), 0));
      const again = await importFile(ctx, { format: 'ucdp', file: ucdp231, keepGoodRows: false });
      expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 1000 });

      const syria = await bySource('300380');
      expect(syria).toMatchObject({ category: 'armed_clash', time_precision: 'day' });
      const oneSided = rows.find((r) => r.type_of_violence === '3')!;
      expect(await bySource(oneSided.id!)).toMatchObject({
        category: 'violence_against_civilians',
      });
    });

    it('older layout without id, date or type of violence (GED 20.1 extract): year precision, stable derived ids', async () => {
      const lines = gunzipSync(fs.readFileSync(ucdp201)).toString('utf8').split('\n');
      const file = tmp('ged201-head.csv.gz', gzipSync(lines.slice(0, 301).join('\n')));
      const before = await stats(world.missionB.id);
      const first = await importFile(ctxB, { format: 'ucdp', file, keepGoodRows: false });
      expect(first).toMatchObject({ total: 300, created: 300, rejected: [] });
      const after = await stats(world.missionB.id);
      const best = lines.slice(1, 301).reduce((s, l) => s + Number(l.split(',').at(-2)), 0);
      expect(after.killed - before.killed).toBe(best);
      const again = await importFile(ctxB, { format: 'ucdp', file, keepGoodRows: false });
      expect(again).toMatchObject({ created: 0, unchanged: 300 });
      const kabul = await t()
        .ctx.db.selectFrom('incidents')
        .selectAll()
        .where('mission_id', '=', world.missionB.id)
        .where('place_name', '=', 'Kabul city')
        .orderBy('occurred_at')
        .executeTakeFirstOrThrow();
      expect(kabul).toMatchObject({ time_precision: 'year', category: 'other' });
      expect(fromTimestamp(kabul.occurred_at).toISOString()).toMatch(/-01-01T00:00:00/);
    });

    it('sides given only by UCDP actor id are named from the UCDP Actor dataset', async () => {
      const rows = readCsv(ucdp231).slice(0, 3);
      const columns = Object.keys(rows[0]!).filter(
        (c) => c !== 'side_a' && c !== 'side_b' && c !== 'dyad_name',
      );
      const file = tmp(
        'ids-only.csv',
        toCsv(
          rows.map((r) => ({ ...r, id: `7${r.id}` })),
          columns,
        ),
      );
      await importFile(ctx, {
        format: 'ucdp',
        file,
        keepGoodRows: false,
        actorNames: await readUcdpActors(ucdpActors, readLimitsOf(t().ctx.config)),
      });
      const record = await bySource('7300380');
      expect(fromJson(record.actors)).toEqual([
        { name: 'Government of Syria', role: 'other' },
        { name: 'Syrian insurgents', role: 'other' },
      ]);
    });
  });

  const importsAcled = (file: string) => async () => {
    const rows = readCsv(file);
    const first = await importFile(ctxB, { format: 'acled', file, keepGoodRows: false });
    expect(first).toMatchObject({ total: rows.length, created: rows.length, rejected: [] });
    const again = await importFile(ctxB, { format: 'acled', file, keepGoodRows: false });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: rows.length });

    const protest = rows.find((r) => r.event_type === 'Protests')!;
    expect(await bySource(protest.event_id_cnty!)).toMatchObject({
      category: 'demonstration',
      place_name: protest.location,
      admin_area: protest.admin1,
    });
    const revised = [{ ...rows[0]!, fatalities: '3', timestamp: '1700000000' }];
    const update = await importFile(ctxB, {
      format: 'acled',
      file: tmp(`revised-${path.basename(file)}`, toCsv(revised)),
      keepGoodRows: false,
    });
    expect(update).toMatchObject({ updated: 1 });
    expect(await bySource(rows[0]!.event_id_cnty!)).toMatchObject({ fatalities: 3, version: 2 });
  };

  describe('ACLED CSV', () => {
    it(
      'imports a codebook-layout file with categories mapped; again changes nothing; a revised event updates',
      importsAcled(acledHandmade),
    );

    it('each ACLED event type of the hand-made file lands in its category', async () => {
      const expected: Record<string, string> = {
        CAF90002: 'armed_clash',
        CAF90003: 'violence_against_civilians',
        CAF90004: 'violence_against_civilians', // mob violence targeting civilians
        CAF90005: 'explosive_device',
        CAF90006: 'other',
      };
      for (const [id, category] of Object.entries(expected))
        expect(await bySource(id), id).toMatchObject({ category });
    });

    describeRealData("ACLED's own sample (acledR)", ['acledEvents'], () => {
      it(
        'imports whole with categories mapped; again changes nothing; a revised event updates',
        importsAcled(realDataPath('acledEvents')),
      );
    });
  });

  describe('HXL-tagged CSV', () => {
    it('our own HXL export reads back into another mission with the same events and tolls', async () => {
      const exporter = {
        ...t().ctx,
        requestId: 'export',
        actor: await actorFor(t(), world.users.analyst.id, world.missionA.id),
      };
      const text = await exportIncidentsHxlCsv(exporter, {});
      const source = await stats(world.missionA.id);
      // Title rows above the header, as humanitarian spreadsheets often have.
      const file = tmp(
        'export.hxl.csv',
        `Incidents of MINUSCA,,\r\nExported for partners,,\r\n${text}`,
      );
      const before = await stats(world.missionB.id);
      const report = await importFile(ctxB, { format: 'hxl', file, keepGoodRows: false });
      expect(report).toMatchObject({ total: source.n, created: source.n, rejected: [] });
      const after = await stats(world.missionB.id);
      expect(after.n - before.n).toBe(source.n);
      expect(after.killed - before.killed).toBe(source.killed);
      const page = await listIncidents(
        { ...ctxB, actor: await actorFor(t(), world.outsider.id, world.missionB.id) },
        { limit: 500 },
      );
      const imported = page.items.find((i) => i.origin.system === 'hxl')!;
      expect(imported.sources[0]).toMatchObject({ reliability: 'F', credibility: 6 });
      expect((await importFile(ctxB, { format: 'hxl', file, keepGoodRows: false })).unchanged).toBe(
        source.n,
      );
    });

    it('a partner file: hashtags in any order and spelling, casualty groups, perpetrators', async () => {
      const file = tmp(
        'partner.csv',
        [
          'Ref,Lieu,Lat,Lon,Date,Type,Civils tués,Tués,Auteur,Fiabilité',
          '#event +id,#loc+name,#geo +lat,#geo+lon,#date+occurred,#event+type,#affected+killed+civilians,#affected+killed,#group+perpetrator,#meta+reliability',
          'P-1,Kaga-Bandoro,6.99,19.18,2024-03-02,violence_against_civilians,4,6,Armed group X; Armed group Y,C',
        ].join('\n'),
      );
      const report = await importFile(ctxB, { format: 'hxl', file, keepGoodRows: false });
      expect(report).toMatchObject({ created: 1, rejected: [] });
      const record = await bySource('P-1');
      expect(record).toMatchObject({ fatalities: 6, place_name: 'Kaga-Bandoro' });
      expect(fromJson(record.actors)).toEqual([
        { name: 'Armed group X', role: 'perpetrator' },
        { name: 'Armed group Y', role: 'perpetrator' },
      ]);
      expect(fromJson(record.casualties)).toMatchObject({
        civilians: { killed: 4 },
        unattributedKilled: 2,
      });
    });

    it('a file without the hashtag row, or without a required hashtag, is refused naming what is missing', async () => {
      await expect(
        importFile(ctxB, {
          format: 'hxl',
          file: tmp('plain.csv', 'id,date\n1,2024-01-01\n'),
          keepGoodRows: true,
        }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/no HXL hashtag row/) });
      await expect(
        importFile(ctxB, {
          format: 'hxl',
          file: tmp('nolat.csv', 'a,b,c\n#event+id,#date,#event+type\n1,2024-01-01,crime\n'),
          keepGoodRows: true,
        }),
      ).rejects.toMatchObject({
        message: expect.stringMatching(/no column for latitude, longitude/),
      });
    });
  });

  describe('malformed files are refused whole and the database stays as it was', () => {
    const header =
      'event_id_cnty,event_date,event_type,sub_event_type,latitude,longitude,fatalities,location';
    const good = (id: string) => `${id},2022-06-30,Battles,Armed clash,4.36,18.55,2,Bangui`;
    const cases: { name: string; file: () => Buffer | string; reason: RegExp }[] = [
      {
        name: 'wrong encoding (Latin-1)',
        file: () =>
          Buffer.concat([
            Buffer.from(`${header}\n${good('M1')}\n`),
            Buffer.from('M2,2022-06-30,Battles,Armed clash,4.36,18.55,2,Bria caf\xe9\n', 'latin1'),
          ]),
        reason: /not UTF-8/,
      },
      { name: 'missing header', file: () => `${good('M3')}\n${good('M4')}\n`, reason: /no header/ },
      {
        name: 'truncated gzip',
        file: () => {
          const gz = gzipSync(`${header}\n${good('M5')}\n${good('M6')}\n`.repeat(50));
          return gz.subarray(0, gz.length - 40);
        },
        reason: /truncated gzip/,
      },
      {
        name: 'unbalanced quotes',
        file: () =>
          `${header}\n${good('M7')}\nM8,2022-06-30,"Battles,Armed clash,4.36,18.55,2,Bangui\n`,
        reason: /quoted field opened on or after line 3 that is never closed/,
      },
    ];
    for (const c of cases) {
      it(c.name, async () => {
        const before = await stats(world.missionB.id);
        const content = c.file();
        const name = c.name === 'truncated gzip' ? 'bad.csv.gz' : 'bad.csv';
        await expect(
          importFile(ctxB, { format: 'acled', file: tmp(name, content), keepGoodRows: true }),
        ).rejects.toMatchObject({
          code: 'validation_failed',
          message: expect.stringMatching(c.reason),
        });
        expect(await stats(world.missionB.id)).toEqual(before);
      });
    }

    it('coordinates out of range and impossible dates: every bad row by line and column, nothing written', async () => {
      const before = await stats(world.missionB.id);
      const file = tmp(
        'rows.csv',
        [
          header,
          good('R1'),
          'R2,2022-02-30,Battles,Armed clash,4.36,18.55,2,Bangui',
          'R3,2022-06-30,Battles,Armed clash,94.1,18.55,2,Bangui',
          'R4,2022-06-30,Battles,Armed clash,4.36,,2,Bangui',
          'R5,2022-06-30,Battles,Armed clash,4.36,18.55,two,Bangui',
          'R6,2022-06-30,Battles',
        ].join('\n'),
      );
      await expect(
        importFile(ctxB, { format: 'acled', file, keepGoodRows: false }),
      ).rejects.toMatchObject({
        report: {
          committed: false,
          rejected: [
            { line: 3, column: 'event_date', reason: 'not a real date: "2022-02-30"' },
            { line: 4, column: 'latitude', reason: 'out of range: "94.1"' },
            { line: 5, column: 'longitude', reason: 'out of range: ""' },
            {
              line: 6,
              column: 'fatalities',
              reason: 'expected a whole number from 0 to 100000, got "two"',
            },
            { line: 7, column: '(row)', reason: 'has 3 cells, the header has 8' },
          ],
        },
      });
      expect(await stats(world.missionB.id)).toEqual(before);
    });
  });
});
