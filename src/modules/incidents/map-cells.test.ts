/**
 * How the map's answer is cut between the aggregate and the rows (map-cells.ts): every point of a
 * view is counted once, by exactly one part, and no point outside it is counted; a window splits
 * into whole years, whole months and the parts of months at its ends with nothing lost or doubled.
 */
import { describe, expect, it } from 'vitest';
import {
  boxParts,
  boxesOf,
  cellX,
  cellY,
  finestLevel,
  levelFor,
  timeParts,
  type BoxParts,
  type CellRange,
} from './map-cells.js';
import { seededRandom as random } from '../../../test/support/random.js';

const inRange = (r: CellRange, lon: number, lat: number, shift = 0) => {
  const x = cellX(lon, r.level + shift) >> shift;
  const y = cellY(lat, r.level + shift) >> shift;
  return x >= r.x[0] && x <= r.x[1] && y >= r.y[0] && y <= r.y[1];
};

/** Which parts claim a point, as the SQL decides it (map-grid.ts's band conditions). */
function claims(parts: BoxParts, lon: number, lat: number): string[] {
  const found: string[] = [];
  if (parts.interior && inRange(parts.interior, lon, lat)) found.push('interior');
  parts.ring.forEach((r, i) => inRange(r, lon, lat) && found.push(`ring ${i}`));
  for (const edge of parts.edges) {
    const [w, s, e, n] = edge.box;
    if (lon < w || lon > e || lat < s || lat > n) continue;
    const x = cellX(lon, finestLevel);
    const y = cellY(lat, finestLevel);
    const o = edge.outside;
    const ok =
      !o ||
      (edge.band === 'west' && x < o.x[0]) ||
      (edge.band === 'east' && x > o.x[1]) ||
      (edge.band === 'south' && x >= o.x[0] && x <= o.x[1] && y < o.y[0]) ||
      (edge.band === 'north' && x >= o.x[0] && x <= o.x[1] && y > o.y[1]);
    if (ok) found.push(edge.band);
  }
  return found;
}

describe('the view cut between the aggregate and the rows', () => {
  it('levels: a zoom is answered by the next stored level, none finer than 8', () => {
    expect(levelFor(0)).toEqual({ level: 4, shift: 4 });
    expect(levelFor(5.7)).toEqual({ level: 6, shift: 1 });
    expect(levelFor(6)).toEqual({ level: 6, shift: 0 });
    expect(levelFor(8.9)).toEqual({ level: 8, shift: 0 });
    expect(levelFor(9)).toBeNull();
  });

  it('each point inside a view is claimed by exactly one part; none outside is claimed', () => {
    const next = random(22);
    for (let view = 0; view < 300; view++) {
      const zoom = Math.floor(next() * 9);
      const width = 10 ** (next() * 3 - 2) * 20; // 0.2° … 200°
      const w = next() * 300 - 180;
      const s = next() * 140 - 80;
      const box = [w, s, Math.min(180, w + width), Math.min(90, s + width * 0.6)] as const;
      const parts = boxParts(box, levelFor(zoom)!.level);
      for (let p = 0; p < 200; p++) {
        // Points inside, outside, and on the edges themselves.
        const onEdge = p % 5 === 0;
        const lon = onEdge
          ? box[p % 2 === 0 ? 0 : 2]
          : box[0] + (next() * 1.2 - 0.1) * (box[2] - box[0]);
        const lat = box[1] + (next() * 1.2 - 0.1) * (box[3] - box[1]);
        const inside = lon >= box[0] && lon <= box[2] && lat >= box[1] && lat <= box[3];
        expect(
          claims(parts, lon, lat),
          `${box.join(',')} zoom ${zoom} (${lon}, ${lat})`,
        ).toHaveLength(inside ? 1 : 0);
      }
    }
  });

  it('a view smaller than two of the finest cells is read from the rows alone', () => {
    const parts = boxParts([20, 5, 20.1, 5.1], 6);
    expect(parts.interior).toBeNull();
    expect(parts.ring).toEqual([]);
    expect(parts.edges).toEqual([{ box: [20, 5, 20.1, 5.1], outside: null, band: 'all' }]);
  });

  it('a view across the antimeridian is two boxes; no view is the whole world', () => {
    expect(boxesOf([170, -10, -170, 10])).toEqual([
      [170, -10, 180, 10],
      [-180, -10, -170, 10],
    ]);
    expect(boxesOf(undefined)).toBeNull();
  });
});

