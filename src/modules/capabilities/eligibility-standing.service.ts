/** K4 (¶127): contributors' standing under the rule in force, for the reports up to this year. Reads only. */
import { noLooser } from '../../core/settings.js';
import type { AppContext } from '../../db/context.js';
import { listingsOf, ruleRow } from './eligibility.repository.js';
import {
  defaultEligibilityRule,
  eligibilityOf,
  eligibilityRuleBounds,
  type Eligibility,
  type EligibilityRule,
} from './eligibility.rules.js';

export async function eligibilityRule(ctx: AppContext): Promise<EligibilityRule> {
  const stored = await ruleRow(ctx.db);
  return stored ? noLooser(stored, eligibilityRuleBounds) : defaultEligibilityRule;
}

export const currentYear = (ctx: AppContext) => ctx.clock.now().getUTCFullYear();

/** Standing of several contributors at once (pledge lists, force selection, K4 flags). */
export async function eligibilityOfContributors(
  ctx: AppContext,
  iso3s: readonly string[],
): Promise<Map<string, Eligibility>> {
  const rule = await eligibilityRule(ctx);
  const records = await listingsOf(ctx.db, [...new Set(iso3s)]);
  return new Map(
    [...records].map(([iso3, r]) => [
      iso3,
      eligibilityOf(r, { rule, latestYear: currentYear(ctx) }),
    ]),
  );
}
