/**
 * The surroundings the maps draw (issue 18): towns, rivers, lakes, airports and region names from
 * Natural Earth 1:10m (public domain), bundled as `assets/basemap/surroundings.geojson.gz` (built
 * by `scripts/build-basemap.mjs`). Nothing is fetched at run time.
 *
 * `placesIn` answers what a map view needs: the features crossing the box that are drawn at its
 * zoom (Natural Earth's own `min_zoom` for each), lines and outlines snapped to the view's pixel
 * grid (one pixel) so a country view does not carry a river's every bend. `nearestPlace` names where a point
 * is ("24 km north-east of Bria").
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { compassPoints, type CompassPoint, type PlaceKind } from './places.schema.js';
import { distanceKm } from '../../core/geo.js';

export const surroundingsFile = fileURLToPath(
  new URL('../../../assets/basemap/surroundings.geojson.gz', import.meta.url),
);

export interface PlaceProperties {
  /** The kind of feature. */
  k: PlaceKind;
  /** Its name (English where Natural Earth has one). */
  n?: string;
  /** Its French name, where it differs. */
  fr?: string;
  /** The zoom level from which it is drawn. */
  z: number;
  /** 1 a national capital, 2 a regional capital. */
  cap?: number;
  /** The country (ISO 3166-1 alpha-3, Natural Earth's code). */
  a3?: string;
  iata?: string;
  military?: number;
}

type Position = [number, number];
type Geometry =
  | { type: 'Point'; coordinates: Position }
  | { type: 'LineString'; coordinates: Position[] }
  | { type: 'MultiLineString'; coordinates: Position[][] }
  | { type: 'Polygon'; coordinates: Position[][] }
  | { type: 'MultiPolygon'; coordinates: Position[][][] };

export interface PlaceFeature {
  type: 'Feature';
  properties: PlaceProperties;
  geometry: Geometry;
}

interface Indexed {
  feature: PlaceFeature;
  bbox: [number, number, number, number];
}

let cache: Indexed[] | null = null;

function extend(bbox: [number, number, number, number], coordinates: unknown): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as Position;
    bbox[0] = Math.min(bbox[0], x);
    bbox[1] = Math.min(bbox[1], y);
    bbox[2] = Math.max(bbox[2], x);
    bbox[3] = Math.max(bbox[3], y);
    return;
  }
  for (const part of coordinates) extend(bbox, part);
}

function surroundings(): Indexed[] {
  if (!cache) {
    const collection = JSON.parse(
      gunzipSync(fs.readFileSync(surroundingsFile)).toString('utf8'),
    ) as {
      features: PlaceFeature[];
    };
    cache = collection.features.map((feature) => {
      const bbox: [number, number, number, number] = [180, 90, -180, -90];
      extend(bbox, feature.geometry.coordinates);
      return { feature, bbox };
    });
    // Most prominent first: when a view holds more than the limit, the smaller ones are left out.
    cache.sort((a, b) => a.feature.properties.z - b.feature.properties.z);
  }
  return cache;
}

/** The most features one answer carries; the smallest (highest zoom) are left out beyond it. */
export const placeLimit = 4000;

const crosses = (a: readonly number[], b: readonly number[]) =>
  a[0]! <= b[2]! && a[2]! >= b[0]! && a[1]! <= b[3]! && a[3]! >= b[1]!;

