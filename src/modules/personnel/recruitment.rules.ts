/**
 * P1 (¶76) and P2 (¶81): a civilian recruitment through its steps, and where the days go. Pure.
 *
 * A recruitment opens on the day its post was advertised or the roster was searched; each step is
 * dated on the day it was done, in order, never before the step before it: a step's days run from
 * the step before it to its own date, so the days of the steps add up to the recruitment's days
 * (opened to arrival). National staff (national professional officers, general service, community
 * liaison officers) need no visa and no travel to the duty station: those steps are not theirs.
 * ¶76 measures rostered civilian staff: 180 days on average, 120 of them for reference checks,
 * medical clearance and travel — the steps from the offer to arrival here.
 */
import { DomainError } from '../../core/errors.js';

export const recruitmentCategories = [
  'international',
  'national_professional',
  'national_general_service',
  'un_volunteer',
  'community_liaison',
] as const;
export type RecruitmentCategory = (typeof recruitmentCategories)[number];

export const nationalCategories: ReadonlySet<RecruitmentCategory> = new Set([
  'national_professional',
  'national_general_service',
  'community_liaison',
]);

/** How the candidate was found: the post advertised, or the roster of cleared candidates. */
export const recruitmentSources = ['roster', 'advertised'] as const;
export type RecruitmentSource = (typeof recruitmentSources)[number];

/** The steps after the opening, in order. */
export const recruitmentSteps = [
  'selection',
  'offer',
  'reference_checks',
  'medical_clearance',
  'security_clearance',
  'visa',
  'travel',
  'arrival',
] as const;
export type RecruitmentStep = (typeof recruitmentSteps)[number];

/** ¶76: the steps it counts as "reference checks, medical clearance and travel to the duty station". */
export const afterOfferSteps: readonly RecruitmentStep[] = [
  'reference_checks',
  'medical_clearance',
  'security_clearance',
  'visa',
  'travel',
  'arrival',
];

/** ¶76's figures for rostered civilian staff. */
export const paragraph76 = { totalDays: 180, afterOfferDays: 120 } as const;

/** The steps a category goes through. */
export function stepsOf(category: RecruitmentCategory): readonly RecruitmentStep[] {
  return nationalCategories.has(category) ? nationalSteps : recruitmentSteps;
}
const nationalSteps = recruitmentSteps.filter((s) => s !== 'visa' && s !== 'travel');

export interface RecruitmentDates {
  category: RecruitmentCategory;
  openedOn: string;
  steps: Partial<Record<RecruitmentStep, string>>;
  withdrawnOn: string | null;
}

/** The next step to be done, or null once arrived or withdrawn. */
export function nextStep(r: RecruitmentDates): RecruitmentStep | null {
  if (r.withdrawnOn) return null;
  return stepsOf(r.category).find((s) => r.steps[s] === undefined) ?? null;
}

/** The date of the step before `step` (the opening for the first). */
function previousDate(r: RecruitmentDates, step: RecruitmentStep): string {
  const own = stepsOf(r.category);
  const i = own.indexOf(step);
  return i <= 0 ? r.openedOn : r.steps[own[i - 1]!]!;
}

/** Day numbers of ISO days, remembered (a pipeline of 20,000 recruitments has a few thousand days). */
const dayNumbers = new Map<string, number>();
function dayNumber(day: string): number {
  let n = dayNumbers.get(day);
  if (n === undefined) {
    n = Math.round(Date.parse(`${day}T00:00:00Z`) / 86_400_000);
    if (dayNumbers.size < 100_000) dayNumbers.set(day, n);
  }
  return n;
}
const daysBetween = (from: string, to: string) => dayNumber(to) - dayNumber(from);

const refuse = (path: string, message: string) =>
  new DomainError('validation_failed', `${path}: ${message}`, [{ path, message }]);

/**
 * P1: a step is recorded in its turn, dated on or after the step before it.
 * @throws invalid_state (withdrawn, arrived, not this step's turn, not a step of the category),
 *   validation_failed naming `on` (before the step before it)
 */
export function assertStep(r: RecruitmentDates, step: RecruitmentStep, on: string): void {
  if (r.withdrawnOn)
    throw new DomainError('invalid_state', `the recruitment was withdrawn on ${r.withdrawnOn}`);
  if (!stepsOf(r.category).includes(step))
    throw new DomainError(
      'invalid_state',
      `${step}: not a step of a ${r.category} recruitment (national staff need no visa and no travel)`,
    );
  const next = nextStep(r);
  if (next === null) throw new DomainError('invalid_state', 'the recruit has arrived');
  if (step !== next)
    throw new DomainError(
      'invalid_state',
      r.steps[step]
        ? `${step} was recorded on ${r.steps[step]}`
        : `${step} comes after ${next}, which is not recorded yet: steps are recorded in order`,
    );
  const before = previousDate(r, step);
  if (on < before)
    throw refuse('on', `${on} is before the step before it (${before}): steps are dated in order`);
}

/** Days per step done (from the step before), in the category's order. */
export function daysPerStep(r: RecruitmentDates): Partial<Record<RecruitmentStep, number>> {
  const days: Partial<Record<RecruitmentStep, number>> = {};
  let from = r.openedOn;
  for (const step of stepsOf(r.category)) {
    const on = r.steps[step];
    if (on === undefined) break;
    days[step] = daysBetween(from, on);
    from = on;
  }
  return days;
}

