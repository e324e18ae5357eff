/** D1, D2: mandates, their tasks, conditions, benchmarks and indicators — what the API takes and answers. */
import { z } from '@hono/zod-openapi';
import { incidentCategories } from '../incidents/incident.taxonomy.js';
import {
  conditionKinds,
  directions,
  indicatorStates,
  taskAreas,
  taskStatuses,
} from './mandate.rules.js';
import {
  assessmentKinds,
  assessmentMonthsBounds,
  defaultAssessmentMonths,
  recommendationStatuses,
  transitionStatuses,
} from './assessment.rules.js';

const day = z.iso.date();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const text = (max: number) => z.string().trim().min(1).max(max);
const version = z.number().int().min(1);

/** Where an indicator's values come from: entered by its owner, or counted from the record. */
export const indicatorSources = ['manual', 'incidents_per_month'] as const;

export const CreateMandateInput = z
  .strictObject({
    missionId: z.string().min(1).max(64).optional(),
    /** The resolution's number and year, e.g. "2149 (2014)". */
    resolution: z
      .string()
      .trim()
      .regex(/^\d{1,5} \(\d{4}\)$/, 'the number and year, e.g. 2149 (2014)'),
    title: text(300),
    adoptedOn: day,
    expiresOn: day,
    /** ¶59: the first phase restricted to political, security and protection tasks. */
    sequenced: z.boolean().default(true),
    /** D3: an impact assessment every so many months. */
    assessmentEveryMonths: z
      .number()
      .int()
      .min(assessmentMonthsBounds.min)
      .max(assessmentMonthsBounds.max)
      .default(defaultAssessmentMonths),
  })
  .openapi('CreateMandateInput');
export type CreateMandateInput = z.infer<typeof CreateMandateInput>;

export const AddTaskInput = z
  .strictObject({
    code: text(20),
    title: text(500),
    area: z.enum(taskAreas),
    phase: z.number().int().min(1).max(3),
  })
  .openapi('AddMandateTaskInput');
export type AddTaskInput = z.infer<typeof AddTaskInput>;

export const AddConditionInput = z
  .strictObject({
    kind: z.enum(conditionKinds),
    /** benchmark_reached: one of the mandate's benchmarks. */
    benchmarkId: z.string().min(1).max(64).nullable().default(null),
    description: text(500),
    /** report_back: the day the Secretary-General's report is due to the Council. */
    dueOn: day.nullable().default(null),
  })
  .openapi('AddTaskConditionInput');
export type AddConditionInput = z.infer<typeof AddConditionInput>;

export const ReportDeliveredInput = z
  .strictObject({ version, deliveredOn: day })
  .openapi('ReportDeliveredInput');
export type ReportDeliveredInput = z.infer<typeof ReportDeliveredInput>;

export const AddBenchmarkInput = z.strictObject({ title: text(500) }).openapi('AddBenchmarkInput');
export type AddBenchmarkInput = z.infer<typeof AddBenchmarkInput>;

export const AddIndicatorInput = z
  .strictObject({
    name: text(300),
    unit: text(60),
    baseline: z.number().finite(),
    baselinePeriod: month,
    target: z.number().finite(),
    targetPeriod: month,
    direction: z.enum(directions),
    source: z.enum(indicatorSources).default('manual'),
    /** incidents_per_month: which incidents are counted. */
    category: z.enum(incidentCategories).optional(),
    adminArea: z.string().trim().min(1).max(200).optional(),
    /** Who enters the values (manual); the creator when absent. */
    owner: z.string().trim().min(1).max(100).optional(),
  })
  .openapi('AddIndicatorInput');
export type AddIndicatorInput = z.infer<typeof AddIndicatorInput>;

export const IndicatorValueInput = z
  .strictObject({ value: z.number().finite() })
  .openapi('IndicatorValueInput');

export const TaskStatusInput = z
  .strictObject({
    version,
    to: z.enum(taskStatuses).exclude(['planned']),
    /** The day it happened; today when absent. */
    on: day.optional(),
  })
  .openapi('TaskStatusInput');
export type TaskStatusInput = z.infer<typeof TaskStatusInput>;

export const AddMilestoneInput = z
  .strictObject({ name: text(200) })
  .openapi('AddStartupMilestoneInput');
export type AddMilestoneInput = z.infer<typeof AddMilestoneInput>;

export const MilestoneDoneInput = z
  .strictObject({ version, doneOn: day })
  .openapi('MilestoneDoneInput');
export type MilestoneDoneInput = z.infer<typeof MilestoneDoneInput>;

/** D6: headquarters renews the standing start-up measures for six months, or lets them lapse. */
export const MeasuresInput = z
  .strictObject({ version, action: z.enum(['renew', 'lapse']), on: day.optional() })
  .openapi('StartupMeasuresInput');
export type MeasuresInput = z.infer<typeof MeasuresInput>;

export const AddAssessmentInput = z
  .strictObject({
    kind: z.enum(assessmentKinds),
    title: text(300),
    conductedBy: text(200),
    conductedOn: day,
    findings: z.string().trim().max(10_000).default(''),
    recommendations: z.array(text(1_000)).max(50).default([]),
  })
  .openapi('AddAssessmentInput');
export type AddAssessmentInput = z.infer<typeof AddAssessmentInput>;

