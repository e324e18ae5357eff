/**
 * Host countries from the bundled Natural Earth outlines (assets/basemap, public domain): the
 * name and bounding box of an ISO3 code, for defaults where an operator gave only the code.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

export const countriesFile = fileURLToPath(
  new URL('../../../assets/basemap/ne_110m_admin_0_countries.geojson', import.meta.url),
);

export interface Country {
  iso3: string;
  name: string;
  /** [west, south, east, north] in degrees. */
  bbox: [number, number, number, number];
  /** The outer rings of its polygons, [longitude, latitude] (1:110m: for a page, not for GIS). */
  outline: [number, number][][];
}

interface CountryFeature {
  properties: { adm0_a3: string; iso_a3: string; name_long: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown };
}

function outerRings(geometry: CountryFeature['geometry']): [number, number][][] {
  const polygons = (
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates
  ) as [number, number][][][];
  return polygons.map((rings) => rings[0]!);
}

let cache: Map<string, Country> | null = null;

function extend(bbox: [number, number, number, number], coordinates: unknown): void {
  if (!Array.isArray(coordinates)) return;
  if (typeof coordinates[0] === 'number') {
    const [x, y] = coordinates as [number, number];
    bbox[0] = Math.min(bbox[0], x);
    bbox[1] = Math.min(bbox[1], y);
    bbox[2] = Math.max(bbox[2], x);
    bbox[3] = Math.max(bbox[3], y);
    return;
  }
  for (const part of coordinates) extend(bbox, part);
}

export function countryByIso3(iso3: string): Country | null {
  if (!cache) {
    const collection = JSON.parse(fs.readFileSync(countriesFile, 'utf8')) as {
      features: CountryFeature[];
    };
    cache = new Map();
    for (const f of collection.features) {
      const bbox: [number, number, number, number] = [180, 90, -180, -90];
      extend(bbox, f.geometry.coordinates);
      // Natural Earth's own code first (SDS, SAH, PSX), then the ISO code where it differs (SSD, ESH, PSE).
      const { adm0_a3: own, iso_a3: iso, name_long: name } = f.properties;
      const outline = outerRings(f.geometry);
      cache.set(own, { iso3: own, name, bbox, outline });
      if (/^[A-Z]{3}$/.test(iso) && !cache.has(iso))
        cache.set(iso, { iso3: iso, name, bbox, outline });
    }
  }
  return cache.get(iso3.toUpperCase()) ?? null;
}

/** A stand-in headquarters: the centre of the country's bounding box, said so in its name. */
export function countryCentre(country: Country): {
  name: string;
  latitude: number;
  longitude: number;
} {
  const [west, south, east, north] = country.bbox;
  return {
    name: `${country.name} (centre; set the real headquarters)`,
    latitude: Math.round(((south + north) / 2) * 1e4) / 1e4,
    longitude: Math.round(((west + east) / 2) * 1e4) / 1e4,
  };
}
