/**
 * Incidents as CSV with an HXL hashtag row under the header (I3), so HXL tools read the columns
 * by meaning. Pure: rows in, text out. Cells that a spreadsheet would run as a formula (starting
 * with = + - @, tab or carriage return) are prefixed with an apostrophe (S7, ASVS 1.2.10).
 */
import { csvLine } from '../../tabular/csv-writer.js';
import type { Incident } from './incident.schema.js';

export const csvColumns: readonly {
  header: string;
  hxl: string;
  value: (i: Incident) => string | number | null;
}[] = [
  { header: 'id', hxl: '#event+id', value: (i) => i.id },
  { header: 'occurred_at', hxl: '#date+occurred', value: (i) => i.occurredAt },
  { header: 'time_precision', hxl: '#date+precision', value: (i) => i.timePrecision },
  { header: 'latitude', hxl: '#geo+lat', value: (i) => i.location.latitude },
  { header: 'longitude', hxl: '#geo+lon', value: (i) => i.location.longitude },
  { header: 'location_precision', hxl: '#geo+precision', value: (i) => i.location.precision },
  { header: 'admin_area', hxl: '#adm1+name', value: (i) => i.location.adminArea },
  { header: 'place_name', hxl: '#loc+name', value: (i) => i.location.placeName },
  { header: 'category', hxl: '#event+type', value: (i) => i.category },
  { header: 'status', hxl: '#status', value: (i) => i.status },
  { header: 'fatalities', hxl: '#affected+killed', value: (i) => i.fatalities },
  {
    header: 'civilians_killed',
    hxl: '#affected+killed+civilians',
    value: (i) => i.casualties.civilians.killed,
  },
  {
    header: 'civilians_injured',
    hxl: '#affected+injured+civilians',
    value: (i) => i.casualties.civilians.injured,
  },
  {
    header: 'un_killed',
    hxl: '#affected+killed+un',
    value: (i) => i.casualties.unPersonnel.killed,
  },
  {
    header: 'un_injured',
    hxl: '#affected+injured+un',
    value: (i) => i.casualties.unPersonnel.injured,
  },
  {
    header: 'armed_actors_killed',
    hxl: '#affected+killed+combatants',
    value: (i) => i.casualties.armedActors.killed,
  },
  { header: 'actors', hxl: '#group+name', value: (i) => i.actors.map((a) => a.name).join('; ') },
  { header: 'source_system', hxl: '#meta+source', value: (i) => i.origin.system },
  { header: 'source_id', hxl: '#meta+source_id', value: (i) => i.origin.sourceId },
  { header: 'narrative', hxl: '#description', value: (i) => i.narrative },
];

export function incidentsCsvHead(): string {
  return csvLine(csvColumns.map((c) => c.header)) + csvLine(csvColumns.map((c) => c.hxl));
}

export function incidentCsvRow(incident: Incident): string {
  return csvLine(csvColumns.map((c) => c.value(incident)));
}
