/** The incidents module's rules, for the rules register (core/rule-entry.ts). */
import type { RuleEntry } from '../../core/rule-entry.js';

export const incidentRules: RuleEntry[] = [
  {
    id: 'I1',
    module: 'incidents',
    paragraphs: ['¶108'],
    title: 'Crimes against UN personnel are followed up with the host Government',
    text: 'An attack on UN personnel or premises, or an act that is a crime and killed, injured or abducted UN personnel, opens a follow-up with the host Government that stays open until the investigation or prosecution outcome is recorded; typed in, imported or revised alike. A hazard (an accident, a flood) or an act of unknown kind opens none.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/incidents/incident.rules.test.ts',
      'src/modules/incidents/incident.service.test.ts',
    ],
  },
  {
    id: 'I2',
    module: 'incidents',
    paragraphs: ['¶103', '¶107'],
    title: 'Imports of real event data: idempotent, all-or-nothing, every rejection named',
    text: 'UCDP GED (CSV, GeoJSON), ACLED CSV and HXL-tagged CSV import keyed by source and source id, so a second import changes nothing; every rejected row is reported with its line, column and reason; nothing is written unless every row passes or the user keeps the good rows; the file is checked whole before anything is written, then applied in short transactions.',
    status: 'enforced',
    settings: [],
    guardedBy: [
      'src/modules/incidents/ucdp.import.test.ts',
      'src/modules/incidents/csv-imports.test.ts',
      'src/modules/incidents/import-staging.test.ts',
    ],
  },
  {
    id: 'I3',
    module: 'incidents',
    paragraphs: ['¶107'],
    title: 'Exports others can read',
    text: 'GeoJSON (RFC 7946, schema-valid), CSV with HXL hashtags (formulas neutralised) and OGC API – Features with bbox, datetime, limit and paging, readable by GDAL; records of sensitive compartments never leave.',
    status: 'enforced',
    settings: [],
    guardedBy: ['src/modules/incidents/incident-export.service.test.ts', 'test/ogc.test.ts'],
  },
];
