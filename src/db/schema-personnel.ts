/** Kysely table types of the personnel module (P1–P5). */
import type { Bool, Json, Timestamp } from './column-types.js';

/** A civilian recruitment (P1, P2): each step's column holds the day it was done. */
export interface PersonnelRecruitmentsTable {
  id: string;
  mission_id: string;
  /** The job opening or roster reference, unique in the mission. */
  reference: string;
  post: string;
  grade: string;
  /** personnel/recruitment.rules.ts: recruitmentCategories */
  category: string;
  /** 'roster' | 'advertised' */
  source: string;
  /** P2: under the standing start-up and crisis measures (¶81). */
  fast_track: Bool;
  /** Tier-1 ciphertext of the candidate's name, once selected. */
  candidate: string | null;
  opened_on: string;
  selection_on: string | null;
  offer_on: string | null;
  reference_checks_on: string | null;
  medical_clearance_on: string | null;
  security_clearance_on: string | null;
  visa_on: string | null;
  travel_on: string | null;
  arrival_on: string | null;
  withdrawn_on: string | null;
  withdrawn_reason: string | null;
  /** P6: the day the SEA e-learning was completed. */
  sea_training_on: string | null;
  illustrative: Bool;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** A leadership appointment (P3) with the human-rights assessment before it (¶113). */
export interface PersonnelAppointmentsTable {
  id: string;
  mission_id: string;
  /** personnel/leadership.rules.ts: leadershipPosts */
  post: string;
  /** Tier-1 ciphertext of the appointee's name. */
  appointee: string;
  gender: string;
  /** ISO 3166-1 alpha-3 */
  nationality: string;
  appointed_on: string;
  ended_on: string | null;
  /** Null only for an appointment before the report (2 September 2015): history. */
  hr_assessed_on: string | null;
  hr_assessed_by: string | null;
  hr_outcome: string | null;
  /** Where the record comes from (a press release, an HR file). */
  source: string;
  illustrative: Bool;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** A head of mission's senior manager compact for a year (P4, ¶118). */
export interface PersonnelCompactsTable {
  id: string;
  appointment_id: string;
  mission_id: string;
  year: number;
  /** string[] */
  objectives: Json;
  assessed_on: string | null;
  rating: string | null;
  assessment: string | null;
  renewal_bearing: string | null;
  renewal_note: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** A mission's plan for a national category from a month on (P5). */
export interface PersonnelStaffingPlansTable {
  mission_id: string;
  category: string;
  from_month: string;
  planned: number;
  planned_women: number;
  recorded_at: Timestamp;
}

/** A month's head count of a national category (P5): counts only. */
export interface PersonnelStaffingCountsTable {
  mission_id: string;
  month: string;
  category: string;
  women: number;
  men: number;
  recorded_at: Timestamp;
}

export interface PersonnelTables {
  personnel_recruitments: PersonnelRecruitmentsTable;
  personnel_appointments: PersonnelAppointmentsTable;
  personnel_compacts: PersonnelCompactsTable;
  personnel_staffing_plans: PersonnelStaffingPlansTable;
  personnel_staffing_counts: PersonnelStaffingCountsTable;
}
