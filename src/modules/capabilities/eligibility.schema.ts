/** Contributors' record in the annual reports and the K4 rule (¶127). */
import { z } from '@hono/zod-openapi';
import { actionPlanStates, reportKinds } from './eligibility.rules.js';
import { UnitRepatriation } from './repatriation.schema.js';

export const Eligibility = z
  .object({
    status: z.enum(['eligible', 'not_accepted', 'suspended']),
    reasons: z.array(
      z.object({
        rule: z.enum(['repeatedly_listed', 'action_plan_not_implemented', 'listed_with_plan']),
        text: z.string(),
      }),
    ),
  })
  .openapi('Eligibility');

export const ContributorRecord = z
  .object({
    iso3: z.string(),
    name: z.string(),
    listings: z.array(
      z.object({
        kind: z.enum(reportKinds),
        year: z.number(),
        parties: z.string(),
        source: z.string(),
      }),
    ),
    actionPlans: z.array(
      z.object({
        kind: z.enum(reportKinds),
        state: z.enum(actionPlanStates),
        signedOn: z.string().nullable(),
      }),
    ),
    /** Standing under the rule, for the reports up to this year. */
    asOfYear: z.number(),
    eligibility: Eligibility,
    /** Payment suspensions and repatriation decisions on its units, from conduct (C3, ¶120). */
    conductMeasures: z.array(
      z.object({
        kind: z.enum(['payment_suspension', 'repatriation']),
        mission: z.string(),
        unit: z.string().nullable(),
        status: z.string(),
        decision: z.string().nullable(),
        since: z.string(),
      }),
    ),
    /** Its units flagged, ordered home or repatriated, in the missions in view (issue 16). */
    repatriations: z.array(UnitRepatriation),
  })
  .openapi('ContributorRecord');
export type ContributorRecord = z.infer<typeof ContributorRecord>;

export const Iso3Param = z.object({ iso3: z.string().regex(/^[A-Za-z]{3}$/) });

export const RecordListingInput = z
  .strictObject({
    kind: z.enum(reportKinds),
    year: z.number().int().min(2000).max(2100),
    parties: z.string().trim().min(2).max(500),
    source: z.string().trim().min(2).max(100),
  })
  .openapi('RecordListingInput');
export type RecordListingInput = z.infer<typeof RecordListingInput>;

export const ActionPlanParam = Iso3Param.extend({ kind: z.enum(reportKinds) });
export const SetActionPlanInput = z
  .strictObject({
    state: z.enum(actionPlanStates),
    signedOn: z.iso.date().nullable().default(null),
  })
  .openapi('SetActionPlanInput');
export type SetActionPlanInput = z.infer<typeof SetActionPlanInput>;

export const EligibilityRuleSchema = z
  // Whole numbers; their range is the rule's (eligibilityRuleBounds), checked by the service so
  // that one answer names every value out of it (issue 16).
  .strictObject({
    listedTimes: z.number().int(),
    ofLastYears: z.number().int(),
  })
  .openapi('EligibilityRule');
