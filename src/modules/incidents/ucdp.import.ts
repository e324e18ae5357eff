/** Reads a UCDP GED GeoJSON file into import rows (one per feature). */
import type { RequestContext } from '../../db/context.js';
import { readGeoJsonFeatures } from './geojson-reader.js';
import { importIncidents, type ImportReport, type ImportRow } from './incident.import.js';
import { mapUcdpEvent } from './ucdp.mapping.js';

async function* ucdpGeoJsonRows(
  file: string,
  onBytes?: (read: number) => void,
): AsyncGenerator<ImportRow> {
  for await (const feature of readGeoJsonFeatures(file, onBytes)) {
    const coordinates = Array.isArray(feature.geometry?.coordinates)
      ? (feature.geometry.coordinates as unknown[])
      : [];
    const point =
      feature.geometry?.type === 'Point'
        ? { longitude: coordinates[0], latitude: coordinates[1] }
        : { longitude: feature.properties.longitude, latitude: feature.properties.latitude };
    yield { line: feature.index, mapped: mapUcdpEvent(feature.properties, point) };
  }
}

export function importUcdpGeoJson(
  ctx: RequestContext,
  args: {
    file: string;
    missionId?: string;
    keepGoodRows: boolean;
    onBytes?: (read: number) => void;
    onRow?: (done: number) => void;
  },
): Promise<ImportReport> {
  return importIncidents(ctx, {
    source: 'ucdp-ged-geojson',
    missionId: args.missionId,
    rows: ucdpGeoJsonRows(args.file, args.onBytes),
    keepGoodRows: args.keepGoodRows,
    onRow: args.onRow,
  });
}
