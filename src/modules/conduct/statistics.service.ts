/**
 * Public statistics of allegations (C5, ¶122): counts by year, quarter (of the month reported),
 * mission, category, personnel category and nationality of uniformed personnel, and investigations
 * by entity with the share completed within six months. Every case counts, whatever its
 * compartment, but only as a number: a count under 3 is written "<3" (S2), and a share is given
 * only when neither of its counts is suppressed. No identity, reference or date finer than the
 * month is read here.
 * F3: what is published is fixed — one table per dimension — and covers the months that have
 * ended: a case filed today shows next month, with the rest of its month, never at once in a total;
 * counts that would let a small one be worked out are withheld (statistics.publication.ts).
 */
import { createHash } from 'node:crypto';
import type { AppContext } from '../../db/context.js';
import { fromJson, fromTimestamp } from '../../db/codecs.js';
import { isIllustrative } from './case.rules.js';
import { acronymOf, missionNames } from '../missions/mission.service.js';
import { uniformedCategories, type PersonnelCategory } from './case.taxonomy.js';
import {
  countRows,
  publish,
  publishedTable,
  publishedTotal,
  type Publication,
  type PublishedValue,
} from './statistics.publication.js';

export const dimensions = [
  'year',
  'quarter',
  'mission',
  'nationality',
  'category',
  'personnel',
] as const;
export type Dimension = (typeof dimensions)[number];

/** Counts under this are shown as "<3". */
export const suppressionThreshold = 3;
/** "Within six months" for day counts: six months of 30.5 days. */
export const sixMonthsDays = 183;

export type Shown = number | '<3';
export const shown = (n: number): Shown => (n < suppressionThreshold ? '<3' : n);

export interface CaseFacts {
  /** YYYY-MM of the report. */
  month: string;
  year: string;
  quarter: string;
  mission: string;
  category: string;
  personnel: string[];
  nationalities: string[];
  entity: string | null;
  finding: string | null;
  days: number | null;
}

/** The last month published: the one before the clock's (statistics cover months that have ended). */
export function lastPublishedMonth(now: Date): string {
  const previous = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return previous.toISOString().slice(0, 7);
}

/** The facts of the months published: reported up to the end of the last month that has ended. */
export async function publishedFacts(ctx: AppContext): Promise<CaseFacts[]> {
  const last = lastPublishedMonth(ctx.clock.now());
  return (await caseFacts(ctx)).filter((f) => f.month <= last);
}

/** What the statistics read of every case: no identity, no reference, nothing finer than the month. */
export async function caseFacts(ctx: AppContext): Promise<CaseFacts[]> {
  const cases = await ctx.db
    .selectFrom('conduct_cases')
    .select([
      'id',
      'received_at',
      'category',
      'investigating_entity',
      'finding',
      'investigation_days',
      'status',
      'mission_id',
      'source_attributes',
    ])
    .execute()
    // The demo's illustrative cases are not allegations: they never enter a statistic.
    .then((rows) =>
      rows.filter(
        (r) =>
          !isIllustrative({
            attributes: r.source_attributes === null ? null : fromJson(r.source_attributes),
          }),
      ),
    );
  const subjects = await ctx.db
    .selectFrom('conduct_subjects')
    .select(['case_id', 'personnel_category', 'nationality'])
    .execute();
  const names = await missionNames(ctx, [...new Set(cases.map((c) => c.mission_id))]);
  const byCase = new Map<string, { personnel: Set<string>; nationalities: Set<string> }>();
  for (const s of subjects) {
    const entry = byCase.get(s.case_id) ?? { personnel: new Set(), nationalities: new Set() };
    entry.personnel.add(s.personnel_category);
    if (s.nationality && uniformedCategories.has(s.personnel_category as PersonnelCategory))
      entry.nationalities.add(s.nationality);
    byCase.set(s.case_id, entry);
  }
  return cases.map((c) => {
    const at = fromTimestamp(c.received_at);
    const year = String(at.getUTCFullYear());
    const entry = byCase.get(c.id);
    // Issue 16 (C5): an allegation closed at intake (found not to be SEA, or nothing to
    // investigate: closed without an investigating entity) names no nationality in public.
    const closedAtIntake = c.status === 'closed' && !c.investigating_entity;
    return {
      month: `${year}-${String(at.getUTCMonth() + 1).padStart(2, '0')}`,
      year,
      quarter: `${year}-Q${Math.floor(at.getUTCMonth() / 3) + 1}`,
      mission: acronymOf(names, c.mission_id),
      category: c.category,
      personnel: [...(entry?.personnel ?? [])].sort(),
      nationalities: closedAtIntake ? [] : [...(entry?.nationalities ?? [])].sort(),
      entity: c.investigating_entity,
      finding: c.finding,
      days: c.investigation_days,
    };
  });
}