/** The step waited on today and for how many days, or null when arrived or withdrawn. */
export function waiting(
  r: RecruitmentDates,
  today: string,
): { step: RecruitmentStep; days: number } | null {
  const step = nextStep(r);
  if (step === null) return null;
  return { step, days: Math.max(0, daysBetween(previousDate(r, step), today)) };
}

export interface Spread {
  /** How many values. */
  n: number;
  median: number | null;
  p90: number | null;
  mean: number | null;
}

/** A quantile by linear interpolation between closest ranks (R's type 7, numpy's default). */
function quantile(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const hi = Math.ceil(h);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

/** Median, 90th percentile and mean of a list of days (nulls when empty). */
export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { n: 0, median: null, p90: null, mean: null };
  const sorted = [...values].sort((a, b) => a - b);
  return {
    n: sorted.length,
    median: round1(quantile(sorted, 0.5)),
    p90: round1(quantile(sorted, 0.9)),
    mean: round1(sorted.reduce((a, b) => a + b, 0) / sorted.length),
  };
}

export interface PipelineGroup {
  recruitments: number;
  arrived: number;
  withdrawn: number;
  /** Days of each step over the recruitments that did it. */
  steps: Record<RecruitmentStep, Spread>;
  /** Opened to arrival, over the arrived. */
  total: Spread;
  /** Offer to arrival (¶76's 120 days), over the arrived. */
  afterOffer: Spread;
  /** The recruitments in progress by the step they wait on, with the days waited so far. */
  waiting: Record<RecruitmentStep, Spread>;
}

/** What one recruitment adds to the pipeline, worked out once. */
export interface RecruitmentFacts {
  days: Partial<Record<RecruitmentStep, number>>;
  /** Opened to arrival and offer to arrival, once arrived. */
  total: number | null;
  afterOffer: number | null;
  waiting: { step: RecruitmentStep; days: number } | null;
  withdrawn: boolean;
}

export function factsOf(r: RecruitmentDates, today: string): RecruitmentFacts {
  const arrivedOn = r.steps.arrival;
  return {
    days: daysPerStep(r),
    total: arrivedOn === undefined ? null : daysBetween(r.openedOn, arrivedOn),
    afterOffer: arrivedOn === undefined ? null : daysBetween(r.steps.offer!, arrivedOn),
    waiting: waiting(r, today),
    withdrawn: r.withdrawnOn !== null,
  };
}

/** P1: where the days go, for a group of recruitments' facts. */
export function pipelineOfFacts(fs: readonly RecruitmentFacts[]): PipelineGroup {
  const perStep = Object.fromEntries(recruitmentSteps.map((s) => [s, [] as number[]]));
  const waited = Object.fromEntries(recruitmentSteps.map((s) => [s, [] as number[]]));
  const total: number[] = [];
  const afterOffer: number[] = [];
  let withdrawn = 0;
  for (const f of fs) {
    for (const step of recruitmentSteps) {
      const d = f.days[step];
      if (d !== undefined) perStep[step]!.push(d);
    }
    if (f.withdrawn) withdrawn += 1;
    if (f.total !== null) total.push(f.total);
    if (f.afterOffer !== null) afterOffer.push(f.afterOffer);
    if (f.waiting) waited[f.waiting.step]!.push(f.waiting.days);
  }
  const spreads = (m: Record<string, number[]>) =>
    Object.fromEntries(recruitmentSteps.map((s) => [s, spread(m[s]!)])) as Record<
      RecruitmentStep,
      Spread
    >;
  return {
    recruitments: fs.length,
    arrived: total.length,
    withdrawn,
    steps: spreads(perStep),
    total: spread(total),
    afterOffer: spread(afterOffer),
    waiting: spreads(waited),
  };
}

/** P1: where the days go, for a group of recruitments. */
export function pipelineOf(rs: readonly RecruitmentDates[], today: string): PipelineGroup {
  return pipelineOfFacts(rs.map((r) => factsOf(r, today)));
}

/** A period of the standing start-up and crisis measures (D6), both days in force. */
export interface MeasuresPeriod {
  from: string;
  to: string;
}

/**
 * P2 (¶81): a recruitment is fast-tracked only when it opened while the mission's standing
 * start-up and crisis measures were in force.
 * @throws invalid_state naming the periods in force, or that there were none
 */
export function assertFastTrack(openedOn: string, periods: readonly MeasuresPeriod[]): void {
  if (periods.some((p) => p.from <= openedOn && openedOn <= p.to)) return;
  const when =
    periods.length === 0
      ? 'the mission has had none recorded (mandates, D6)'
      : `they were in force ${periods.map((p) => `${p.from} to ${p.to}`).join(', ')}`;
  throw new DomainError(
    'invalid_state',
    `fastTrack: the recruitment opened on ${openedOn}, outside the mission's standing start-up and crisis measures (¶81): ${when}`,
    [{ path: 'fastTrack', message: `opened on ${openedOn}, outside the measures` }],
  );
}
