/**
 * Makes N conflict events in the UCDP GED 23.1 CSV layout by resampling real events: the 1,000-event
 * global sample (../shared/data/ucdp-ged, tests and benchmarks only) and the shipped CAR file. Each
 * generated event copies a real one (chosen with a seeded generator), then:
 *   - gets a new id (10,000,000 + n), so every row is a new record;
 *   - moves by a random offset of up to ±0.25° in latitude and longitude (clamped to valid values);
 *   - moves in time by up to ±180 days (date_start and date_end alike, kept in 1989–2023);
 * everything else (actors, type of violence, deaths by side, precision codes) is kept, so the mix of
 * categories, tolls and places is the real one.
 *   node --import tsx bench/generate-ucdp.ts N out.csv
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';

export const ged231Columns =
  'id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,low,gwnoa,gwnob'.split(
    ',',
  );

type Row = Record<string, string>;

function realEvents(only: 'all' | 'car'): Row[] {
  const sample =
    only === 'car'
      ? []
      : (parse(
          fs.readFileSync(
            path.resolve('../shared/data/ucdp-ged/ged231_sample1000_uncertainUCDP.csv'),
          ),
          { columns: true },
        ) as Row[]);
  const car = (
    JSON.parse(
      fs.readFileSync(path.resolve('demo/ucdp-ged-23.1-central-african-republic.geojson'), 'utf8'),
    ) as {
      features: { properties: Record<string, unknown>; geometry: { coordinates: number[] } }[];
    }
  ).features.map((f) => {
    const row: Row = {};
    for (const c of ged231Columns)
      row[c] =
        f.properties[c] === undefined || f.properties[c] === null ? '' : String(f.properties[c]);
    row.longitude = String(f.geometry.coordinates[0]);
    row.latitude = String(f.geometry.coordinates[1]);
    return row;
  });
  return [...sample, ...car];
}

const cell = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Writes `count` rows; returns when the file is flushed. Deterministic for a given count.
 * `only: 'car'` resamples the Central African Republic's events alone: one mission's area.
 */
export async function generateUcdpCsv(
  count: number,
  file: string,
  options: { only?: 'all' | 'car' } = {},
): Promise<void> {
  const real = realEvents(options.only ?? 'all');
  let seed = 20151;
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
  const out = fs.createWriteStream(file);
  const write = (text: string) =>
    out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r()));
  await write(`${ged231Columns.join(',')}\n`);
  const shiftDate = (value: string, days: number) => {
    if (!/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
    const d = new Date(`${value.slice(0, 10)}T00:00:00Z`).getTime() + days * 86_400_000;
    const clamped = Math.min(Date.UTC(2023, 11, 31), Math.max(Date.UTC(1989, 0, 1), d));
    return new Date(clamped).toISOString().slice(0, 10);
  };
  let chunk = '';
  for (let n = 0; n < count; n++) {
    const base = real[Math.floor(random() * real.length)]!;
    const row = { ...base };
    row.id = String(10_000_000 + n);
    const lat = Math.max(-89.9, Math.min(89.9, Number(base.latitude) + (random() - 0.5) * 0.5));
    const lon = Math.max(-179.9, Math.min(179.9, Number(base.longitude) + (random() - 0.5) * 0.5));
    row.latitude = lat.toFixed(6);
    row.longitude = lon.toFixed(6);
    row.geom_wkt = `POINT (${row.longitude} ${row.latitude})`;
    const days = Math.round((random() - 0.5) * 360);
    row.date_start = shiftDate(base.date_start ?? '', days);
    row.date_end = shiftDate(base.date_end ?? '', days);
    row.year = row.date_start.slice(0, 4);
    chunk += `${ged231Columns.map((c) => cell(row[c] ?? '')).join(',')}\n`;
    if (chunk.length > 1_000_000) {
      await write(chunk);
      chunk = '';
    }
  }
  await write(chunk);
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
}

if (process.argv[1]?.endsWith('generate-ucdp.ts')) {
  const [count, file] = [Number(process.argv[2]), process.argv[3]];
  if (!Number.isInteger(count) || count < 1 || !file) {
    console.error('usage: generate-ucdp.ts N out.csv');
    process.exit(2);
  }
  await generateUcdpCsv(count, file);
}
