/** The maps' surroundings (issue 18): what a view of the Central African Republic shows. */
import { describe, expect, it } from 'vitest';
import { compassPoint, nearestPlace, placeLimit, placesIn } from './places.taxonomy.js';

const car = [14, 2, 28, 11] as const;
const names = (kind: string, features: ReturnType<typeof placesIn>['features']) =>
  features.filter((f) => f.properties.k === kind).map((f) => f.properties.n);

describe('surroundings on the map', () => {
  it('a country view of the Central African Republic names its towns, rivers, regions and airport', () => {
    const { features, truncated } = placesIn(car, 6);
    expect(truncated).toBe(false);
    expect(names('place', features)).toEqual(expect.arrayContaining(['Bangui', 'Bria', 'Bambari']));
    expect(names('river', features)).toEqual(expect.arrayContaining(['Chari', 'Ouham']));
    expect(names('region', features)).toEqual(expect.arrayContaining(['Mambéré-Kadéï']));
    expect(names('airport', features)).toEqual(["Bangui M'Poko Int'l"]);
    const bangui = features.find((f) => f.properties.n === 'Bangui')!;
    expect(bangui.properties).toMatchObject({ k: 'place', cap: 1, a3: 'CAF' });
    expect(bangui.geometry.coordinates).toEqual([
      expect.closeTo(18.56, 1),
      expect.closeTo(4.37, 1),
    ]);
  });

  it('a smaller town appears only as the user zooms in (its own zoom level, one level ahead)', () => {
    const town = (zoom: number) => names('place', placesIn(car, zoom).features);
    expect(town(2)).not.toContain('Mobaye');
    expect(town(9)).toContain('Mobaye');
    // The capital is there from afar.
    expect(town(4)).toContain('Bangui');
    expect(town(3)).not.toContain('Bangui');
  });

  it('leaves out everything outside the view, and reads a view across the antimeridian', () => {
    const { features } = placesIn([30, -5, 32, -3], 8);
    expect(names('place', features)).not.toContain('Bangui');
    const fiji = placesIn([175, -20, -175, -15], 6).features;
    expect(names('place', fiji)).toContain('Suva');
  });

  it('draws rivers more coarsely from afar: fewer points in a world view than up close', () => {
    const points = (zoom: number) =>
      placesIn(car, zoom)
        .features.filter((f) => f.properties.n === 'Chari')
        .reduce((sum, f) => sum + JSON.stringify(f.geometry.coordinates).split('],[').length, 0);
    expect(points(4)).toBeGreaterThan(0);
    expect(points(4)).toBeLessThan(points(9) * 0.6);
  });

  it(`says when a view holds more than ${placeLimit} features, keeping the most prominent`, () => {
    const world = placesIn([-180, -90, 180, 90], 12);
    expect(world.truncated).toBe(true);
    expect(world.features).toHaveLength(placeLimit);
    expect(names('place', world.features)).toEqual(
      expect.arrayContaining(['New York City', 'London']),
    );
    expect(names('place', world.features)).not.toContain('Mobaye');
  });

  it('names where a point is: distance and direction from the nearest town', () => {
    // About 25 km north-east of Bria (6.54 N, 21.99 E).
    expect(nearestPlace(22.15, 6.7)).toEqual({
      name: 'Bria',
      nameFr: null,
      distanceKm: expect.closeTo(25, -1),
      direction: 'ne',
    });
    // Mid-ocean: no town within 250 km.
    expect(nearestPlace(-30, 0)).toBeNull();
    expect(compassPoint([0, 0], [0, 1])).toBe('n');
    expect(compassPoint([0, 0], [-1, -1])).toBe('sw');
  });
});
