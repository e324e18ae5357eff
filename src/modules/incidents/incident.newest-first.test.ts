/**
 * A box's page, newest first, looks at the window's latest times first (issue 22,
 * spatial.repository.ts `newestFirstSlices`) and answers exactly what reading the whole window
 * answers: on both databases, over the demo's 1,848 CAR events, boxes dense and sparse, windows
 * long, short and open, first pages and next pages, and incidents tied at the very instant a
 * slice starts.
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { seedWorld, type World } from '../../../test/support/fixtures.js';
import type { RequestContext } from '../../db/context.js';
import { fromTimestamp } from '../../db/codecs.js';
import { selectIncidentPage } from './incident.repository.js';
import { recordIncident } from './incident.service.js';
import { CreateIncidentInput } from './incident.schema.js';
import { importFile } from './incident-import.service.js';
import { newestFirstSlices, spatialIndexOf, type Bbox } from './spatial.repository.js';

const carFile = path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson');
// Bangui, the densest place of the file, then boxes across the country, some empty.
const boxes: Bbox[] = [
  [18.4, 4.2, 18.7, 4.5],
  [18.5, 4.3, 18.6, 4.4],
  [16.0, 5.0, 16.9, 5.9],
  [20.0, 6.0, 20.5, 6.5],
  [22.0, 8.0, 22.9, 8.9],
  [25.0, 10.5, 25.1, 10.6],
];
const windows: { from?: string; to?: string }[] = [
  {},
  { from: '2015-01-01T00:00:00.000Z', to: '2018-12-31T23:59:59.999Z' },
  { from: '1989-01-01T00:00:00.000Z', to: '2023-12-31T23:59:59.999Z' },
  { from: '2013-03-01T00:00:00.000Z', to: '2013-04-30T23:59:59.999Z' },
];

eachDialect('newest first in a box: the latest times first, the same answer', (t) => {
  let world: World;
  let ctx: RequestContext;
  let now: Date;

  /** Every page of a query, by cursor, with or without looking at the latest times first. */
  async function allPages(query: { bbox: Bbox; from?: string; to?: string }, sliced: boolean) {
    const spatialIndex = await spatialIndexOf(ctx.db, ctx.dialect, ctx.config);
    const pages: string[][] = [];
    let after: { occurredAt: string; id: string } | null = null;
    for (;;) {
      const rows = await selectIncidentPage(ctx.db, ctx.actor, {
        ...query,
        limit: 7,
        after,
        spatialIndex,
        ...(sliced ? { now } : {}),
      });
      pages.push(rows.map((r) => r.id));
      const last = rows[rows.length - 1];
      if (rows.length < 7 || !last || pages.length >= 6) return pages;
      after = { occurredAt: fromTimestamp(last.occurred_at).toISOString(), id: last.id };
    }
  }

  beforeAll(async () => {
    world = await seedWorld(t());
    ctx = {
      ...t().ctx,
      requestId: 'newest-first',
      actor: await actorFor(t(), world.users.analyst.id, world.missionA.id),
    };
    now = ctx.clock.now();
    await importFile(ctx, { format: 'ucdp', file: carFile, keepGoodRows: false });
  });

  it('answers every page as reading the whole window does (6 boxes × 4 windows, 6 pages each)', async () => {
    let sliced = 0;
    for (const bbox of boxes)
      for (const window of windows) {
        const query = { bbox, ...window };
        if (newestFirstSlices(bbox, window, now).length > 0) sliced += 1;
        expect(await allPages(query, true), JSON.stringify(query)).toEqual(
          await allPages(query, false),
        );
      }
    // Every narrow box with a window longer than two days was cut.
    expect(sliced).toBe(boxes.length * windows.length);
    // Bangui over 2015–2018: 33 events, five pages of seven.
    const dense = await allPages({ bbox: boxes[0]!, ...windows[1] }, true);
    expect(dense.flat()).toHaveLength(33);
  });

  it('incidents at the very instant a slice starts are in it, and a page ending among them goes on right', async () => {
    const bbox: Bbox = [30.0, -30.1, 30.1, -30.0];
    const window = { from: '2019-01-01T00:00:00.000Z', to: '2022-12-31T23:59:59.999Z' };
    const start = newestFirstSlices(bbox, window, now)[0]?.since;
    const at = async (occurredAt: string) =>
      (
        await recordIncident(
          ctx,
          CreateIncidentInput.parse({
            missionId: world.missionA.id,
            occurredAt,
            location: { latitude: -30.05, longitude: 30.05 },
            category: 'armed_clash',
          }),
        )
      ).id;
    // Four newer than the slice's start, five at it, three older: a page of seven ends in the tie.
    const late = new Date(Date.parse(start!) + 3_600_000).toISOString();
    const early = new Date(Date.parse(start!) - 3_600_000).toISOString();
    const ids = [];
    for (const time of [late, late, late, late, start!, start!, start!, start!, start!])
      ids.push(await at(time));
    for (const time of [early, early, early]) ids.push(await at(time));
    const sliced = await allPages({ bbox, ...window }, true);
    expect(sliced).toEqual(await allPages({ bbox, ...window }, false));
    expect(sliced[0]).toHaveLength(7);
    expect(sliced.flat().sort()).toEqual([...ids].sort());
  });
});
