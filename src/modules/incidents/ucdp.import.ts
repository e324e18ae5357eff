/**
 * UCDP GED files into import rows: GeoJSON (one row per feature) or CSV in the 23.1 layout and
 * in older layouts that lack columns (the mapping says what each missing column becomes).
 */
import {
  fileProblem,
  readCsvRecords,
  readCsvRows,
  readHeader,
  type ReadLimits,
  type ReadOptions,
} from '../../tabular/csv-reader.js';
import { readGeoJsonFeatures } from '../../tabular/geojson-reader.js';
import type { ImportRow } from './incident-import.service.js';
import { derivedEventId, mapUcdpEvent, type ActorNames } from './ucdp.mapping.js';

async function* ucdpGeoJsonRows(
  file: string,
  actorNames: ActorNames,
  read: ReadOptions,
): AsyncGenerator<ImportRow> {
  for await (const feature of readGeoJsonFeatures(file, read)) {
    const coordinates = Array.isArray(feature.geometry?.coordinates)
      ? (feature.geometry.coordinates as unknown[])
      : [];
    const point =
      feature.geometry?.type === 'Point'
        ? { longitude: coordinates[0], latitude: coordinates[1] }
        : { longitude: feature.properties.longitude, latitude: feature.properties.latitude };
    yield { line: feature.index, mapped: mapUcdpEvent(feature.properties, point, { actorNames }) };
  }
}

async function* ucdpCsvRows(
  file: string,
  actorNames: ActorNames,
  read: ReadOptions,
): AsyncGenerator<ImportRow> {
  const rows = readCsvRows(file, read);
  const header = await readHeader(file, rows, ['latitude', 'longitude']);
  if (!header.includes('date_start') && !header.includes('year'))
    throw fileProblem(file, 'has neither a "date_start" nor a "year" column');
  const seen = header.includes('id') ? null : new Map<string, number>();
  for await (const record of readCsvRecords(rows, header)) {
    if (record.problem) {
      yield {
        line: record.line,
        mapped: [{ path: record.problem.column, message: record.problem.message }],
      };
      continue;
    }
    let derivedId: string | undefined;
    if (seen) {
      const key = derivedEventId(record.values, 0);
      const earlier = seen.get(key) ?? 0;
      seen.set(key, earlier + 1);
      derivedId = derivedEventId(record.values, earlier);
    }
    yield {
      line: record.line,
      mapped: mapUcdpEvent(
        record.values,
        { latitude: record.values.latitude, longitude: record.values.longitude },
        { actorNames, derivedId },
      ),
    };
  }
}

export type UcdpFormat = 'csv' | 'geojson';

/** The format from the file name: .csv / .csv.gz or .geojson / .json (optionally .gz). */
export function ucdpFormat(file: string): UcdpFormat {
  const name = file.toLowerCase().replace(/\.gz$/, '');
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.geojson') || name.endsWith('.json')) return 'geojson';
  throw fileProblem(
    file,
    'is neither .csv nor .geojson (either may be gzipped: .csv.gz, .geojson.gz)',
  );
}

/** Reads a UCDP Actor dataset CSV (ActorId, NameData) into id → name. */
export async function readUcdpActors(file: string, limits: ReadLimits): Promise<ActorNames> {
  const rows = readCsvRows(file, { limits });
  const header = await readHeader(file, rows, ['ActorId', 'NameData']);
  const names = new Map<string, string>();
  for await (const record of readCsvRecords(rows, header)) {
    if (record.problem) throw fileProblem(file, `line ${record.line}: ${record.problem.message}`);
    names.set(record.values.ActorId!.trim(), record.values.NameData!.trim());
  }
  return names;
}

/** The rows of a UCDP GED file, CSV or GeoJSON by its name. */
export function ucdpRows(
  file: string,
  options: ReadOptions & { actorNames?: ActorNames | undefined },
): AsyncGenerator<ImportRow> {
  const actorNames = options.actorNames ?? new Map<string, string>();
  return ucdpFormat(file) === 'csv'
    ? ucdpCsvRows(file, actorNames, options)
    : ucdpGeoJsonRows(file, actorNames, options);
}
