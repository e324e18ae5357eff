/** Kysely table types of the medical module. */
import type { Bool, Json, NullableTimestamp, Timestamp } from './column-types.js';

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
  /** FAT-YYYY-NNNN for a death recorded in the mission (M4); null for the UN's file. */
  reference: string | null;
  /** The casualty the person was, when recorded (M1). */
  casualty_id: string | null;
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

/** A medical facility of a mission (M3): level I, II, III or an aero-medical team. */
export interface MedicalFacilitiesTable {
  id: string;
  mission_id: string;
  name: string;
  /** medical/routing.rules.ts: facilityLevels */
  level: string;
  /** 'operational' | 'degraded' | 'closed' */
  status: string;
  /** Why degraded or closed, in words ('' when operational). */
  status_note: string;
  latitude: number;
  longitude: number;
  /** Who runs it: a contributor's code (e.g. 'PAK') or 'UN'. */
  operated_by: string;
  surgery: Bool;
  blood: Bool;
  beds: number;
  icu_beds: number;
  illustrative: Bool;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** An aircraft the mission can task for evacuation (M3). */
export interface MedicalAircraftTable {
  id: string;
  mission_id: string;
  name: string;
  /** 'helicopter' | 'fixed_wing' */
  kind: string;
  speed_kmh: number;
  night_capable: Bool;
  available: Bool;
  base_name: string;
  latitude: number;
  longitude: number;
  illustrative: Bool;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** A casualty and its 10-1-2 steps (M1); identity and clinical notes are ciphertext (M6). */
export interface MedicalCasualtiesTable {
  id: string;
  mission_id: string;
  /** CAS-YYYY-NNNN, per mission. */
  reference: string;
  incident_id: string | null;
  injured_at: Timestamp;
  /** medical/evacuation.rules.ts: precedences */
  precedence: string;
  /** medical/casualty.schema.ts: casualtyCategories */
  category: string;
  first_aid_at: NullableTimestamp;
  first_aid_na: Bool;
  resuscitation_at: NullableTimestamp;
  resuscitation_na: Bool;
  resuscitation_facility_id: string | null;
  surgery_at: NullableTimestamp;
  surgery_na: Bool;
  surgery_facility_id: string | null;
  /** Tier 1: the field cipher's ciphertext of {name, serviceNumber}, bound to (table, id, field). */
  identity: string | null;
  /** Tier 1: ciphertext. */
  clinical_notes: string | null;
  illustrative: Bool;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  version: number;
}

/** A CASEVAC / MEDEVAC request and its timed steps (M2); no patient identity. */
export interface MedicalEvacuationsTable {
  id: string;
  mission_id: string;
  /** EVAC-YYYY-NNNN, per mission. */
  reference: string;
  /** 'casevac' | 'medevac' */
  kind: string;
  incident_id: string | null;
  /** The earliest injury among its patients: the clock's start. */
  injured_at: Timestamp;
  /** The most urgent precedence among its patients. */
  precedence: string;
  /** {urgent_surgical, urgent, priority, routine}: patients by precedence. */
  patients: Json;
  pickup_latitude: number;
  pickup_longitude: number;
  pickup_description: string;
  /** medical/evacuation.schema.ts: specialEquipment[] */
  special_equipment: Json;
  security: string;
  marking: string;
  /** medical/casualty.schema.ts: casualtyCategories[] */
  nationality: Json;
  cbrn: string;
  terrain: string;
  /** medical/evacuation.rules.ts: evacuationStatuses */
  status: string;
  requested_at: Timestamp;
  tasked_at: NullableTimestamp;
  airborne_at: NullableTimestamp;
  at_patient_at: NullableTimestamp;
  at_facility_at: NullableTimestamp;
  /** When it was refused or aborted. */
  ended_at: NullableTimestamp;
  stop_reason: string | null;
  stop_note: string;
  aircraft_id: string | null;
  crew: string;
  facility_id: string | null;
  /** The estimate made at tasking (M3). */
  estimated_arrival_at: NullableTimestamp;
  illustrative: Bool;
  created_by: string;
  updated_at: Timestamp;
  version: number;
}

export interface MedicalEvacuationCasualtiesTable {
  evacuation_id: string;
  casualty_id: string;
}

/** One next-of-kin step of a fatality recorded in the mission (M5). No names. */
export interface MedicalNextOfKinStepsTable {
  id: string;
  fatality_id: string;
  mission_id: string;
  /** medical/next-of-kin.rules.ts: nextOfKinSteps */
  step: string;
  /** The username who owns it. */
  owner: string;
  /** YYYY-MM-DD */
  due_on: string;
  done_on: string | null;
  note: string;
  updated_at: Timestamp;
  version: number;
}

export interface MedicalTables {
  medical_next_of_kin_steps: MedicalNextOfKinStepsTable;
  medical_evacuations: MedicalEvacuationsTable;
  medical_evacuation_casualties: MedicalEvacuationCasualtiesTable;
  medical_casualties: MedicalCasualtiesTable;
  medical_fatalities: MedicalFatalitiesTable;
  medical_facilities: MedicalFacilitiesTable;
  medical_aircraft: MedicalAircraftTable;
}