/** Snaps a line to a grid of `step` degrees and drops the points that fall together. */
function snapLine(line: Position[], step: number, minimum: number): Position[] {
  const out: Position[] = [];
  for (const [x, y] of line) {
    const p: Position = [Math.round(x / step) * step, Math.round(y / step) * step];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  if (out.length < minimum) return [];
  return out.map(([x, y]) => [Math.round(x * 1000) / 1000, Math.round(y * 1000) / 1000]);
}

function snap(geometry: Geometry, step: number): Geometry | null {
  switch (geometry.type) {
    case 'Point':
      return geometry;
    case 'LineString': {
      const line = snapLine(geometry.coordinates, step, 2);
      return line.length ? { type: 'LineString', coordinates: line } : null;
    }
    case 'MultiLineString': {
      const lines = geometry.coordinates.map((l) => snapLine(l, step, 2)).filter((l) => l.length);
      return lines.length ? { type: 'MultiLineString', coordinates: lines } : null;
    }
    case 'Polygon': {
      const rings = geometry.coordinates.map((r) => snapLine(r, step, 4));
      return rings[0]!.length
        ? { type: 'Polygon', coordinates: rings.filter((r) => r.length) }
        : null;
    }
    case 'MultiPolygon': {
      const polygons = geometry.coordinates
        .map((p) => p.map((r) => snapLine(r, step, 4)))
        .filter((p) => p[0]!.length)
        .map((p) => p.filter((r) => r.length));
      return polygons.length ? { type: 'MultiPolygon', coordinates: polygons } : null;
    }
  }
}

/**
 * The features crossing `bbox` ([west, south, east, north]; west > east crosses the
 * antimeridian) drawn at `zoom`: each from its own zoom level, with one level of lead so names
 * are there as the user zooms in. Lines and outlines are snapped to the view's pixels.
 */
export function placesIn(
  bbox: readonly [number, number, number, number],
  zoom: number,
): { type: 'FeatureCollection'; features: PlaceFeature[]; truncated: boolean } {
  const [w, s, e, n] = bbox;
  const boxes =
    w <= e
      ? [[w, s, e, n]]
      : [
          [w, s, 180, n],
          [-180, s, e, n],
        ];
  // A 512-pixel tile spans 360 / 2^zoom degrees.
  const step = 360 / 2 ** zoom / 512;
  const features: PlaceFeature[] = [];
  let truncated = false;
  for (const { feature, bbox: own } of surroundings()) {
    if (feature.properties.z > zoom + 1) break;
    if (!boxes.some((b) => crosses(own, b))) continue;
    if (features.length === placeLimit) {
      truncated = true;
      break;
    }
    const geometry = snap(feature.geometry, step);
    if (geometry) features.push({ type: 'Feature', properties: feature.properties, geometry });
  }
  return { type: 'FeatureCollection', features, truncated };
}

const radians = (d: number) => (d * Math.PI) / 180;

/** Great-circle distance in kilometres between two [longitude, latitude] positions. */
function positionDistanceKm(a: Position, b: Position): number {
  return distanceKm({ longitude: a[0], latitude: a[1] }, { longitude: b[0], latitude: b[1] });
}

/** The compass point (of eight) from `from` towards `to`. */
export function compassPoint(from: Position, to: Position): CompassPoint {
  const [lon1, lat1] = from.map(radians) as Position;
  const [lon2, lat2] = to.map(radians) as Position;
  const y = Math.sin(lon2 - lon1) * Math.cos(lat2);
  const x =
    Math.cos(lat1) * Math.sin(lat2) - Math.sin(lat1) * Math.cos(lat2) * Math.cos(lon2 - lon1);
  const bearing = ((Math.atan2(y, x) * 180) / Math.PI + 360) % 360;
  return compassPoints[Math.round(bearing / 45) % 8]!;
}

export interface NearestPlace {
  name: string;
  nameFr: string | null;
  /** Kilometres from the place to the point, rounded to the kilometre. */
  distanceKm: number;
  /** Where the point lies seen from the place. */
  direction: CompassPoint;
}

/** The nearest town within `withinKm` of the point, or null (Natural Earth is coarse: about 20 in CAR). */
export function nearestPlace(
  longitude: number,
  latitude: number,
  withinKm = 250,
): NearestPlace | null {
  let best: { feature: PlaceFeature; km: number } | null = null;
  for (const { feature } of surroundings()) {
    if (feature.properties.k !== 'place' || feature.geometry.type !== 'Point') continue;
    const km = positionDistanceKm(feature.geometry.coordinates, [longitude, latitude]);
    if (km <= withinKm && (!best || km < best.km)) best = { feature, km };
  }
  if (!best) return null;
  const at = (best.feature.geometry as { coordinates: Position }).coordinates;
  return {
    name: best.feature.properties.n!,
    nameFr: best.feature.properties.fr ?? null,
    distanceKm: Math.round(best.km),
    direction: compassPoint(at, [longitude, latitude]),
  };
}