export interface StatisticsRow {
  group: Record<string, string>;
  allegations: Shown;
}

/**
 * Allegations per group of one published table, groups in order, and the number of cases counted.
 * Small counts are "<3"; others "withheld" where they would give a small one away
 * (statistics.publication.ts). A breakdown by nationality covers uniformed personnel only
 * (civilians have none in the UN's table), so its total can be below the number of cases.
 */
export async function allegationStatistics(
  ctx: AppContext,
  by: readonly Dimension[],
): Promise<{
  /** The last month counted. */
  asOf: string;
  total: number | null;
  rows: { group: Record<string, string>; allegations: PublishedValue }[];
}> {
  const { publication, asOf } = await currentPublication(ctx);
  return {
    asOf,
    total: publishedTotal(publication),
    rows: publishedTable(publication, by),
  };
}

let cached: { key: string; publication: Publication } | null = null;

/**
 * Everything published as of the last month that has ended — the public page's tables and every
 * monthly table — as one publication (statistics.publication.ts). Worked out again only when the
 * facts or the month change (a fifth of a second on the UN's 753 allegations).
 */
export async function currentPublication(
  ctx: AppContext,
): Promise<{ publication: Publication; asOf: string; facts: CaseFacts[] }> {
  const asOf = lastPublishedMonth(ctx.clock.now());
  const facts = await publishedFacts(ctx);
  const key = createHash('sha256')
    .update(JSON.stringify([asOf, facts]))
    .digest('base64');
  if (cached?.key !== key) cached = { key, publication: publish(facts, asOf) };
  return { publication: cached.publication, asOf, facts };
}

/** Allegations per group of these cases, groups in order, small counts suppressed. */
export function countBy(facts: readonly CaseFacts[], by: readonly Dimension[]): StatisticsRow[] {
  return countRows(facts, by).map(({ values, n }) => ({
    group: Object.fromEntries(by.map((d, i) => [d, values[i]!])),
    allegations: shown(n),
  }));
}

export interface InvestigationRow {
  entity: string;
  completed: Shown;
  withinSixMonths: Shown;
  /** Share of completed investigations done within six months, 0–1; null when a count is suppressed. */
  shareWithinSixMonths: number | null;
  pending: Shown;
}

/** Investigations per entity: completed (with a length in days), within six months, still running. */
export async function investigationStatistics(ctx: AppContext): Promise<InvestigationRow[]> {
  return investigationsOf(await publishedFacts(ctx));
}

/** Investigations of these cases per entity, small counts suppressed. */
export function investigationsOf(facts: readonly CaseFacts[]): InvestigationRow[] {
  const per = new Map<string, { completed: number; within: number; pending: number }>();
  for (const f of facts) {
    if (!f.entity) continue;
    const entry = per.get(f.entity) ?? { completed: 0, within: 0, pending: 0 };
    // Completed: the investigation has its length in days; otherwise it is still running.
    if (f.days === null) entry.pending += 1;
    else {
      entry.completed += 1;
      if (f.days <= sixMonthsDays) entry.within += 1;
    }
    per.set(f.entity, entry);
  }
  return [...per.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([entity, e]) => ({
      entity,
      completed: shown(e.completed),
      withinSixMonths: shown(e.within),
      shareWithinSixMonths:
        e.completed >= suppressionThreshold && e.within >= suppressionThreshold
          ? Math.round((e.within / e.completed) * 1000) / 1000
          : null,
      pending: shown(e.pending),
    }));
}
