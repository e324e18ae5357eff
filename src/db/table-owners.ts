/**
 * Every table has one owning module: only that module's files name it in a query; any other
 * module reaches its rows through the owner's services (docs/ARCHITECTURE.md, "Who owns which
 * table"). `db` owns the staged-import tables its helper writes for every import.
 * test/architecture.test.ts checks that the migrations create exactly these tables and that no
 * file queries a table its module does not own.
 */
export const tableOwners = {
  // accounts
  users: 'accounts',
  memberships: 'accounts',
  sessions: 'accounts',
  api_tokens: 'accounts',
  role_grants: 'accounts',
  access_generation: 'accounts',
  // audit
  audit_entries: 'audit',
  audit_head: 'audit',
  // compartments
  compartments: 'compartments',
  compartment_members: 'compartments',
  record_compartments: 'compartments',
  // missions
  missions: 'missions',
  mission_bases: 'missions',
  // notifications
  notifications: 'notifications',
  outbox: 'notifications',
  // incidents
  incidents: 'incidents',
  incidents_rtree: 'incidents',
  incident_map_cells: 'incidents',
  incident_generation: 'incidents',
  incident_follow_ups: 'incidents',
  // conduct
  conduct_cases: 'conduct',
  conduct_subjects: 'conduct',
  conduct_victims: 'conduct',
  conduct_clock_settings: 'conduct',
  conduct_complaints: 'conduct',
  conduct_complaint_messages: 'conduct',
  conduct_measures: 'conduct',
  conduct_pattern_rules: 'conduct',
  conduct_referrals: 'conduct',
  conduct_assistance: 'conduct',
  conduct_screenings: 'conduct',
  // capabilities
  contributors: 'capabilities',
  contribution_months: 'capabilities',
  mission_strength_months: 'capabilities',
  unit_requirements: 'capabilities',
  pledges: 'capabilities',
  pledge_events: 'capabilities',
  pledge_caveats: 'capabilities',
  contributor_listings: 'capabilities',
  contributor_action_plans: 'capabilities',
  eligibility_rules: 'capabilities',
  unit_incidents: 'capabilities',
  unit_personnel: 'capabilities',
  person_certifications: 'capabilities',
  person_screenings: 'capabilities',
  mous: 'capabilities',
  unit_repatriations: 'capabilities',
  person_sea_trainings: 'capabilities',
  // unit-performance
  unit_assessments: 'unit-performance',
  remedial_plans: 'unit-performance',
  order_refusals: 'unit-performance',
  // medical
  medical_fatalities: 'medical',
  medical_facilities: 'medical',
  medical_aircraft: 'medical',
  medical_casualties: 'medical',
  medical_evacuations: 'medical',
  medical_evacuation_casualties: 'medical',
  medical_next_of_kin_steps: 'medical',
  // mandates
  mandates: 'mandates',
  mandate_tasks: 'mandates',
  mandate_benchmarks: 'mandates',
  mandate_indicators: 'mandates',
  mandate_indicator_values: 'mandates',
  mandate_conditions: 'mandates',
  mandate_milestones: 'mandates',
  mandate_assessments: 'mandates',
  mandate_recommendations: 'mandates',
  mandate_transitions: 'mandates',
  environment_sites: 'mandates',
  environment_assessments: 'mandates',
  environment_benchmarks: 'mandates',
  environment_readings: 'mandates',
  perception_surveys: 'mandates',
  perception_questions: 'mandates',
  perception_counts: 'mandates',
  // reports
  reports: 'reports',
  report_comments: 'reports',
  // personnel
  personnel_recruitments: 'personnel',
  personnel_appointments: 'personnel',
  personnel_compacts: 'personnel',
  personnel_staffing_plans: 'personnel',
  personnel_staffing_counts: 'personnel',
  // force-selection
  force_selections: 'force-selection',
  deployment_steps: 'force-selection',
  // early-warning
  forecast_runs: 'early-warning',
  country_forecasts: 'early-warning',
  country_history: 'early-warning',
  grid_forecast_runs: 'early-warning',
  grid_forecasts: 'early-warning',
  alert_rules: 'early-warning',
  alerts: 'early-warning',
  high_risk_situations: 'early-warning',
  high_risk_evidence: 'early-warning',
  high_risk_reviews: 'early-warning',
  failure_to_act_inquiries: 'early-warning',
  // the db layer's staged imports (db/staged-import.ts)
  import_runs: 'db',
  import_staged_rows: 'db',
} as const;

export type OwnedTable = keyof typeof tableOwners;

/**
 * Reads of a table outside its owner that are part of the design, each with its reason. Nothing
 * else may name another module's table.
 */
export const sharedReads: readonly { file: string; table: OwnedTable; why: string }[] = [
  {
    file: 'src/db/scope.ts',
    table: 'record_compartments',
    why: 'the compartment filter every module applies to its own queries (docs/adr/0002)',
  },
  {
    file: 'src/db/generations.ts',
    table: 'access_generation',
    why: 'read with the caller’s session or token in one statement: the kept actor (issue 22)',
  },
  {
    file: 'src/db/generations.ts',
    table: 'incident_generation',
    why: 'read with the caller’s session or token in one statement: kept pages and records (issue 22)',
  },
];
