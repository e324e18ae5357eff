/**
 * Issue 22, the map at any zoom: the grid answered from the per-mission aggregate is the grid the
 * rows give — same cells, counts, killed and positions — for random views, windows, zooms and
 * filters, after creating, revising, discarding and re-importing incidents, on both dialects. A
 * reader never gets a count of incidents in a compartment it does not hold; one who holds it gets
 * them in the same cells.
 */
import path from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { actorFor } from '../../../test/support/actor.js';
import { eachDialect } from '../../../test/support/each-dialect.js';
import { seedWorld, type World } from '../../../test/support/fixtures.js';
import type { RequestContext } from '../../db/context.js';
import { insertCompartment } from '../compartments/compartment.repository.js';
import { importFile } from './incident-import.service.js';
import { incidentMap } from './incident-map.service.js';
import {
  CreateIncidentInput,
  MapQuery,
  UpdateIncidentInput,
  type IncidentMap,
} from './incident.schema.js';
import { changeIncidentStatus, recordIncident, reviseIncident } from './incident.service.js';
import { cellX, cellY } from './map-cells.js';
import { cellColumns, rebuildCells } from './map-cells.repository.js';
import { seededRandom as random } from '../../../test/support/random.js';

const carFile = path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson');

/** Cells keyed by their grid position at the answer's zoom. */
function byCell(answer: IncidentMap, zoom: number) {
  const z = Math.floor(zoom);
  return new Map(
    answer.cells.map(([lon, lat, n, killed]) => [
      `${cellX(lon, z)},${cellY(lat, z)}`,
      { n, killed, lon, lat },
    ]),
  );
}

/** The aggregate's answer against the rows' (minFatalities 0 sends the map to the rows). */
async function expectSameAsRows(ctx: RequestContext, query: Record<string, unknown>) {
  const q = MapQuery.parse(query);
  const fromAggregate = await incidentMap(ctx, q, { pointLimit: 0 });
  const fromRows = await incidentMap(ctx, { ...q, minFatalities: 0 }, { pointLimit: 0 });
  const label = JSON.stringify(query);
  expect(fromAggregate.total, label).toBe(fromRows.total);
  const cells = byCell(fromAggregate, q.zoom);
  const expected = byCell(fromRows, q.zoom);
  const counts = (m: typeof cells) => [...m].map(([k, c]) => [k, c.n, c.killed]).sort();
  expect(counts(cells), label).toEqual(counts(expected));
  // Drawn at the same mean position (sums added in another order: to a micro-degree).
  for (const [key, cell] of cells) {
    expect(cell.lon).toBeCloseTo(expected.get(key)!.lon, 6);
    expect(cell.lat).toBeCloseTo(expected.get(key)!.lat, 6);
  }
  return fromAggregate;
}

const manual = (lon: number, lat: number, day: string) => ({
  occurredAt: `${day}T10:00:00Z`,
  location: { latitude: lat, longitude: lon, precision: 'exact' as const },
  category: 'violence_against_civilians' as const,
  casualties: {
    unPersonnel: { killed: 0, injured: 0, abducted: 0 },
    civilians: { killed: 2, injured: 0, abducted: 0 },
    armedActors: { killed: 0, injured: 0, abducted: 0 },
    unattributedKilled: 0,
  },
  sources: [{ description: 'Patrol', reliability: 'B' as const, credibility: 2 as const }],
  narrative: 'Recorded for the map test.',
});