describe('the window cut in years, months and the parts of months at its ends', () => {
  const month = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`;

  it('an open window is every year', () => {
    expect(timeParts(undefined, undefined)).toEqual({
      years: [0, 9999],
      months: [],
      whole: { from: null, until: null },
      partial: [],
    });
  });

  it('whole years, then whole months, then the days left at each end', () => {
    const parts = timeParts('2015-03-10T06:00:00Z', '2018-08-20T12:00:00Z');
    expect(parts.years).toEqual([2016, 2017]);
    expect(parts.months.map(([a, b]) => [month(a), month(b)])).toEqual([
      ['2015-04', '2015-12'],
      ['2018-01', '2018-07'],
    ]);
    expect(parts.whole).toEqual({
      from: '2015-04-01T00:00:00.000Z',
      until: '2018-08-01T00:00:00.000Z',
    });
    expect(parts.partial).toEqual([
      { from: '2015-03-10T06:00:00.000Z', to: null, until: '2015-04-01T00:00:00.000Z' },
      { from: '2018-08-01T00:00:00.000Z', to: '2018-08-20T12:00:00.000Z', until: null },
    ]);
  });

  it('a window on month boundaries has no parts; one inside a month is all parts', () => {
    const exact = timeParts('2015-01-01T00:00:00Z', '2018-12-31T23:59:59.999Z');
    expect(exact).toMatchObject({ years: [2015, 2018], months: [], partial: [] });
    const lastSecond = timeParts('2015-01-01T00:00:00Z', '2018-12-31T23:59:59Z');
    expect(lastSecond.years).toEqual([2015, 2017]);
    expect(lastSecond.partial).toEqual([
      { from: '2018-12-01T00:00:00.000Z', to: '2018-12-31T23:59:59.000Z', until: null },
    ]);
    expect(timeParts('2020-02-03T00:00:00+02:00', '2020-02-20T00:00:00Z')).toEqual({
      years: null,
      months: [],
      whole: null,
      partial: [{ from: '2020-02-03T00:00:00+02:00', to: '2020-02-20T00:00:00Z', until: null }],
    });
  });

  it('every instant of a window is in exactly one part, none outside it', () => {
    const next = random(7);
    const start = Date.UTC(2010, 0, 1);
    const span = Date.UTC(2020, 0, 1) - start;
    for (let w = 0; w < 200; w++) {
      const f = start + Math.floor(next() * span);
      const t = f + Math.floor(next() * next() * span * 0.5);
      const from = w % 7 === 0 ? undefined : new Date(f).toISOString();
      const to = w % 11 === 0 ? undefined : new Date(t).toISOString();
      const parts = timeParts(from, to);
      for (let p = 0; p < 50; p++) {
        const at = f - span * 0.1 + next() * (t - f + span * 0.2);
        const d = new Date(Math.floor(at));
        const ms = d.getTime();
        const index = d.getUTCFullYear() * 12 + d.getUTCMonth();
        const inWindow = (from === undefined || ms >= f) && (to === undefined || ms <= t);
        let count = 0;
        if (
          parts.years &&
          d.getUTCFullYear() >= parts.years[0] &&
          d.getUTCFullYear() <= parts.years[1]
        )
          count++;
        for (const [a, b] of parts.months) if (index >= a && index <= b) count++;
        for (const part of parts.partial) {
          const after = part.from === null || ms >= Date.parse(part.from);
          const before =
            (part.to === null || ms <= Date.parse(part.to)) &&
            (part.until === null || ms < Date.parse(part.until));
          if (after && before) count++;
        }
        expect(count, `${from} … ${to} at ${d.toISOString()}`).toBe(inWindow ? 1 : 0);
      }
    }
  });
});
