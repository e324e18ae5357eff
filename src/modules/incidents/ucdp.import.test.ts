/** I2 on both dialects with the real UCDP GED 23.1 events of the Central African Republic. */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { seedWorld, type World } from '../../../test/support/fixtures.js';
import type { RequestContext } from '../../db/context.js';
import { verifyAuditLog } from '../audit/audit.service.js';
import { importFile } from './incident-import.service.js';

// The shipped demo file: a byte copy of ../shared/data/ucdp-ged/ged231_central_african_republic_482.geojson.
const carFile = path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson');
const car = JSON.parse(fs.readFileSync(carFile, 'utf8')) as {
  features: { properties: Record<string, unknown>; geometry: { coordinates: number[] } }[];
};

eachDialect('UCDP GED import (I2)', (t) => {
  let world: World;
  let ctx: RequestContext;
  const tmp = (name: string, content: string | Buffer) => {
    const file = path.join(t().dataDir, name);
    fs.writeFileSync(file, content);
    return file;
  };
  const subset = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const count = async () =>
    Number(
      (
        await t()
          .ctx.db.selectFrom('incidents')
          .select((eb) => eb.fn.countAll<number>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  beforeAll(async () => {
    world = await seedWorld(t());
    ctx = {
      ...t().ctx,
      requestId: 'import',
      actor: await actorFor(t(), world.users.analyst.id, world.missionA.id),
    };
  });

  it('imports all 1,848 events with fatalities, precision and UCDP codes kept; re-importing changes nothing', async () => {
    const first = await importFile(ctx, { format: 'ucdp', file: carFile, keepGoodRows: false });
    expect(first).toMatchObject({
      total: 1848,
      created: 1848,
      updated: 0,
      unchanged: 0,
      rejected: [],
      committed: true,
    });
    const best = car.features.reduce((sum, f) => sum + Number(f.properties.best), 0);
    const stored = await t()
      .ctx.db.selectFrom('incidents')
      .select((eb) => eb.fn.sum<number>('fatalities').as('total'))
      .executeTakeFirstOrThrow();
    expect(Number(stored.total)).toBe(best);

    const oneSided = car.features.find((f) => f.properties.type_of_violence === 3)!;
    const row = await t()
      .ctx.db.selectFrom('incidents')
      .selectAll()
      .where('source_id', '=', String(oneSided.properties.id))
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      category: 'violence_against_civilians',
      source_system: 'ucdp',
      mission_id: world.missionA.id,
      latitude: oneSided.geometry.coordinates[1],
      longitude: oneSided.geometry.coordinates[0],
    });
    const attributes =
      typeof row.source_attributes === 'string'
        ? JSON.parse(row.source_attributes)
        : row.source_attributes;
    expect(attributes).toMatchObject({
      type_of_violence: 3,
      best: oneSided.properties.best,
      low: oneSided.properties.low,
      high: oneSided.properties.high,
      where_prec: oneSided.properties.where_prec,
      date_prec: oneSided.properties.date_prec,
    });

    const again = await importFile(ctx, { format: 'ucdp', file: carFile, keepGoodRows: false });
    expect(again).toMatchObject({ total: 1848, created: 0, updated: 0, unchanged: 1848 });
    expect(await count()).toBe(1848);
    expect((await verifyAuditLog(t().ctx)).ok).toBe(true);
  });

  it('an event UCDP revised updates its record (version + 1), the others stay', async () => {
    const revised = structuredClone(car.features.slice(0, 5));
    revised[2]!.properties.deaths_civilians = Number(revised[2]!.properties.deaths_civilians) + 4;
    revised[2]!.properties.best = Number(revised[2]!.properties.best) + 4;
    const report = await importFile(ctx, {
      format: 'ucdp',
      file: tmp('revised.geojson', subset(revised)),
      keepGoodRows: false,
    });
    expect(report).toMatchObject({ total: 5, created: 0, updated: 1, unchanged: 4 });
    const row = await t()
      .ctx.db.selectFrom('incidents')
      .select(['version', 'fatalities'])
      .where('source_id', '=', String(revised[2]!.properties.id))
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ version: 2, fatalities: revised[2]!.properties.best });
  });

  describe('bad input is reported and loses nothing', () => {
    const fresh = (i: number, changes: Record<string, unknown>, coordinates?: unknown[]) => {
      const f = structuredClone(car.features[i]!) as {
        properties: Record<string, unknown>;
        geometry: { coordinates: unknown[] };
      };
      f.properties = { ...f.properties, id: 9_000_000 + i, ...changes };
      if (coordinates) f.geometry.coordinates = coordinates;
      return f;
    };

    it('all-or-nothing: one bad row rejects the file, naming line, column and reason', async () => {
      const before = await count();
      const rows = [
        fresh(0, {}),
        fresh(1, { date_start: '2019-02-30T00:00:00' }),
        fresh(2, {}, [18.5, 95]),
        fresh(3, { type_of_violence: 7 }),
      ];
      const attempt = importFile(ctx, {
        format: 'ucdp',
        file: tmp('bad.geojson', subset(rows)),
        keepGoodRows: false,
      });
      await expect(attempt).rejects.toMatchObject({
        code: 'validation_failed',
        report: {
          committed: false,
          rejected: [
            { line: 2, column: 'date_start', reason: 'not a real date: "2019-02-30T00:00:00"' },
            { line: 3, column: 'latitude', reason: 'out of range: "95"' },
            { line: 4, column: 'type_of_violence', reason: 'expected 1, 2 or 3' },
          ],
        },
      });
      expect(await count()).toBe(before);
    });

    it('--keep-good-rows imports the good ones and still reports the rest', async () => {
      const before = await count();
      const rows = [fresh(4, {}), fresh(5, { deaths_civilians: -2 }), fresh(6, {})];
      const report = await importFile(ctx, {
        format: 'ucdp',
        file: tmp('mixed.geojson', subset(rows)),
        keepGoodRows: true,
      });
      expect(report).toMatchObject({
        created: 2,
        committed: true,
        rejected: [{ line: 2, column: 'deaths_civilians' }],
      });
      expect(await count()).toBe(before + 2);
    });

    it('a truncated file, a truncated gzip or a file without features is refused whole', async () => {
      const before = await count();
      const text = subset([fresh(7, {}), fresh(8, {}), fresh(9, {})]);
      await expect(
        importFile(ctx, {
          format: 'ucdp',
          file: tmp('cut.geojson', text.slice(0, Math.floor(text.length * 0.8))),
          keepGoodRows: true,
        }),
      ).rejects.toMatchObject({
        code: 'validation_failed',
        message: expect.stringMatching(/not valid GeoJSON/),
      });
      const gz = gzipSync(text);
      await expect(
        importFile(ctx, {
          format: 'ucdp',
          file: tmp('cut.geojson.gz', gz.subarray(0, gz.length - 30)),
          keepGoodRows: true,
        }),
      ).rejects.toMatchObject({ code: 'validation_failed' });
      await expect(
        importFile(ctx, {
          format: 'ucdp',
          file: tmp('empty.geojson', '{"type":"FeatureCollection"}'),
          keepGoodRows: true,
        }),
      ).rejects.toMatchObject({ message: expect.stringMatching(/no "features"/) });
      expect(await count()).toBe(before);
    });
  });
});