export const RecommendationStepInput = z
  .strictObject({
    version,
    to: z.enum(recommendationStatuses).exclude(['open']),
    /** The day it was decided or implemented; today when absent. */
    on: day.optional(),
    reason: z.string().trim().max(2_000).default(''),
  })
  .openapi('RecommendationStepInput');
export type RecommendationStepInput = z.infer<typeof RecommendationStepInput>;

export const AddTransitionInput = z
  .strictObject({
    partner: text(300),
    /** A benchmark of the mandate the hand-over waits on. */
    benchmarkId: z.string().min(1).max(64).nullable().default(null),
  })
  .openapi('AddTransitionInput');
export type AddTransitionInput = z.infer<typeof AddTransitionInput>;

export const TransitionStepInput = z
  .strictObject({
    version,
    to: z.enum(transitionStatuses).exclude(['planned']),
    on: day.optional(),
    note: z.string().trim().max(1_000).default(''),
  })
  .openapi('TransitionStepInput');
export type TransitionStepInput = z.infer<typeof TransitionStepInput>;

export const MandateQuery = z.object({ missionId: z.string().min(1).max(64).optional() });

export const PeriodParams = z.object({ id: z.string().min(1).max(64), period: month });

const Indicator = z.object({
  id: z.string(),
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  baselinePeriod: z.string(),
  target: z.number(),
  targetPeriod: z.string(),
  direction: z.enum(directions),
  source: z.string(),
  owner: z.string(),
  values: z.array(z.object({ period: z.string(), value: z.number() })),
  state: z.enum(indicatorStates),
  /** Where the straight way from the baseline to the target stands this month. */
  expected: z.number(),
  met: z.boolean(),
});

const Condition = z.object({
  id: z.string(),
  kind: z.enum(conditionKinds),
  benchmarkId: z.string().nullable(),
  description: z.string(),
  dueOn: z.string().nullable(),
  metOn: z.string().nullable(),
  /** Whether it holds today. */
  holds: z.boolean(),
  /** A report back past its due day, not delivered. */
  overdue: z.boolean(),
  version: z.number().int(),
});

/** D1: why a task may not start, as a code and what it names (mandate.rules.ts `WaitReason`). */
export const WaitReason = z.object({
  code: z.enum(['status', 'before_adoption', 'after_expiry', 'no_conditions', 'condition']),
  status: z.string().optional(),
  date: z.string().optional(),
  phase: z.number().int().optional(),
  condition: z.string().optional(),
  day: z.string().optional(),
});

const Task = z.object({
  id: z.string(),
  code: z.string(),
  title: z.string(),
  area: z.enum(taskAreas),
  phase: z.number().int(),
  status: z.enum(taskStatuses),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  conditions: z.array(Condition),
  benchmarks: z.array(
    z.object({
      id: z.string(),
      title: z.string(),
      reached: z.boolean(),
      indicators: z.array(Indicator),
    }),
  ),
  /** Why it may not start today (the first condition that does not hold), or null; in English. */
  waitingOn: z.string().nullable(),
  /** The same reason as a code and what it names, for the pages and reports in every language. */
  waiting: WaitReason.nullable(),
  /** D4: the national partner taking it over, and how far it has. */
  transition: z
    .object({
      id: z.string(),
      partner: z.string(),
      benchmarkId: z.string().nullable(),
      status: z.enum(transitionStatuses),
      handedOverOn: z.string().nullable(),
      note: z.string(),
      version: z.number().int(),
    })
    .nullable(),
  version: z.number().int(),
});

export const Mandate = z
  .object({
    id: z.string(),
    missionId: z.string(),
    resolution: z.string(),
    title: z.string(),
    adoptedOn: z.string(),
    expiresOn: z.string(),
    sequenced: z.boolean(),
    inForce: z.boolean(),
    /** D6: the start-up clocks. */
    startup: z.object({
      hq: z.object({
        state: z.enum(['running', 'due', 'overdue', 'met', 'late']),
        /** Functional from the 8th week … */
        from: z.string(),
        /** … and by the 12th. */
        by: z.string(),
        functionalOn: z.string().nullable(),
      }),
      measures: z.object({
        state: z.enum(['in_force', 'renewal_due', 'expired', 'lapsed']),
        until: z.string(),
        lapsedOn: z.string().nullable(),
      }),
      milestones: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          hqFunctional: z.boolean(),
          doneOn: z.string().nullable(),
          version: z.number().int(),
        }),
      ),
    }),
    tasks: z.array(Task),
    /** D3: when the next impact assessment is due. */
    nextAssessment: z.object({
      everyMonths: z.number().int(),
      dueOn: z.string(),
      overdue: z.boolean(),
    }),
    assessments: z.array(
      z.object({
        id: z.string(),
        kind: z.enum(assessmentKinds),
        title: z.string(),
        conductedBy: z.string(),
        conductedOn: z.string(),
        findings: z.string(),
        recommendations: z.array(
          z.object({
            id: z.string(),
            text: z.string(),
            status: z.enum(recommendationStatuses),
            reason: z.string(),
            decidedOn: z.string().nullable(),
            implementedOn: z.string().nullable(),
            version: z.number().int(),
          }),
        ),
      }),
    ),
    illustrative: z.boolean(),
    version: z.number().int(),
  })
  .openapi('Mandate');
export type Mandate = z.infer<typeof Mandate>;
