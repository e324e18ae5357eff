/** Kysely table types of the mandates module (D1, D2). */
import type { Bool, Json, Timestamp } from './column-types.js';

/** A Security Council mandate of a mission. */
export interface MandatesTable {
  id: string;
  mission_id: string;
  /** e.g. "2149 (2014)" */
  resolution: string;
  title: string;
  /** YYYY-MM-DD */
  adopted_on: string;
  expires_on: string;
  /** ¶59: the first phase restricted to political, security and protection tasks. */
  sequenced: Bool;
  /** D6: the standing start-up measures are in force until this day (six months, renewable). */
  measures_until: string;
  /** D6: the day they were let lapse, if they were. */
  measures_lapsed_on: string | null;
  /** D3: an impact assessment every so many months (default 6). */
  assessment_every_months: number;
  illustrative: Bool;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface MandateTasksTable {
  id: string;
  mandate_id: string;
  mission_id: string;
  /** e.g. "1(a)" */
  code: string;
  title: string;
  /** mandates/mandate.rules.ts: taskAreas */
  area: string;
  phase: number;
  /** mandates/mandate.rules.ts: taskStatuses */
  status: string;
  started_on: string | null;
  completed_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface MandateBenchmarksTable {
  id: string;
  task_id: string;
  mission_id: string;
  title: string;
  created_at: Timestamp;
}

export interface MandateIndicatorsTable {
  id: string;
  benchmark_id: string;
  mission_id: string;
  name: string;
  unit: string;
  baseline: number;
  /** YYYY-MM */
  baseline_period: string;
  target: number;
  /** YYYY-MM by which the target is due. */
  target_period: string;
  /** 'increase' | 'decrease' */
  direction: string;
  /** 'manual', or the record it is computed from (mandates/indicator-sources.ts). */
  source: string;
  /** What a computed source counts, e.g. {category, adminArea}. */
  source_params: Json;
  /** The username who enters its values. */
  owner: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface MandateIndicatorValuesTable {
  indicator_id: string;
  /** YYYY-MM */
  period: string;
  value: number;
  entered_by: string;
  entered_at: Timestamp;
}

/** What a later-phase task waits on (D1). */
export interface MandateConditionsTable {
  id: string;
  task_id: string;
  mission_id: string;
  /** 'benchmark_reached' | 'report_back' */
  kind: string;
  benchmark_id: string | null;
  description: string;
  /** report_back: the day the report is due to the Council. */
  due_on: string | null;
  /** report_back: the day it was delivered. */
  met_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** D6: a start-up milestone; one of them is the headquarters functional. */
export interface MandateMilestonesTable {
  id: string;
  mandate_id: string;
  mission_id: string;
  name: string;
  hq_functional: Bool;
  done_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** D3: an impact assessment or an independent evaluation of a mandate. */
export interface MandateAssessmentsTable {
  id: string;
  mandate_id: string;
  mission_id: string;
  /** 'impact_assessment' | 'independent_evaluation' */
  kind: string;
  title: string;
  conducted_by: string;
  conducted_on: string;
  findings: string;
  created_at: Timestamp;
}

/** D3: a recommendation, followed to accepted, implemented or rejected (with the reason). */
export interface MandateRecommendationsTable {
  id: string;
  assessment_id: string;
  mission_id: string;
  text: string;
  /** mandates/assessment.rules.ts: recommendationStatuses */
  status: string;
  reason: string;
  decided_on: string | null;
  implemented_on: string | null;
  updated_at: Timestamp;
  version: number;
}

/** D4: the national partner that takes a task over, and how far it has. */
export interface MandateTransitionsTable {
  id: string;
  task_id: string;
  mission_id: string;
  partner: string;
  /** The benchmark the hand-over waits on, if any. */
  benchmark_id: string | null;
  /** mandates/assessment.rules.ts: transitionStatuses */
  status: string;
  handed_over_on: string | null;
  note: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** D7: a site of the mission (a camp, a base) whose environmental footprint is followed. */
export interface EnvironmentSitesTable {
  id: string;
  mission_id: string;
  name: string;
  latitude: number;
  longitude: number;
  /** 'planned' | 'open' | 'closed' */
  status: string;
  opened_on: string | null;
  closed_on: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

/** D7: an environmental impact assessment of a site. */
export interface EnvironmentAssessmentsTable {
  id: string;
  site_id: string;
  mission_id: string;
  conducted_on: string;
  conducted_by: string;
  findings: string;
  created_at: Timestamp;
}

/** D7: a site's baseline and monitoring benchmark for one measure (consumption to bring down). */
export interface EnvironmentBenchmarksTable {
  id: string;
  site_id: string;
  mission_id: string;
  /** mandates/environment.rules.ts: environmentMeasures */
  measure: string;
  unit: string;
  baseline: number;
  baseline_period: string;
  target: number;
  target_period: string;
  created_at: Timestamp;
}

export interface EnvironmentReadingsTable {
  benchmark_id: string;
  /** YYYY-MM */
  period: string;
  value: number;
  entered_by: string;
  entered_at: Timestamp;
}

/** D5: a perception survey, kept as counts only. */
export interface PerceptionSurveysTable {
  id: string;
  mission_id: string;
  title: string;
  conducted_by: string;
  /** 'xlsform' (CSV with its form) or 'labelled' (KoboToolbox's labelled CSV alone). */
  source: string;
  responses: number;
  weighted: Bool;
  area_column: string | null;
  date_column: string;
  /** The columns read past, each with why: [{ column, reason }]. */
  not_counted: Json;
  first_month: string;
  last_month: string;
  illustrative: Bool;
  imported_by: string;
  imported_at: Timestamp;
}

export interface PerceptionQuestionsTable {
  id: string;
  survey_id: string;
  position: number;
  name: string;
  kind: string;
  /** { default, en?, fr?, ar? } */
  label: Json;
  /** [{ name, label }] */
  choices: Json;
}

export interface PerceptionCountsTable {
  question_id: string;
  survey_id: string;
  area: string;
  month: string;
  /** A choice's name; '' for everyone who answered the question. */
  answer: string;
  respondents: number;
  weight: number;
  weight_squared: number;
}

export interface MandatesTables {
  environment_sites: EnvironmentSitesTable;
  environment_assessments: EnvironmentAssessmentsTable;
  environment_benchmarks: EnvironmentBenchmarksTable;
  environment_readings: EnvironmentReadingsTable;
  mandate_assessments: MandateAssessmentsTable;
  mandate_recommendations: MandateRecommendationsTable;
  mandate_transitions: MandateTransitionsTable;
  mandate_milestones: MandateMilestonesTable;
  mandates: MandatesTable;
  mandate_tasks: MandateTasksTable;
  mandate_benchmarks: MandateBenchmarksTable;
  mandate_indicators: MandateIndicatorsTable;
  mandate_indicator_values: MandateIndicatorValuesTable;
  mandate_conditions: MandateConditionsTable;
  perception_surveys: PerceptionSurveysTable;
  perception_questions: PerceptionQuestionsTable;
  perception_counts: PerceptionCountsTable;
}
