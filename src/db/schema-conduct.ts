/** Kysely table types of the conduct module (¶119–127); part of Database in schema.ts. */
import type { Json, NullableTimestamp, Timestamp } from './column-types.js';

export interface ConductCasesTable {
  id: string;
  mission_id: string;
  /** Unique in its mission, e.g. SEA-2026-0007; imported rows keep the source's key in source_id. */
  reference: string;
  received_at: Timestamp;
  received_precision: string;
  channel: string;
  /** 'sexual_exploitation' or 'sexual_abuse' (the graver, when both are alleged). */
  category: string;
  /** Every allegation type named: [{category, subtype}]. */
  allegations: Json;
  /** When the acts took place, as far as known: {from, to, text}. */
  incident_period: Json | null;
  status: string;
  status_reason: string;
  investigating_entity: string | null;
  finding: string | null;
  /** Findings per subject as the source gives them: [{outcome, detail, count}]. */
  findings: Json;
  investigation_days: number | null;
  paternity_claim: string;
  paternity_established: string | null;
  nio_appointed: string | null;
  /** The day the contributor answered (appointed its NIO or declined): ¶120's non-response clock. */
  contributor_responded_on?: string | null;
  interim_actions: Json;
  final_actions: Json;
  criminal_referral: string;
  /** C1: evidence gathered by this time (receipt + the mission's evidence hours). */
  evidence_due_at: Timestamp;
  /** C2: investigation concluded by this time (receipt + the mission's investigation months). */
  investigation_due_at: Timestamp;
  evidence_gathered_at: NullableTimestamp;
  investigation_concluded_at: NullableTimestamp;
  source_system: string;
  source_id: string | null;
  source_attributes: Json | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  version: number;
}

export interface ConductSubjectsTable {
  id: string;
  case_id: string;
  mission_id: string;
  personnel_category: string;
  nationality: string | null;
  unit: string | null;
  count: number | null;
  position: number;
  /** Tier-1 ciphertext of {name, otherNames, dateOfBirth, document}, or null when not known (C8). */
  identity: string | null;
}

export interface ConductVictimsTable {
  id: string;
  case_id: string;
  mission_id: string;
  age_group: string;
  sex: string;
  count: number | null;
  /** Tier-1 ciphertext (field-cipher.ts), or null when no identity is known. */
  identity: string | null;
  position: number;
}

export interface ConductClockSettingsTable {
  mission_id: string;
  evidence_hours: number;
  investigation_months: number;
  updated_at: Timestamp;
  version: number;
}

export interface ConductComplaintsTable {
  id: string;
  mission_id: string;
  /** SHA-256 of the receipt code; the code itself is never stored. */
  receipt_hash: string;
  status: string;
  /** Tier-1 ciphertext: what happened, in the complainant's words. */
  account: string;
  contact: string | null;
  language: string;
  case_id: string | null;
  /** Rounded down to the hour. */
  received_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface ConductComplaintMessagesTable {
  id: string;
  complaint_id: string;
  mission_id: string;
  author: string;
  /** Tier-1 ciphertext. */
  body: string;
  /** Rounded down to the hour. */
  at: Timestamp;
  position: number;
}

export interface ConductMeasuresTable {
  id: string;
  mission_id: string;
  /** The case it follows from; null for a repatriation decision raised over several cases. */
  case_id: string | null;
  /** 'administrative_leave_without_pay', 'payment_suspension', 'repatriation' or 'sanction' (for a failure to act). */
  kind: string;
  /** The contributing country (ISO3 or the source's name) and unit, for contingents and units. */
  contributor: string | null;
  unit: string | null;
  /** 'in_force' → 'lifted'; a repatriation 'pending_decision' → 'decided'. */
  status: string;
  /** Why: the subject, or the cases that made the pattern. */
  basis: Json;
  decision: string | null;
  reason: string;
  decided_by: string | null;
  decided_at: NullableTimestamp;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
  /** What raised a decision (issue 16): 'pattern', 'non_response' (¶120) or 'failure_to_act' (¶120); 'pattern' for measures. */
  trigger: string;
  /** The deployed unit (pledge) a repatriation decision repatriates, once taken. */
  unit_id: string | null;
  /** The case whose contributor did not respond (non-response) or where command failed to act; never shown. */
  source_case_id: string | null;
}

export interface ConductPatternRulesTable {
  mission_id: string;
  allegations: number;
  months: number;
  updated_at: Timestamp;
}

export interface ConductReferralsTable {
  id: string;
  case_id: string;
  mission_id: string;
  /** 'host_country' or 'contributing_country'. */
  authority: string;
  country: string;
  reference: string;
  referred_on: string;
  status: string;
  outcome: string;
  next_review_on: string | null;
  updated_at: Timestamp;
  version: number;
}

export interface ConductAssistanceTable {
  id: string;
  case_id: string;
  victim_id: string;
  mission_id: string;
  /** 'medical', 'psychosocial', 'legal', 'livelihood' or 'paternity_support'. */
  kind: string;
  provider: string;
  /** 'referred' → 'in_progress' → 'completed', or 'declined'. */
  status: string;
  referred_on: string;
  started_on: string | null;
  completed_on: string | null;
  /** Tier-1 ciphertext: notes on the outcome may identify the victim. */
  outcome: string | null;
  updated_at: Timestamp;
  version: number;
}

export interface ConductScreeningsTable {
  id: string;
  /** The mission the candidate is screened for. */
  mission_id: string;
  /** The requester's reference: a post, a rotation, a selection. */
  reference: string;
  /** Tier-1 ciphertext of the candidate's identity. */
  candidate: string;
  /** 'match', 'review' or 'no_match'. */
  outcome: string;
  /** Tier-1 ciphertext of the hits: [{caseId, missionId, reference, standing, verdict, grounds}]. */
  hits: string;
  hit_count: number;
  requested_by: string;
  requested_at: Timestamp;
  /** A review settles 'review': 'match' or 'no_match'. */
  review_outcome: string | null;
  /** Tier-1 ciphertext. */
  review_reason: string | null;
  reviewed_by: string | null;
  reviewed_at: NullableTimestamp;
  version: number;
}

/** The conduct tables, as the Database interface includes them. */
export interface ConductTables {
  conduct_cases: ConductCasesTable;
  conduct_subjects: ConductSubjectsTable;
  conduct_victims: ConductVictimsTable;
  conduct_clock_settings: ConductClockSettingsTable;
  conduct_complaints: ConductComplaintsTable;
  conduct_complaint_messages: ConductComplaintMessagesTable;
  conduct_measures: ConductMeasuresTable;
  conduct_pattern_rules: ConductPatternRulesTable;
  conduct_referrals: ConductReferralsTable;
  conduct_assistance: ConductAssistanceTable;
  conduct_screenings: ConductScreeningsTable;
}
