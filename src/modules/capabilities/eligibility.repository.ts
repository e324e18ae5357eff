/** Contributors' listings, action plans and the K4 rule: storage. No authorization. */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { ActionPlan, EligibilityRule, Listing } from './eligibility.rules.js';

export async function listingsOf(
  db: Kysely<Database>,
  contributors: readonly string[],
): Promise<
  Map<
    string,
    {
      listings: (Listing & { source: string })[];
      actionPlans: (ActionPlan & { signedOn: string | null })[];
    }
  >
> {
  const result = new Map<
    string,
    {
      listings: (Listing & { source: string })[];
      actionPlans: (ActionPlan & { signedOn: string | null })[];
    }
  >();
  if (contributors.length === 0) return result;
  for (const c of contributors) result.set(c, { listings: [], actionPlans: [] });
  const listings = await db
    .selectFrom('contributor_listings')
    .selectAll()
    .where('contributor', 'in', contributors)
    .orderBy('year')
    .orderBy('kind')
    .execute();
  for (const l of listings)
    result.get(l.contributor)!.listings.push({
      kind: l.kind as Listing['kind'],
      year: l.year,
      parties: l.parties,
      source: l.source,
    });
  const plans = await db
    .selectFrom('contributor_action_plans')
    .selectAll()
    .where('contributor', 'in', contributors)
    .orderBy('kind')
    .execute();
  for (const p of plans)
    result.get(p.contributor)!.actionPlans.push({
      kind: p.kind as ActionPlan['kind'],
      state: p.state as ActionPlan['state'],
      signedOn: p.signed_on,
    });
  return result;
}

export async function insertListing(
  db: Kysely<Database>,
  row: {
    id: string;
    contributor: string;
    kind: string;
    year: number;
    parties: string;
    source: string;
    at: string;
  },
): Promise<boolean> {
  const existing = await db
    .selectFrom('contributor_listings')
    .select('id')
    .where('contributor', '=', row.contributor)
    .where('kind', '=', row.kind)
    .where('year', '=', row.year)
    .executeTakeFirst();
  if (existing) return false;
  await db
    .insertInto('contributor_listings')
    .values({
      id: row.id,
      contributor: row.contributor,
      kind: row.kind,
      year: row.year,
      parties: row.parties,
      source: row.source,
      created_at: row.at,
    })
    .execute();
  return true;
}

export async function upsertActionPlan(
  db: Kysely<Database>,
  plan: { contributor: string; kind: string; state: string; signedOn: string | null; at: string },
): Promise<void> {
  await db
    .insertInto('contributor_action_plans')
    .values({
      contributor: plan.contributor,
      kind: plan.kind,
      state: plan.state,
      signed_on: plan.signedOn,
      updated_at: plan.at,
    })
    .onConflict((oc) =>
      oc.columns(['contributor', 'kind']).doUpdateSet({
        state: plan.state,
        signed_on: plan.signedOn,
        updated_at: plan.at,
      }),
    )
    .execute();
}

export async function ruleRow(db: Kysely<Database>): Promise<EligibilityRule | null> {
  const row = await db
    .selectFrom('eligibility_rules')
    .selectAll()
    .where('id', '=', 'k4')
    .executeTakeFirst();
  return row ? { listedTimes: row.listed_times, ofLastYears: row.of_last_years } : null;
}

export async function saveRule(
  db: Kysely<Database>,
  rule: EligibilityRule,
  at: string,
): Promise<void> {
  await db
    .insertInto('eligibility_rules')
    .values({
      id: 'k4',
      listed_times: rule.listedTimes,
      of_last_years: rule.ofLastYears,
      updated_at: at,
    })
    .onConflict((oc) =>
      oc.column('id').doUpdateSet({
        listed_times: rule.listedTimes,
        of_last_years: rule.ofLastYears,
        updated_at: at,
      }),
    )
    .execute();
}