eachDialect('the map from its aggregate', (t) => {
  let world: World;
  let analyst: RequestContext;
  let holder: RequestContext;
  const views: Record<string, unknown>[] = [];

  beforeAll(async () => {
    world = await seedWorld(t());
    const actor = await actorFor(t(), world.users.analyst.id, world.missionA.id);
    analyst = { ...t().ctx, requestId: 'grid', actor };
    holder = { ...analyst, actor: { ...actor, compartmentIds: new Set(['grid-hidden']) } };
    await importFile(analyst, { format: 'ucdp', file: carFile, keepGoodRows: false });
    await insertCompartment(t().ctx.db, {
      id: 'grid-hidden',
      missionId: world.missionA.id,
      name: 'Source protection',
      description: '',
      sensitive: false,
      createdAt: new Date().toISOString(),
      createdBy: 'test',
      version: 1,
    });
    // Labelled incidents among the others, and open ones on both sides of the antimeridian.
    const next = random(3);
    for (let i = 0; i < 25; i++) {
      const day = `20${10 + Math.floor(next() * 10)}-0${1 + Math.floor(next() * 9)}-1${Math.floor(next() * 9)}`;
      await recordIncident(
        holder,
        CreateIncidentInput.parse({
          ...manual(15 + next() * 12, 3 + next() * 7, day),
          compartmentIds: ['grid-hidden'],
        }),
      );
    }
    for (const lon of [179.99, -179.99, 180, -180])
      await recordIncident(analyst, CreateIncidentInput.parse(manual(lon, 5, '2016-05-05')));
    const r = random(22);
    for (let i = 0; i < 40; i++) {
      const w = 13 + r() * 12;
      const s = 1 + r() * 8;
      const size = 0.05 + r() * r() * 12;
      const from = 2000 + Math.floor(r() * 20);
      const view: Record<string, unknown> = {
        zoom: Math.floor(r() * 11) + (i % 3 === 0 ? 0.6 : 0),
        bbox: `${w.toFixed(3)},${s.toFixed(3)},${(w + size).toFixed(3)},${(s + size * 0.7).toFixed(3)}`,
      };
      if (i % 4 !== 0)
        view.from = `${from}-0${1 + Math.floor(r() * 9)}-${10 + Math.floor(r() * 18)}T0${Math.floor(r() * 9)}:30:00Z`;
      if (i % 5 !== 0)
        view.to = `${from + Math.floor(r() * 6)}-1${Math.floor(r() * 3)}-0${1 + Math.floor(r() * 8)}T12:00:00+01:00`;
      if (i % 6 === 1) view.category = 'violence_against_civilians';
      if (i % 7 === 2) view.status = 'reported';
      if (i % 9 === 3) delete view.bbox;
      views.push(view);
    }
    views.push(
      { zoom: 3, bbox: '170,-10,-170,10' },
      { zoom: 6 },
      { zoom: 10.5, bbox: '18.5,4.3,18.7,4.5' },
    );
  });

  it('random views, windows and zooms: the same grid as the rows give, for both readers', async () => {
    for (const view of views) {
      await expectSameAsRows(analyst, view);
      await expectSameAsRows(holder, view);
    }
  });

  it('a reader without the compartment never counts its incidents; its holder counts each once', async () => {
    const open = await expectSameAsRows(analyst, { zoom: 6 });
    const held = await expectSameAsRows(holder, { zoom: 6 });
    expect(held.total - open.total).toBe(25);
    const killed = (a: IncidentMap) => a.cells.reduce((s, c) => s + c[3], 0);
    expect(killed(held) - killed(open)).toBe(50);
    // Nowhere does the analyst's grid hold more than its share of a cell.
    const heldCells = byCell(held, 6);
    for (const [key, cell] of byCell(open, 6))
      expect(cell.n).toBeLessThanOrEqual(heldCells.get(key)!.n);
  });

  it('after revising, discarding and re-importing, the aggregate still matches the rows', async () => {
    const before = await incidentMap(analyst, MapQuery.parse({ zoom: 6 }), { pointLimit: 0 });
    const points = (await incidentMap(analyst, MapQuery.parse({ zoom: 6 }))).points;
    const [first, second] = points.slice(0, 2);
    // Moved across the country and a year back; then another one discarded.
    await reviseIncident(
      analyst,
      first![0],
      UpdateIncidentInput.parse({
        version: 1,
        occurredAt: '2011-07-15T08:00:00Z',
        location: { latitude: 9.9, longitude: 22.7, precision: 'exact' },
      }),
    );
    await changeIncidentStatus(analyst, second![0], {
      version: 1,
      status: 'discarded',
      reason: 'duplicate',
    });
    await importFile(analyst, { format: 'ucdp', file: carFile, keepGoodRows: false });
    const after = await expectSameAsRows(analyst, { zoom: 6 });
    expect(after.total).toBe(before.total);
    for (const view of views.slice(0, 15)) await expectSameAsRows(analyst, view);
    await expectSameAsRows(analyst, { zoom: 6, status: 'discarded' });
    expect(
      (await incidentMap(analyst, MapQuery.parse({ zoom: 6, status: 'discarded' }))).total,
    ).toBe(1);
  });

  it('writers at once (PostgreSQL: ten connections) neither deadlock nor miscount', async () => {
    const points = (await incidentMap(analyst, MapQuery.parse({ zoom: 6 }))).points;
    const moved = points.slice(10, 30);
    const next = random(9);
    // Twenty revisions at once, all in the same few cells of the west, and the first one twice.
    const writes = [...moved, moved[0]!].map((p) =>
      reviseIncident(
        analyst,
        p[0],
        UpdateIncidentInput.parse({
          version: 1,
          location: {
            latitude: 5 + next() * 0.2,
            longitude: 15 + next() * 0.2,
            precision: 'exact',
          },
        }),
      ),
    );
    const outcomes = await Promise.allSettled(writes);
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect(String((refused[0] as PromiseRejectedResult).reason)).toMatch(/version|changed/i);
    await expectSameAsRows(analyst, { zoom: 6 });
    await expectSameAsRows(analyst, { zoom: 8, bbox: '14.9,4.9,15.3,5.3' });
  });

  it('the aggregate kept on each write is the one counted again from the rows', async () => {
    const db = t().ctx.db;
    const snapshot = async () =>
      (
        await db
          .selectFrom('incident_map_cells')
          .select(cellColumns.slice(0, 11))
          .where('n', '!=', 0)
          .execute()
      )
        .map((r) => Object.values(r).join('|'))
        .sort();
    const kept = await snapshot();
    expect(kept.length).toBeGreaterThan(1000);
    await rebuildCells(db, t().dialect);
    expect(await snapshot()).toEqual(kept);
  });
});
