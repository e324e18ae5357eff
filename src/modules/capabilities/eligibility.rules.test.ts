/**
 * K4 (¶127): repeatedly listed States are not accepted; a listed State not implementing its action
 * plan is suspended; the rule is configuration and the answer names it.
 */
import { describe, expect, it } from 'vitest';
import { defaultEligibilityRule, eligibilityOf, type Listing } from './eligibility.rules.js';

const listed = (year: number, kind: Listing['kind'] = 'caac'): Listing => ({
  kind,
  year,
  parties: 'armed forces',
});
const options = { rule: defaultEligibilityRule, latestYear: 2025 };

describe('K4: repeatedly listed States are not accepted (¶127)', () => {
  it('listed in 2 of the last 3 years, in either report: not accepted, with the years', () => {
    const r = eligibilityOf(
      { listings: [listed(2023), listed(2025, 'crsv')], actionPlans: [] },
      options,
    );
    expect(r).toEqual({
      status: 'not_accepted',
      reasons: [
        {
          rule: 'repeatedly_listed',
          text: 'listed in 2 of the last 3 annual reports (2023, 2025); the rule excludes 2 or more',
        },
      ],
    });
  });

  it('two listings in one year count once; a listing older than the window does not count', () => {
    const r = eligibilityOf(
      {
        listings: [listed(2025), listed(2025, 'crsv'), listed(2021)],
        actionPlans: [
          { kind: 'caac', state: 'implemented' },
          { kind: 'crsv', state: 'implemented' },
        ],
      },
      options,
    );
    expect(r.status).toBe('eligible');
  });

  it('the rule is configuration: 3 of the last 5 years', () => {
    const listings = [listed(2021), listed(2023)];
    expect(
      eligibilityOf(
        { listings, actionPlans: [] },
        { rule: { listedTimes: 3, ofLastYears: 5 }, latestYear: 2025 },
      ).status,
    ).toBe('suspended');
    expect(
      eligibilityOf(
        { listings: [...listings, listed(2025)], actionPlans: [] },
        { rule: { listedTimes: 3, ofLastYears: 5 }, latestYear: 2025 },
      ).status,
    ).toBe('not_accepted');
  });
});

describe('K4: a listed State that does not implement its action plan is suspended (¶127)', () => {
  it('listed once without a plan, or not implementing it: suspended, saying which', () => {
    expect(eligibilityOf({ listings: [listed(2025)], actionPlans: [] }, options)).toEqual({
      status: 'suspended',
      reasons: [
        {
          rule: 'action_plan_not_implemented',
          text: 'listed in the 2025 report on children and armed conflict and without an action plan',
        },
      ],
    });
    expect(
      eligibilityOf(
        {
          listings: [listed(2024, 'crsv')],
          actionPlans: [{ kind: 'crsv', state: 'not_implemented' }],
        },
        options,
      ).reasons[0]!.text,
    ).toMatch(/conflict-related sexual violence and not implementing its action plan/);
  });

  it('listed once with a plan being implemented: eligible, the listing said; never listed: eligible, nothing to say', () => {
    expect(
      eligibilityOf(
        { listings: [listed(2025)], actionPlans: [{ kind: 'caac', state: 'implementing' }] },
        options,
      ),
    ).toMatchObject({
      status: 'eligible',
      reasons: [{ rule: 'listed_with_plan' }],
    });
    expect(eligibilityOf({ listings: [], actionPlans: [] }, options)).toEqual({
      status: 'eligible',
      reasons: [],
    });
  });
});
