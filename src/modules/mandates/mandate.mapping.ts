/** D1, D2: a mandate's rows as the API answers them — each indicator's state, each benchmark reached or not, each task's conditions as of today. Private to the module. */
import { fromBool, fromJson } from '../../db/codecs.js';
import type {
  BenchmarkRow,
  ConditionRow,
  IndicatorRow,
  MandateRow,
  MilestoneRow,
  TaskRow,
} from './mandate.repository.js';
import type { Mandate } from './mandate.schema.js';
import type { AssessmentRow, RecommendationRow, TransitionRow } from './assessment.repository.js';
import { hqClock, measuresClock } from './startup.rules.js';
import {
  nextAssessment,
  type AssessmentKind,
  type RecommendationStatus,
  type TransitionStatus,
} from './assessment.rules.js';
import {
  waitMessage,
  whyNotStart,
  type WaitReason,
  indicatorStatus,
  type ConditionState,
  type Direction,
  type IndicatorValue,
  type TaskArea,
  type TaskStatus,
} from './mandate.rules.js';

export interface Contents {
  tasks: TaskRow[];
  conditions: ConditionRow[];
  benchmarks: BenchmarkRow[];
  indicators: IndicatorRow[];
  /** Every indicator's values, entered or computed, by indicator id. */
  values: Map<string, IndicatorValue[]>;
  milestones: MilestoneRow[];
  assessments: AssessmentRow[];
  recommendations: RecommendationRow[];
  transitions: TransitionRow[];
}

export const indicatorInput = (i: IndicatorRow, values: readonly IndicatorValue[]) => ({
  baseline: i.baseline,
  baselinePeriod: i.baseline_period,
  target: i.target,
  targetPeriod: i.target_period,
  direction: i.direction as Direction,
  values,
});

/** Whether each benchmark is reached as of `month` (YYYY-MM): every indicator meets its target. */
export function benchmarksReached(contents: Contents, month: string): Map<string, boolean> {
  const reached = new Map<string, boolean>();
  for (const b of contents.benchmarks) {
    const own = contents.indicators.filter((i) => i.benchmark_id === b.id);
    reached.set(
      b.id,
      own.length > 0 &&
        own.every(
          (i) => indicatorStatus(indicatorInput(i, contents.values.get(i.id) ?? []), month).met,
        ),
    );
  }
  return reached;
}

/** The conditions of a task as D1 judges them on `day`. */
export function conditionStates(contents: Contents, taskId: string, day: string): ConditionState[] {
  const reached = benchmarksReached(contents, day.slice(0, 7));
  return contents.conditions
    .filter((c) => c.task_id === taskId)
    .map((c) => ({
      id: c.id,
      kind: c.kind as ConditionState['kind'],
      description: c.description,
      benchmarkReached: c.benchmark_id ? reached.get(c.benchmark_id) === true : false,
      metOn: c.met_on,
    }));
}

/** Why the task may not start on `day`, or null when it may. */
function waitingOf(
  mandate: MandateRow,
  task: TaskRow,
  { conditions, day }: { conditions: ConditionState[]; day: string },
): WaitReason | null {
  if (task.status !== 'planned' && task.status !== 'suspended') return null;
  return whyNotStart({
    task: { phase: task.phase, status: task.status as TaskStatus },
    mandate: { adoptedOn: mandate.adopted_on, expiresOn: mandate.expires_on },
    conditions,
    day,
  });
}

