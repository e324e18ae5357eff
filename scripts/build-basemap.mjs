#!/usr/bin/env node
/**
 * Builds `assets/basemap/surroundings.geojson.gz`, the places, rivers, lakes, airports and region
 * names the maps draw (issue 18), from the Natural Earth 1:10m files (public domain) in
 * `../shared/data/boundaries/natural-earth/`. Run by a developer when the source changes; the
 * product reads only the output, which ships in the repository (assets/basemap/README.md).
 *
 *   node scripts/build-basemap.mjs [source-dir]
 *
 * Each feature keeps only what the map shows: `k` the kind (place, river, lake, airport, region),
 * `n` the name, `fr` the French name where it differs, `z` the zoom from which it is drawn
 * (Natural Earth's own min_zoom, or its scale rank), `cap` 1 for a national capital and 2 for a
 * regional one, `a3` the country. Coordinates are rounded to 0.001° (about 100 m), repeated points
 * dropped.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = resolve(process.argv[2] ?? join(root, '../shared/data/boundaries/natural-earth'));
const output = join(root, 'assets/basemap/surroundings.geojson.gz');

const read = (name) => JSON.parse(gunzipSync(readFileSync(join(source, name))).toString('utf8'));
const round = (v) => Math.round(v * 1000) / 1000;

function roundLine(line) {
  const out = [];
  for (const [x, y] of line) {
    const p = [round(x), round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  return out;
}

function roundGeometry(g) {
  switch (g.type) {
    case 'Point':
      return { type: 'Point', coordinates: [round(g.coordinates[0]), round(g.coordinates[1])] };
    case 'LineString':
      return { type: 'LineString', coordinates: roundLine(g.coordinates) };
    case 'MultiLineString':
      return { type: 'MultiLineString', coordinates: g.coordinates.map(roundLine) };
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(roundLine) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(roundLine)) };
    default:
      throw new Error(`unexpected geometry ${g.type}`);
  }
}

const text = (v) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);
const zoom = (v, fallback) => (Number.isFinite(v) && v > 0 ? Math.round(v * 10) / 10 : fallback);

function feature(properties, geometry) {
  const clean = Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined));
  return { type: 'Feature', properties: clean, geometry: roundGeometry(geometry) };
}

const features = [];

for (const f of read('ne_10m_populated_places.geojson.gz').features) {
  const p = f.properties;
  const name = text(p.NAME_EN) ?? text(p.NAME);
  if (!name) continue;
  const fr = text(p.NAME_FR);
  const cap = p.FEATURECLA?.startsWith('Admin-0 capital')
    ? 1
    : p.FEATURECLA === 'Admin-1 capital'
      ? 2
      : undefined;
  features.push(
    feature(
      {
        k: 'place',
        n: name,
        fr: fr && fr !== name ? fr : undefined,
        z: zoom(p.min_zoom, p.SCALERANK),
        cap,
        a3: p.ADM0_A3,
      },
      f.geometry,
    ),
  );
}

for (const f of read('ne_10m_rivers_lake_centerlines.geojson.gz').features) {
  const p = f.properties;
  if (!f.geometry) continue;
  features.push(
    feature(
      { k: 'river', n: text(p.name_en) ?? text(p.name), z: zoom(p.min_zoom, p.scalerank) },
      f.geometry,
    ),
  );
}

for (const f of read('ne_10m_lakes.geojson.gz').features) {
  const p = f.properties;
  if (!f.geometry) continue;
  features.push(
    feature({ k: 'lake', n: text(p.name), z: zoom(p.min_zoom, p.scalerank) }, f.geometry),
  );
}

for (const f of read('ne_10m_airports.geojson.gz').features) {
  const p = f.properties;
  features.push(
    feature(
      {
        k: 'airport',
        n: text(p.name),
        iata: text(p.iata_code),
        military: p.type?.includes('military') ? 1 : undefined,
        z: zoom(undefined, p.scalerank),
      },
      f.geometry,
    ),
  );
}

for (const f of read('ne_10m_admin_1_label_points.geojson.gz').features) {
  const p = f.properties;
  const name = text(p.name);
  if (!name) continue;
  features.push(
    feature(
      { k: 'region', n: name, z: zoom(undefined, p.scalerank), a3: p.sr_adm0_a3 },
      f.geometry,
    ),
  );
}

const json = JSON.stringify({ type: 'FeatureCollection', features });
writeFileSync(output, gzipSync(json, { level: 9 }));
const count = (k) => features.filter((f) => f.properties.k === k).length;
console.log(
  `${output}: ${features.length} features (places ${count('place')}, rivers ${count('river')}, ` +
    `lakes ${count('lake')}, airports ${count('airport')}, regions ${count('region')}); ` +
    `${(json.length / 1e6).toFixed(1)} MB, ${(gzipSync(json).length / 1e6).toFixed(1)} MB gzipped`,
);
