/**
 * K7 (¶97): a unit in mission is assessed against task-based standards, each rated on four steps.
 * The score is the mean rating (1–4). A standard rated below "meets" is a deficiency; any deficiency
 * opens a remedial plan with a due date — set by the assessor or, by default, 30 days after the
 * assessment when a standard is not met at all and 90 days when it is partially met. Pure.
 */
import { addDays } from '../../core/days.js';
import { DomainError } from '../../core/errors.js';

export const ratings = ['exceeds', 'meets', 'partially_meets', 'does_not_meet'] as const;
export type Rating = (typeof ratings)[number];
export const ratingValue: Readonly<Record<Rating, number>> = {
  exceeds: 4,
  meets: 3,
  partially_meets: 2,
  does_not_meet: 1,
};

export type Result = 'satisfactory' | 'needs_improvement' | 'unsatisfactory';
export interface Judgement {
  /** The mean rating, 1 (does not meet) to 4 (exceeds), to two decimals. */
  score: number;
  result: Result;
  /** The standards rated below "meets", as written. */
  deficiencies: string[];
  /** When the remedial plan is due; null when nothing is deficient. */
  remedialDue: string | null;
}

const defaultDueDays: Readonly<Record<Exclude<Result, 'satisfactory'>, number>> = {
  unsatisfactory: 30,
  needs_improvement: 90,
};

const invalid = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

function assertDistinct(standards: readonly { standard: string }[]): void {
  const seen = new Set<string>();
  standards.forEach((s, i) => {
    const key = s.standard.trim().toLowerCase();
    if (seen.has(key)) throw invalid(`standards[${i}]`, `"${key}" is assessed twice`);
    seen.add(key);
  });
}

/** @throws validation_failed (a standard twice, a due date out of place) */
export function judge(
  standards: readonly { standard: string; rating: Rating }[],
  when: { assessedOn: string; remedialDue: string | null },
): Judgement {
  assertDistinct(standards);
  const values = standards.map((s) => ratingValue[s.rating]);
  const score = Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100;
  const deficiencies = standards
    .filter((s) => ratingValue[s.rating] < ratingValue.meets)
    .map((s) => s.standard.trim());
  const result: Result =
    deficiencies.length === 0
      ? 'satisfactory'
      : values.includes(ratingValue.does_not_meet)
        ? 'unsatisfactory'
        : 'needs_improvement';
  if (result === 'satisfactory') {
    if (when.remedialDue !== null)
      throw invalid('remedialDue', 'no standard is deficient, so there is no remedial plan');
    return { score, result, deficiencies, remedialDue: null };
  }
  if (when.remedialDue !== null && when.remedialDue <= when.assessedOn)
    throw invalid('remedialDue', `must be after the assessment (${when.assessedOn})`);
  const remedialDue = when.remedialDue ?? addDays(when.assessedOn, defaultDueDays[result]);
  return { score, result, deficiencies, remedialDue };
}

export type PlanStatus = 'open' | 'overdue' | 'remedied' | 'not_remedied';
export function planStatus(
  plan: { dueOn: string; closedOn: string | null; outcome: 'remedied' | 'not_remedied' | null },
  today: string,
): PlanStatus {
  if (plan.closedOn !== null && plan.outcome !== null) return plan.outcome;
  return today > plan.dueOn ? 'overdue' : 'open';
}

export const quarterOf = (day: string) =>
  `${day.slice(0, 4)}-Q${Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1}`;

/** Per quarter, the mean of each unit's latest score in that quarter, oldest quarter first. */
export function contributorTrend(
  assessments: readonly { unitId: string; assessedOn: string; score: number }[],
): { quarter: string; units: number; score: number }[] {
  const latest = new Map<string, Map<string, { assessedOn: string; score: number }>>();
  for (const a of assessments) {
    const q = quarterOf(a.assessedOn);
    const units = latest.get(q) ?? new Map<string, { assessedOn: string; score: number }>();
    const held = units.get(a.unitId);
    if (!held || held.assessedOn <= a.assessedOn) units.set(a.unitId, a);
    latest.set(q, units);
  }
  return [...latest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([quarter, units]) => {
      const scores = [...units.values()].map((u) => u.score);
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      return { quarter, units: scores.length, score: Math.round(mean * 100) / 100 };
    });
}
