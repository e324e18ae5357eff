/**
 * The map page's reads on both dialects with the real CAR events: points below the limit, grid
 * cells aggregated in the database above it (nothing lost: counts and killed add up), the monthly
 * timeline, filters, facets and an incident's audit history.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { seedWorld, type World } from '../../../test/support/fixtures.js';
import type { RequestContext } from '../../db/context.js';
import {
  incidentFacets,
  incidentHistory,
  incidentMap,
  incidentTimeline,
} from './incident-map.service.js';
import { MapQuery } from './incident.schema.js';
import { changeIncidentStatus } from './incident.service.js';
import { importFile } from './incident-import.service.js';

const carFile = path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson');
const car = JSON.parse(fs.readFileSync(carFile, 'utf8')) as {
  features: { properties: Record<string, string | number> }[];
};
const totalBest = car.features.reduce((s, f) => s + Number(f.properties.best), 0);

eachDialect('incident map, timeline and history', (t) => {
  let world: World;
  let ctx: RequestContext;
  beforeAll(async () => {
    world = await seedWorld(t());
    ctx = {
      ...t().ctx,
      requestId: 'map',
      actor: await actorFor(t(), world.users.analyst.id, world.missionA.id),
    };
    await importFile(ctx, { format: 'ucdp', file: carFile, keepGoodRows: false });
  });

  it('below the point limit every incident comes as a point, newest first', async () => {
    const answer = await incidentMap(ctx, MapQuery.parse({}));
    expect(answer).toMatchObject({ total: 1848, mode: 'points', cells: [] });
    expect(answer.points).toHaveLength(1848);
    expect(answer.points.reduce((s, p) => s + p[4], 0)).toBe(totalBest);
    const dates = answer.points.map((p) => p[5]);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('above it, grid cells from the database: counts and killed add up; a finer zoom gives more cells', async () => {
    const coarse = await incidentMap(ctx, MapQuery.parse({ zoom: 4 }), { pointLimit: 100 });
    expect(coarse.mode).toBe('cells');
    expect(coarse.cells.reduce((s, c) => s + c[2], 0)).toBe(1848);
    expect(coarse.cells.reduce((s, c) => s + c[3], 0)).toBe(totalBest);
    const fine = await incidentMap(ctx, MapQuery.parse({ zoom: 8 }), { pointLimit: 100 });
    expect(fine.cells.length).toBeGreaterThan(coarse.cells.length);
    expect(fine.cells.reduce((s, c) => s + c[2], 0)).toBe(1848);
    for (const [lon, lat] of fine.cells) {
      expect(lon).toBeGreaterThan(14);
      expect(lon).toBeLessThan(28);
      expect(lat).toBeGreaterThan(2);
      expect(lat).toBeLessThan(11);
    }
  });

  it('filters: category, minimum killed, actor (any case), admin area, date range, box', async () => {
    const expectCount = async (
      query: Record<string, unknown>,
      predicate: (p: Record<string, string | number>) => boolean,
    ) =>
      expect((await incidentMap(ctx, MapQuery.parse(query))).total).toBe(
        car.features.filter((f) => predicate(f.properties)).length,
      );
    await expectCount(
      { category: 'violence_against_civilians' },
      (p) => Number(p.type_of_violence) === 3,
    );
    await expectCount({ minFatalities: 10 }, (p) => Number(p.best) >= 10);
    await expectCount({ actor: 'séléka' }, (p) =>
      `${p.side_a} ${p.side_b}`.toLowerCase().includes('séléka'),
    );
    await expectCount({ adminArea: 'Ouaka prefecture' }, (p) => p.adm_1 === 'Ouaka prefecture');
    await expectCount({ from: '2014-01-01T00:00:00Z', to: '2014-12-31T23:59:59Z' }, (p) =>
      String(p.date_start).startsWith('2014'),
    );
  });

  it('timeline: one row per month with events, counts and killed adding up', async () => {
    const { months } = await incidentTimeline(ctx, {});
    expect(months.reduce((s, m) => s + m.count, 0)).toBe(1848);
    expect(months.reduce((s, m) => s + m.fatalities, 0)).toBe(totalBest);
    const byMonth = new Map<string, number>();
    for (const f of car.features) {
      const m = String(f.properties.date_start).slice(0, 7);
      byMonth.set(m, (byMonth.get(m) ?? 0) + 1);
    }
    expect(Object.fromEntries(months.map((m) => [m.month, m.count]))).toEqual(
      Object.fromEntries(byMonth),
    );
    expect(months.map((m) => m.month)).toEqual([...byMonth.keys()].sort());
  });

  it('facets list the admin areas in view; history shows who imported and who verified', async () => {
    const { adminAreas } = await incidentFacets(ctx);
    expect(adminAreas).toEqual(
      [...new Set(car.features.map((f) => String(f.properties.adm_1)).filter(Boolean))].sort(),
    );
    const first = (await incidentMap(ctx, MapQuery.parse({}))).points[0]!;
    await changeIncidentStatus(ctx, first[0], { version: 1, status: 'verified', reason: 'seen' });
    const { items } = await incidentHistory(ctx, first[0]);
    expect(items.map((i) => i.action)).toEqual([
      'incidents.incident.imported',
      'incidents.incident.verified',
    ]);
    expect(items[0]!.actorLabel).toMatch(/^ucdp \d+$/);
    expect(items[1]!.actorLabel).toContain(world.users.analyst.username);
  });
});
