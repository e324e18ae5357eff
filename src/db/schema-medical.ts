/** Kysely table types of the medical module. */
import type { Bool, Timestamp } from './column-types.js';

/** A fatality (M4, ¶108), in the layout of the UN's public data; no names. */
export interface MedicalFatalitiesTable {
  id: string;
  mission_id: string;
  /** YYYY-MM-DD, the date of the incident. */
  incident_on: string;
  /** 'female' | 'male' | 'unknown' */
  gender: string;
  /** As the source names it (e.g. "Bangladesh"). */
  nationality: string;
  nationality_iso3: string | null;
  /** medical/fatality.taxonomy.ts: personnelTypes */
  personnel_type: string;
  /** medical/fatality.taxonomy.ts: incidentTypes */
  incident_type: string;
  incident_id: string | null;
  /** 'un-fatalities' (the UN's file) | 'manual' */
  source_system: string;
  /** The UN file's casualty_id; null when recorded here. */
  source_id: string | null;
  /** The demo's made-up records: never in statistics. */
  illustrative: Bool;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface MedicalTables {
  medical_fatalities: MedicalFatalitiesTable;
}
