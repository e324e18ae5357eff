/** Kysely table types of the capabilities module (¶62, 85–102, 126–127); part of Database in schema.ts. */
import type { Json, Timestamp } from './column-types.js';

export interface ContributorsTable {
  /** ISO 3166-1 alpha-3. */
  iso3: string;
  name: string;
  updated_at: Timestamp;
}

/** Uniformed personnel one contributor has in one mission at the end of a month; null: not reported. */
export interface ContributionMonthsTable {
  id: string;
  contributor: string;
  mission_id: string;
  /** YYYY-MM. */
  month: string;
  police_individual_men: number | null;
  police_individual_women: number | null;
  police_individual_total: number | null;
  /** Formed police units. */
  police_units_men: number | null;
  police_units_women: number | null;
  police_units_total: number | null;
  /** Experts on mission (military observers, staff officers). */
  experts_men: number | null;
  experts_women: number | null;
  experts_total: number | null;
  troops_men: number | null;
  troops_women: number | null;
  troops_total: number | null;
  all_men: number | null;
  all_women: number | null;
  all_total: number | null;
  /** Where the figures come from, e.g. 'ipi-gender'. */
  source: string;
  updated_at: Timestamp;
}

/** A mission's authorised and deployed uniformed strength at the end of a month. */
export interface MissionStrengthMonthsTable {
  id: string;
  mission_id: string;
  month: string;
  authorised_troops: number | null;
  authorised_police: number | null;
  authorised_observers: number | null;
  troops: number | null;
  police: number | null;
  observers: number | null;
  source: string;
  updated_at: Timestamp;
}

/** A mission's statement of unit requirements (K6, ¶62). */
export interface UnitRequirementsTable {
  id: string;
  mission_id: string;
  reference: string;
  capability: string;
  strength: number;
  /** ["protection of civilians", ...] */
  tasks: Json;
  /** ["UN infantry battalion manual", ...] */
  standards: Json;
  location: string;
  deadline: string;
  created_at: Timestamp;
  version: number;
  /** Tasks a caveat may not restrict (caveat task kinds), for force selection (K5). */
  task_kinds: Json;
  /** [{item, quantity}] the unit must bring. */
  major_equipment: Json;
  /** Self-sustainment categories the unit must bring. */
  self_sustainment: Json;
}

