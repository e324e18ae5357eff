/**
 * K4 (¶127): contributors' record in the annual reports on children and armed conflict and on
 * conflict-related sexual violence, their action plans, and their standing under the configured
 * rule — always with the reason. The standing is for the reports up to the current year. Read with
 * capabilities:read; recorded with capabilities:write; every change audited.
 */
import { assertHeadquarters, assertStricter } from '../../core/settings.js';
import { DomainError, notFound } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import { toTimestamp } from '../../db/codecs.js';
import { inTransaction, type RequestContext } from '../../db/context.js';
import { audit } from '../audit/audit.service.js';
import { contributorMeasures } from '../conduct/contributor-measures.service.js';
import { countryByIso3 } from '../missions/countries.taxonomy.js';
import { ensureContributor } from './pledge.repository.js';
import { insertListing, listingsOf, saveRule, upsertActionPlan } from './eligibility.repository.js';
import { eligibilityOf, eligibilityRuleBounds, type EligibilityRule } from './eligibility.rules.js';
import { currentYear, eligibilityRule } from './eligibility-standing.service.js';
import { listRepatriations } from './repatriation.service.js';
import { flagUnitsOfIneligibleContributors } from './unit-flags.service.js';
import type {
  ContributorRecord,
  RecordListingInput,
  SetActionPlanInput,
} from './eligibility.schema.js';

async function contributorName(ctx: RequestContext, iso3: string): Promise<string> {
  const stored = await ctx.db
    .selectFrom('contributors')
    .select('name')
    .where('iso3', '=', iso3)
    .executeTakeFirst();
  if (stored) return stored.name;
  const country = countryByIso3(iso3);
  if (!country) throw notFound('Contributor');
  return country.name;
}

/** @throws forbidden, not_found (not a country) */
export async function getContributorRecord(
  ctx: RequestContext,
  iso3: string,
): Promise<ContributorRecord> {
  assertPermission(ctx.actor, 'capabilities:read');
  const code = iso3.toUpperCase();
  const name = await contributorName(ctx, code);
  const record = (await listingsOf(ctx.db, [code])).get(code)!;
  const rule = await eligibilityRule(ctx);
  const measures = await contributorMeasures(ctx, [code]);
  return {
    iso3: code,
    name,
    listings: record.listings,
    actionPlans: record.actionPlans,
    asOfYear: currentYear(ctx),
    eligibility: eligibilityOf(record, { rule, latestYear: currentYear(ctx) }),
    conductMeasures: measures.get(code) ?? [],
    // Issue 16: what sanctions did to its units, on the contributor's record.
    repatriations: await listRepatriations(ctx, { contributor: code }),
  };
}

/** @throws forbidden, not_found (not a country), conflict (already recorded) */
export async function recordListing(
  ctx: RequestContext,
  iso3: string,
  input: RecordListingInput,
): Promise<ContributorRecord> {
  assertPermission(ctx.actor, 'capabilities:write');
  const code = iso3.toUpperCase();
  return inTransaction(ctx, async (tx) => {
    const at = toTimestamp(tx.clock.now());
    await ensureContributor(tx.db, { iso3: code, name: await contributorName(tx, code), at });
    const added = await insertListing(tx.db, {
      id: tx.ids.newId(),
      contributor: code,
      ...input,
      at,
    });
    if (!added)
      throw new DomainError(
        'conflict',
        `${code} is already recorded in the ${input.year} ${input.kind} report`,
        [{ path: 'year', message: 'already recorded' }],
      );
    await audit(tx, {
      action: 'capabilities.contributor.listing',
      recordType: 'contributor',
      recordId: code,
      change: input,
    });
    await flagUnitsOfIneligibleContributors(tx);
    return getContributorRecord(tx, code);
  });
}

/** @throws forbidden, not_found (not a country) */
export async function setActionPlan(
  ctx: RequestContext,
  target: { iso3: string; kind: 'caac' | 'crsv' },
  input: SetActionPlanInput,
): Promise<ContributorRecord> {
  assertPermission(ctx.actor, 'capabilities:write');
  const code = target.iso3.toUpperCase();
  return inTransaction(ctx, async (tx) => {
    const at = toTimestamp(tx.clock.now());
    await ensureContributor(tx.db, { iso3: code, name: await contributorName(tx, code), at });
    await upsertActionPlan(tx.db, {
      contributor: code,
      kind: target.kind,
      state: input.state,
      signedOn: input.signedOn,
      at,
    });
    await audit(tx, {
      action: 'capabilities.contributor.action-plan',
      recordType: 'contributor',
      recordId: code,
      change: { kind: target.kind, ...input },
    });
    await flagUnitsOfIneligibleContributors(tx);
    return getContributorRecord(tx, code);
  });
}

/** @throws forbidden */
export async function getEligibilityRule(ctx: RequestContext): Promise<EligibilityRule> {
  assertPermission(ctx.actor, 'capabilities:read');
  return eligibilityRule(ctx);
}

/** Headquarters only, and only stricter than ¶127's reading. @throws forbidden, validation_failed */
export async function setEligibilityRule(
  ctx: RequestContext,
  rule: EligibilityRule,
): Promise<EligibilityRule> {
  assertPermission(ctx.actor, 'capabilities:write');
  assertHeadquarters(ctx.actor, 'the eligibility rule (K4, ¶127)');
  assertStricter(rule, eligibilityRuleBounds, 'the rule of ¶127');
  return inTransaction(ctx, async (tx) => {
    const before = await eligibilityRule(tx);
    await saveRule(tx.db, rule, toTimestamp(tx.clock.now()));
    await audit(tx, {
      action: 'capabilities.eligibility-rule.set',
      change: { from: before, to: rule },
    });
    await flagUnitsOfIneligibleContributors(tx);
    return rule;
  });
}
