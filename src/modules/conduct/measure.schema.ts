import type { SettingBounds } from '../../core/settings.js';
import { z } from '@hono/zod-openapi';

export const measureKinds = [
  'administrative_leave_without_pay',
  'payment_suspension',
  'repatriation',
  /** A decision on sanctioning those who failed to act on an allegation (¶120). */
  'sanction',
] as const;
export type MeasureKind = (typeof measureKinds)[number];

/** What raised a decision: C3's pattern, a contributor's non-response, a failure to act (¶120). */
export const measureTriggers = ['pattern', 'non_response', 'failure_to_act'] as const;

/** Who failed to act (¶120: "including mission leadership and command authorities"). */
export const inactionRoles = [
  'contingent_commander',
  'police_commander',
  'mission_leadership',
  'other_command',
] as const;

/** The sanctions headquarters may decide on for a failure to act. */
export const inactionSanctions = [
  'repatriation_of_commander',
  'removal_from_post',
  'administrative_action',
  'referral_to_member_state',
] as const;

export const measureDecisions = [
  'repatriate',
  'not_repatriate',
  'sanction',
  'no_sanction',
] as const;

export const Measure = z
  .object({
    id: z.string(),
    missionId: z.string(),
    caseId: z.string().nullable(),
    caseReference: z.string().nullable(),
    kind: z.enum(measureKinds),
    /** What raised a decision; 'pattern' for the measures imposed on a case. */
    trigger: z.enum(measureTriggers),
    contributor: z.string().nullable(),
    unit: z.string().nullable(),
    /** The deployed unit a repatriation decision sent home (capabilities' unit repatriation). */
    unitId: z.string().nullable(),
    status: z.enum(['in_force', 'lifted', 'pending_decision', 'decided']),
    /**
     * The subject; for a pattern the number of credible allegations and the window; for a
     * non-response the day the answer was due; for a failure to act who, when and what.
     */
    basis: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    decision: z.enum(measureDecisions).nullable(),
    reason: z.string(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number(),
    /** For a repatriation decision waiting: the contributor's units deployed in the mission. */
    candidateUnits: z.array(
      z.object({
        id: z.string(),
        capability: z.string(),
        strength: z.number(),
        deployedOn: z.string(),
      }),
    ),
  })
  .openapi('ConductMeasure');
export type Measure = z.infer<typeof Measure>;

/** ¶120: leave without pay for staff; payment suspension for a contingent or formed police unit. */
export const ImposeMeasureInput = z
  .strictObject({
    // In the order the case page offers them: most subjects serve in contingents.
    kind: z.enum(['payment_suspension', 'administrative_leave_without_pay']),
    /** Which of the case's subjects (0-based, in the order the case lists them). */
    subject: z.number().int().min(0).max(99),
    reason: z.string().trim().min(1).max(2_000),
  })
  .openapi('ImposeMeasureInput');
export type ImposeMeasureInput = z.infer<typeof ImposeMeasureInput>;

export const LiftMeasureInput = z
  .strictObject({ version: z.number().int().min(1), reason: z.string().trim().min(1).max(2_000) })
  .openapi('LiftMeasureInput');

/**
 * Headquarters takes a raised decision: on a repatriation, repatriate (naming the deployed unit
 * it sends home, by `leaveBy` or in 90 days) or not; on a failure to act, a sanction or none.
 */
export const DecideMeasureInput = z
  .strictObject({
    version: z.number().int().min(1),
    decision: z.enum(measureDecisions),
    reason: z.string().trim().min(1).max(2_000),
    unitId: z.string().max(64).optional(),
    leaveBy: z.iso.date().optional(),
    sanction: z.enum(inactionSanctions).optional(),
  })
  .openapi('DecideMeasureInput');
export type DecideMeasureInput = z.infer<typeof DecideMeasureInput>;

/** A failure to act on an allegation, found by the conduct officer on a case (¶120). */
export const RecordFailureToActInput = z
  .strictObject({
    who: z.enum(inactionRoles),
    /** For a commander: the contingent's contributor and unit. */
    contributor: z.string().trim().min(2).max(100).nullable().default(null),
    unit: z.string().trim().max(200).nullable().default(null),
    /** The day those who should have acted knew of the allegation. */
    knownOn: z.iso.date(),
    /** What was not done — about the inaction, not the victims. */
    what: z.string().trim().min(1).max(2_000),
  })
  .openapi('RecordFailureToActInput');
export type RecordFailureToActInput = z.infer<typeof RecordFailureToActInput>;

/** The contributor answered: its national investigation officer appointed, or it will not investigate (¶120). */
export const ContributorResponseInput = z
  .strictObject({
    version: z.number().int().min(1),
    response: z.enum(['nio_appointed', 'declined_to_investigate']),
    respondedOn: z.iso.date(),
  })
  .openapi('ContributorResponseInput');
export type ContributorResponseInput = z.infer<typeof ContributorResponseInput>;

export const MeasureQuery = z.object({
  pendingDecisions: z.enum(['true', 'false']).optional(),
  contributor: z.string().max(100).optional(),
  caseId: z.string().max(64).optional(),
});
export const ReferralQuery = z.object({
  open: z.enum(['true', 'false']).optional(),
  caseId: z.string().max(64).optional(),
});

export const PatternRule = z
  .strictObject({
    allegations: z.number().int(),
    months: z.number().int(),
  })
  .openapi('ConductPatternRule');
export type PatternRule = z.infer<typeof PatternRule>;
/** The example of issue 4: two or more credible allegations against one contingent in 12 months. */
export const defaultPatternRule: PatternRule = { allegations: 2, months: 12 };

/**
 * ¶120's "demonstrated pattern" has no number in the report; the product reads it as two credible
 * allegations in 12 months, and a setting may only be stricter: fewer allegations, a longer window.
 */
export const patternRuleBounds: SettingBounds<PatternRule> = {
  allegations: { stricter: 'at_most', loosest: 2, limit: 1 },
  months: { stricter: 'at_least', loosest: 12, limit: 60 },
};

export const referralStatuses = [
  'referred',
  'under_investigation',
  'prosecuted',
  'convicted',
  'acquitted',
  'closed_without_action',
] as const;
/** A referral stays open — and on the list — until one of these. */
export const finalReferralStatuses: ReadonlySet<string> = new Set([
  'convicted',
  'acquitted',
  'closed_without_action',
]);

export const Referral = z
  .object({
    id: z.string(),
    caseId: z.string(),
    caseReference: z.string(),
    missionId: z.string(),
    authority: z.enum(['host_country', 'contributing_country']),
    country: z.string(),
    reference: z.string(),
    referredOn: z.string(),
    status: z.enum(referralStatuses),
    outcome: z.string(),
    nextReviewOn: z.string().nullable(),
    overdue: z.boolean(),
    version: z.number(),
  })
  .openapi('ConductReferral');
export type Referral = z.infer<typeof Referral>;

const day = z.iso.date();
export const CreateReferralInput = z
  .strictObject({
    // In the order the case page offers them: a contingent's member is referred to its country.
    authority: z.enum(['contributing_country', 'host_country']),
    country: z.string().trim().min(2).max(100),
    reference: z.string().trim().max(200).default(''),
    referredOn: day,
    nextReviewOn: day,
  })
  .openapi('CreateReferralInput');
export type CreateReferralInput = z.infer<typeof CreateReferralInput>;

export const UpdateReferralInput = z
  .strictObject({
    version: z.number().int().min(1),
    status: z.enum(referralStatuses),
    outcome: z.string().trim().max(2_000).default(''),
    nextReviewOn: day.nullable().optional(),
  })
  .openapi('UpdateReferralInput');
export type UpdateReferralInput = z.infer<typeof UpdateReferralInput>;