/** A pledge to the Peacekeeping Capability Readiness System (K1, ¶86–87). */
export interface PledgesTable {
  id: string;
  contributor: string;
  capability: string;
  strength: number;
  women: number;
  /** [{item, quantity}] */
  major_equipment: Json;
  /** ["catering", "accommodation", ...]: the self-sustainment categories the unit brings. */
  self_sustainment: Json;
  available_from: string;
  available_until: string | null;
  /** '1', '2', '3' or 'rdl', as last recorded; the level that holds also depends on visit_valid_until. */
  level: string;
  visit_valid_until: string | null;
  /** Where and since when the unit is deployed (K2: caveats frozen from then). */
  deployed_mission_id: string | null;
  deployed_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** The history of a pledge's readiness: every level reached, renewed, kept or lost, and why. */
export interface PledgeEventsTable {
  id: string;
  pledge_id: string;
  at: Timestamp;
  change: string;
  level_from: string | null;
  level_to: string;
  evidence: Json | null;
  reason: string;
  actor: string;
}

/** A contributor listed in an annual report (K4, ¶127): 'caac' or 'crsv', the report's year. */
export interface ContributorListingsTable {
  id: string;
  contributor: string;
  kind: string;
  year: number;
  /** The parties listed, as the report names them. */
  parties: string;
  /** The report's symbol, e.g. A/79/878–S/2024/384. */
  source: string;
  created_at: Timestamp;
}

export interface ContributorActionPlansTable {
  contributor: string;
  kind: string;
  /** 'none', 'signed', 'implementing', 'implemented' or 'not_implemented'. */
  state: string;
  signed_on: string | null;
  updated_at: Timestamp;
}

/** The K4 rule: not accepted when listed in listed_times of the last of_last_years reports. */
export interface EligibilityRulesTable {
  id: string;
  listed_times: number;
  of_last_years: number;
  updated_at: Timestamp;
}

/** A national caveat of a pledged unit (K2, ¶98), declared before deployment. */
export interface PledgeCaveatsTable {
  id: string;
  pledge_id: string;
  task: string;
  geography: string;
  time: string;
  conditions: string;
  text: string;
  declared_at: Timestamp;
  declared_by: string;
}

/** Something that happened to a unit: 'caveat_after_deployment' (K2) so far. */
export interface UnitIncidentsTable {
  id: string;
  pledge_id: string;
  kind: string;
  at: Timestamp;
  by: string;
  detail: Json;
}

/** A uniformed person of a pledged unit (K3): identity kept to what is needed. */
export interface UnitPersonnelTable {
  id: string;
  pledge_id: string;
  service_number: string;
  rank: string;
  /** Tier-1 ciphertext of the person's name. */
  name: string;
  created_at: Timestamp;
}

/** A predeployment training certification (¶100). */
export interface PersonCertificationsTable {
  id: string;
  person_id: string;
  course: string;
  certified_on: string;
  authority: string;
  created_at: Timestamp;
}

/** A human-rights screening (¶126): 'cleared' or 'not_cleared'. */
export interface PersonScreeningsTable {
  id: string;
  person_id: string;
  screened_on: string;
  outcome: string;
  screened_by: string;
  created_at: Timestamp;
}

/** P6 (¶124): the mandatory e-learning on sexual exploitation and abuse, completed by a person. */
export interface PersonSeaTrainingsTable {
  id: string;
  person_id: string;
  course: string;
  completed_on: string;
  created_at: Timestamp;
}

/** A memorandum of understanding (K6, ¶62): one per unit, carrying its statement of unit requirements. */
export interface MousTable {
  id: string;
  reference: string;
  contributor: string;
  pledge_id: string;
  requirement_id: string;
  /** The requirement's mission, for scope. */
  mission_id: string;
  signed_on: string;
  created_at: Timestamp;
}

/** An assessment of a unit in mission against task-based standards (K7, ¶97). */
export interface UnitAssessmentsTable {
  id: string;
  pledge_id: string;
  /** The mission the unit serves in, for scope. */
  mission_id: string;
  assessed_on: string;
  assessor: string;
  /** [{standard, rating, evidence}] */
  standards: Json;
  /** Mean rating, 1–4. */
  score: number;
  /** 'satisfactory' | 'needs_improvement' | 'unsatisfactory' */
  result: string;
  created_at: Timestamp;
  created_by: string;
}

/** The remedial plan a deficient assessment opens (K7). */
export interface RemedialPlansTable {
  id: string;
  assessment_id: string;
  pledge_id: string;
  mission_id: string;
  /** The standards rated below "meets". */
  deficiencies: Json;
  due_on: string;
  closed_on: string | null;
  /** 'remedied' | 'not_remedied' */
  outcome: string | null;
  note: string | null;
  closed_by: string | null;
  version: number;
}

/** A refusal to follow the orders of the force commander or police commissioner (K8, ¶98). */
export interface OrderRefusalsTable {
  id: string;
  pledge_id: string;
  mission_id: string;
  occurred_on: string;
  /** 'force_commander' | 'police_commissioner' */
  reported_by_role: string;
  reported_by: string;
  reported_at: Timestamp;
  order_given: string;
  what_happened: string;
  informed_at: Timestamp | null;
  informed_by: string | null;
  informed_means: string | null;
  remedial_due: string | null;
  remedial_action: string | null;
  remedial_on: string | null;
  /** 'repatriate' | 'retain' */
  decision: string | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_on: string | null;
  version: number;
}

/** The unit selected for a statement of unit requirements (K5), with the explanation as it stood. */
export interface ForceSelectionsTable {
  id: string;
  requirement_id: string;
  pledge_id: string;
  mission_id: string;
  selected_on: string;
  selected_by: string;
  /** The shortlist and exclusions when the unit was selected. */
  explanation: Json;
  created_at: Timestamp;
  version: number;
}

/** One step from selection to arrival (K9, ¶76), with its dates. */
export interface DeploymentStepsTable {
  selection_id: string;
  step: string;
  started_on: string;
  completed_on: string | null;
  note: string;
  recorded_by: string;
  recorded_at: Timestamp;
}

/**
 * A deployed unit's repatriation (issue 16): flagged for a decision (K4), ordered by a decision
 * (C3, K8, K4), completed when the unit has left — from then it is no longer deployed.
 */
export interface UnitRepatriationsTable {
  id: string;
  pledge_id: string;
  mission_id: string;
  contributor: string;
  /** The deployment it is about. */
  deployed_on: string;
  /** 'conduct_pattern' | 'conduct_non_response' | 'order_refusal' | 'eligibility' */
  basis: string;
  /** The report's paragraph, e.g. '¶120'. */
  paragraph: string;
  /** 'conduct_measure' | 'order_refusal' | 'contributor_standing' */
  source_type: string;
  source_id: string;
  explanation: string;
  /** 'decision_required' → 'retained' | 'ordered' → 'completed' */
  status: string;
  decided_on: string | null;
  decided_by: string | null;
  reason: string | null;
  leave_by: string | null;
  completed_on: string | null;
  completed_by: string | null;
  created_at: Timestamp;
  version: number;
}

/** The capabilities, unit-performance and force-selection tables, as Database includes them. */
export interface CapabilitiesTables {
  contributors: ContributorsTable;
  contribution_months: ContributionMonthsTable;
  mission_strength_months: MissionStrengthMonthsTable;
  unit_requirements: UnitRequirementsTable;
  pledges: PledgesTable;
  pledge_events: PledgeEventsTable;
  contributor_listings: ContributorListingsTable;
  contributor_action_plans: ContributorActionPlansTable;
  eligibility_rules: EligibilityRulesTable;
  pledge_caveats: PledgeCaveatsTable;
  unit_incidents: UnitIncidentsTable;
  unit_personnel: UnitPersonnelTable;
  person_certifications: PersonCertificationsTable;
  person_screenings: PersonScreeningsTable;
  person_sea_trainings: PersonSeaTrainingsTable;
  mous: MousTable;
  unit_assessments: UnitAssessmentsTable;
  remedial_plans: RemedialPlansTable;
  order_refusals: OrderRefusalsTable;
  force_selections: ForceSelectionsTable;
  deployment_steps: DeploymentStepsTable;
  unit_repatriations: UnitRepatriationsTable;
}