export function mandateOf(mandate: MandateRow, contents: Contents, today: string): Mandate {
  const month = today.slice(0, 7);
  const reached = benchmarksReached(contents, month);
  return {
    id: mandate.id,
    missionId: mandate.mission_id,
    resolution: mandate.resolution,
    title: mandate.title,
    adoptedOn: mandate.adopted_on,
    expiresOn: mandate.expires_on,
    sequenced: fromBool(mandate.sequenced),
    inForce: mandate.adopted_on <= today && today <= mandate.expires_on,
    startup: startupOf(mandate, contents, today),
    ...assessmentsOf(mandate, contents, today),
    illustrative: fromBool(mandate.illustrative),
    version: mandate.version,
    tasks: contents.tasks
      .filter((t) => t.mandate_id === mandate.id)
      .map((task) => {
        const states = conditionStates(contents, task.id, today);
        const waiting = waitingOf(mandate, task, { conditions: states, day: today });
        return {
          id: task.id,
          code: task.code,
          title: task.title,
          area: task.area as TaskArea,
          phase: task.phase,
          status: task.status as TaskStatus,
          startedOn: task.started_on,
          completedOn: task.completed_on,
          version: task.version,
          transition: transitionOf(contents.transitions.find((x) => x.task_id === task.id)),
          waitingOn: waiting ? waitMessage(waiting) : null,
          waiting,
          conditions: contents.conditions
            .filter((c) => c.task_id === task.id)
            .map((c) => ({
              id: c.id,
              kind: c.kind as ConditionState['kind'],
              benchmarkId: c.benchmark_id,
              description: c.description,
              dueOn: c.due_on,
              metOn: c.met_on,
              holds:
                c.kind === 'benchmark_reached'
                  ? reached.get(c.benchmark_id ?? '') === true
                  : c.met_on !== null && c.met_on <= today,
              overdue: c.kind === 'report_back' && !c.met_on && !!c.due_on && c.due_on < today,
              version: c.version,
            })),
          benchmarks: contents.benchmarks
            .filter((b) => b.task_id === task.id)
            .map((b) => ({
              id: b.id,
              title: b.title,
              reached: reached.get(b.id) === true,
              indicators: contents.indicators
                .filter((i) => i.benchmark_id === b.id)
                .map((i) => {
                  const values = contents.values.get(i.id) ?? [];
                  const status = indicatorStatus(indicatorInput(i, values), month);
                  return {
                    id: i.id,
                    name: i.name,
                    unit: i.unit,
                    baseline: i.baseline,
                    baselinePeriod: i.baseline_period,
                    target: i.target,
                    targetPeriod: i.target_period,
                    direction: i.direction as Direction,
                    source: sourceLabel(i),
                    owner: i.owner,
                    values: [...values],
                    state: status.state,
                    expected: Math.round(status.expected * 100) / 100,
                    met: status.met,
                  };
                }),
            })),
        };
      }),
  };
}

/** "manual", or "incidents_per_month: violence_against_civilians, Haute-Kotto". */
function sourceLabel(i: IndicatorRow): string {
  if (i.source === 'manual') return 'manual';
  const params = fromJson<{ category?: string; adminArea?: string }>(i.source_params);
  const what = [params.category, params.adminArea].filter(Boolean).join(', ');
  return what ? `${i.source}: ${what}` : i.source;
}

/** D6: the mandate's start-up clocks and milestones as of `today`. */
function startupOf(mandate: MandateRow, contents: Contents, today: string): Mandate['startup'] {
  const milestones = contents.milestones.filter((m) => m.mandate_id === mandate.id);
  const functionalOn = milestones.find((m) => fromBool(m.hq_functional))?.done_on ?? null;
  const hq = hqClock(mandate.adopted_on, functionalOn, today);
  const measures = measuresClock(
    { until: mandate.measures_until, lapsedOn: mandate.measures_lapsed_on },
    today,
  );
  return {
    hq: { ...hq, functionalOn },
    measures: { ...measures, lapsedOn: mandate.measures_lapsed_on },
    milestones: milestones.map((m) => ({
      id: m.id,
      name: m.name,
      hqFunctional: fromBool(m.hq_functional),
      doneOn: m.done_on,
      version: m.version,
    })),
  };
}

function transitionOf(t: TransitionRow | undefined): Mandate['tasks'][number]['transition'] {
  if (!t) return null;
  return {
    id: t.id,
    partner: t.partner,
    benchmarkId: t.benchmark_id,
    status: t.status as TransitionStatus,
    handedOverOn: t.handed_over_on,
    note: t.note,
    version: t.version,
  };
}

/** D3: the mandate's assessments with their recommendations, and when the next is due. */
function assessmentsOf(
  mandate: MandateRow,
  contents: Contents,
  today: string,
): Pick<Mandate, 'assessments' | 'nextAssessment'> {
  const own = contents.assessments.filter((a) => a.mandate_id === mandate.id);
  const lastImpactOn = own.find((a) => a.kind === 'impact_assessment')?.conducted_on ?? null;
  return {
    nextAssessment: {
      everyMonths: mandate.assessment_every_months,
      ...nextAssessment(
        {
          adoptedOn: mandate.adopted_on,
          everyMonths: mandate.assessment_every_months,
          lastImpactOn,
        },
        today,
      ),
    },
    assessments: own.map((a) => ({
      id: a.id,
      kind: a.kind as AssessmentKind,
      title: a.title,
      conductedBy: a.conducted_by,
      conductedOn: a.conducted_on,
      findings: a.findings,
      recommendations: contents.recommendations
        .filter((r) => r.assessment_id === a.id)
        .map((r) => ({
          id: r.id,
          text: r.text,
          status: r.status as RecommendationStatus,
          reason: r.reason,
          decidedOn: r.decided_on,
          implementedOn: r.implemented_on,
          version: r.version,
        })),
    })),
  };
}
