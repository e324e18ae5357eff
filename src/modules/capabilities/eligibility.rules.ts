/**
 * K4 (¶127): States repeatedly listed in the Secretary-General's annual reports on children and
 * armed conflict (CAAC) and on conflict-related sexual violence (CRSV) are not accepted; a listed
 * State that does not implement its action plan is suspended. The rule ("listed in 2 of the last 3
 * years") is configuration; the answer always says which rule applied and on what record. Pure.
 */
import type { SettingBounds } from '../../core/settings.js';
export const reportKinds = ['caac', 'crsv'] as const;
export type ReportKind = (typeof reportKinds)[number];
export const actionPlanStates = [
  'none',
  'signed',
  'implementing',
  'implemented',
  'not_implemented',
] as const;
export type ActionPlanState = (typeof actionPlanStates)[number];

export interface EligibilityRule {
  /** Not accepted when listed in at least this many of … */
  listedTimes: number;
  /** … the last this many report years. */
  ofLastYears: number;
}
export const defaultEligibilityRule: EligibilityRule = { listedTimes: 2, ofLastYears: 3 };

/**
 * ¶127's "repeatedly listed": listed twice at least, read as twice in the last three reports. A
 * setting may only be stricter (issue 16): listed fewer times, or over more years.
 */
export const eligibilityRuleBounds: SettingBounds<EligibilityRule> = {
  listedTimes: { stricter: 'at_most', loosest: 2, limit: 1 },
  ofLastYears: { stricter: 'at_least', loosest: 3, limit: 20 },
};

export interface Listing {
  kind: ReportKind;
  /** The year of the annual report. */
  year: number;
  parties: string;
}
export interface ActionPlan {
  kind: ReportKind;
  state: ActionPlanState;
}

export interface Eligibility {
  status: 'eligible' | 'not_accepted' | 'suspended';
  reasons: {
    rule: 'repeatedly_listed' | 'action_plan_not_implemented' | 'listed_with_plan';
    text: string;
  }[];
}

const label: Record<ReportKind, string> = {
  caac: 'children and armed conflict',
  crsv: 'conflict-related sexual violence',
};

/** A contributor's standing for the reports up to `latestYear`. */
export function eligibilityOf(
  record: { listings: readonly Listing[]; actionPlans: readonly ActionPlan[] },
  options: { rule: EligibilityRule; latestYear: number },
): Eligibility {
  const { rule, latestYear } = options;
  const window = record.listings.filter(
    (l) => l.year <= latestYear && l.year > latestYear - rule.ofLastYears,
  );
  const years = [...new Set(window.map((l) => l.year))].sort();
  if (years.length >= rule.listedTimes)
    return {
      status: 'not_accepted',
      reasons: [
        {
          rule: 'repeatedly_listed',
          text: `listed in ${years.length} of the last ${rule.ofLastYears} annual reports (${years.join(', ')}); the rule excludes ${rule.listedTimes} or more`,
        },
      ],
    };
  const reasons: Eligibility['reasons'] = [];
  let suspended = false;
  for (const kind of [...new Set(window.map((l) => l.kind))]) {
    const state = record.actionPlans.find((p) => p.kind === kind)?.state ?? 'none';
    const year = Math.max(...window.filter((l) => l.kind === kind).map((l) => l.year));
    if (state === 'implemented') continue;
    if (state === 'signed' || state === 'implementing')
      reasons.push({
        rule: 'listed_with_plan',
        text: `listed in the ${year} report on ${label[kind]}; its action plan is ${state}`,
      });
    else {
      suspended = true;
      reasons.push({
        rule: 'action_plan_not_implemented',
        text: `listed in the ${year} report on ${label[kind]} and ${state === 'none' ? 'without an action plan' : 'not implementing its action plan'}`,
      });
    }
  }
  return { status: suspended ? 'suspended' : 'eligible', reasons };
}
