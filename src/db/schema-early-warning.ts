/** Kysely table types of the early-warning module. */
import type { Timestamp } from './column-types.js';

/** A high-risk situation for Human Rights Up Front reviews (E3). */
export interface HighRiskSituationsTable {
  id: string;
  mission_id: string;
  title: string;
  area: string;
  description: string;
  /** Username of the person who owns the follow-up. */
  owner: string;
  /** 'open' | 'closed' */
  status: string;
  next_review_on: string;
  closed_reason: string | null;
  created_at: Timestamp;
  created_by: string;
  version: number;
}

/** Evidence linked to a situation: an incident (its id), a forecast, hotspot or alert (a key). */
export interface HighRiskEvidenceTable {
  id: string;
  situation_id: string;
  kind: string;
  reference: string;
  note: string;
  added_at: Timestamp;
  added_by: string;
}

/** A review of a situation: forum, decision, follow-up, the next review date. */
export interface HighRiskReviewsTable {
  id: string;
  situation_id: string;
  reviewed_on: string;
  forum: string;
  decision: string;
  follow_up: string;
  follow_up_on: string | null;
  next_review_on: string;
  reviewed_by: string;
  created_at: Timestamp;
}

/** A published set of country-month forecasts (E1): one origin, one model. */
export interface ForecastRunsTable {
  id: string;
  /** The last month known, YYYY-MM. */
  origin: string;
  model: string;
  /** Where the data came from (file name), for the reader. */
  source: string;
  countries: number;
  /** The rolling-origin evaluation published with the run (scores and calibration), or null. */
  evaluation: unknown;
  published_at: Timestamp;
  published_by: string;
}

/**
 * The probability of ≥1 and ≥25 fatalities in a country, `horizon` months ahead, of state-based
 * (sb), non-state (ns) and one-sided violence against civilians (os). ns and os are null in runs
 * published before 0041.
 */
export interface CountryForecastsTable {
  run_id: string;
  iso3: string;
  country: string;
  horizon: number;
  month: string;
  p_sb1: number;
  p_sb25: number;
  p_ns1: number | null;
  p_ns25: number | null;
  p_os1: number | null;
  p_os25: number | null;
}

/** Fatalities per country and month before the origin, as the run read them (ns, os: from 0041). */
export interface CountryHistoryTable {
  run_id: string;
  iso3: string;
  month: string;
  /** State-based. */
  fatalities: number;
  fatalities_ns: number | null;
  fatalities_os: number | null;
}

/** A mission's published grid forecasts (issue 23): one origin, one model. */
export interface GridForecastRunsTable {
  id: string;
  mission_id: string;
  /** The last month read, YYYY-MM. */
  origin: string;
  model: string;
  /** Cells forecast, and incidents learned from (the mission's, in no compartment). */
  cells: number;
  incidents: number;
  /** The rolling-origin evaluation on the mission's own incidents, or null. */
  evaluation: unknown;
  published_at: Timestamp;
  published_by: string;
}

/** A cell's probabilities `horizon` months after the run's origin, and why. */
export interface GridForecastsTable {
  run_id: string;
  /** PRIO-GRID cell id; latitude and longitude are its centre. */
  gid: number;
  latitude: number;
  longitude: number;
  horizon: number;
  month: string;
  p_event: number;
  p_killed5: number;
  /** Per threshold, the three features that moved it most: { event: Reason[], killed5: Reason[] }. */
  why: unknown;
}

/** A place the mission holds (Geo-PKO's deployment locations, or entered by the mission). */
export interface MissionBasesTable {
  id: string;
  mission_id: string;
  name: string;
  /** 'headquarters' | 'sector_headquarters' | 'company_base' | 'team_site' | 'police' | 'other' */
  kind: string;
  latitude: number;
  longitude: number;
  /** Where it came from: 'manual', or the data set (e.g. 'Geo-PKO 2.3, 2020'). */
  source: string;
  created_at: Timestamp;
  created_by: string;
}

/** A rule that raises alerts (E2): kind 'incident_near_base' | 'forecast' | 'hotspot' and its parameters. */
export interface AlertRulesTable {
  id: string;
  mission_id: string;
  name: string;
  kind: string;
  params: unknown;
  severity: string;
  urgency: string;
  certainty: string;
  active: number | boolean;
  created_at: Timestamp;
  created_by: string;
  version: number;
}

/** An alert raised by a rule, once per source (an incident id, a forecast or hotspot key). */
export interface AlertsTable {
  id: string;
  mission_id: string;
  rule_id: string;
  source_key: string;
  /** 'Alert', or 'Cancel' (its source was discarded) with the alert it cancels. */
  msg_type: string;
  references_alert: string | null;
  sent_at: Timestamp;
  onset_at: Timestamp | null;
  event: string;
  headline: string;
  description: string;
  severity: string;
  urgency: string;
  certainty: string;
  /** The CAP area: areaDesc with circles, polygons or geocodes. */
  area: unknown;
  /** Where the map marks it (null for a country-wide alert). */
  latitude: number | null;
  longitude: number | null;
  /** Its template's key and values (alert-texts.ts), for every language; null before 0040. */
  text: unknown;
}

/** An inquiry into a failure to act (E4, ¶20). */
export interface FailureToActInquiriesTable {
  id: string;
  mission_id: string;
  incident_id: string;
  /** The day of the incident, kept so the unit's record never reads the incident. */
  incident_on: string;
  /** 'mission' | 'military_unit' | 'police_contingent' */
  subject_kind: string;
  unit_id: string | null;
  unit_contributor: string | null;
  unit_capability: string | null;
  who: string;
  known: string;
  ordered: string;
  happened: string;
  opened_on: string;
  opened_by: string;
  /** null while open; 'failed_to_act' | 'acted' */
  finding: string | null;
  finding_text: string | null;
  found_on: string | null;
  council_notified_on: string | null;
  council_reference: string | null;
  /** ISO3 codes of the Member States informed. */
  member_states: unknown;
  member_states_notified_on: string | null;
  member_states_reference: string | null;
  created_at: Timestamp;
  version: number;
}

/** The early-warning tables, as the Database interface includes them. */
export interface EarlyWarningTables {
  high_risk_situations: HighRiskSituationsTable;
  high_risk_evidence: HighRiskEvidenceTable;
  high_risk_reviews: HighRiskReviewsTable;
  forecast_runs: ForecastRunsTable;
  country_forecasts: CountryForecastsTable;
  country_history: CountryHistoryTable;
  grid_forecast_runs: GridForecastRunsTable;
  grid_forecasts: GridForecastsTable;
  mission_bases: MissionBasesTable;
  alert_rules: AlertRulesTable;
  alerts: AlertsTable;
  failure_to_act_inquiries: FailureToActInquiriesTable;
}
