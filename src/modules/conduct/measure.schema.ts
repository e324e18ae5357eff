import type { SettingBounds } from '../../core/settings.js';
import { z } from '@hono/zod-openapi';

export const measureKinds = [
  'administrative_leave_without_pay',
  'payment_suspension',
  'repatriation',
] as const;
export type MeasureKind = (typeof measureKinds)[number];

export const Measure = z
  .object({
    id: z.string(),
    missionId: z.string(),
    caseId: z.string().nullable(),
    caseReference: z.string().nullable(),
    kind: z.enum(measureKinds),
    contributor: z.string().nullable(),
    unit: z.string().nullable(),
    status: z.enum(['in_force', 'lifted', 'pending_decision', 'decided']),
    /** The subject, or for a pattern the number of credible allegations and the window. */
    basis: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
    decision: z.enum(['repatriate', 'not_repatriate']).nullable(),
    reason: z.string(),
    decidedAt: z.string().nullable(),
    createdAt: z.string(),
    version: z.number(),
  })
  .openapi('ConductMeasure');
export type Measure = z.infer<typeof Measure>;

/** ¶120: leave without pay for staff; payment suspension for a contingent or formed police unit. */
export const ImposeMeasureInput = z
  .strictObject({
    kind: z.enum(['administrative_leave_without_pay', 'payment_suspension']),
    /** Which of the case's subjects (0-based, in the order the case lists them). */
    subject: z.number().int().min(0).max(99),
    reason: z.string().trim().min(1).max(2_000),
  })
  .openapi('ImposeMeasureInput');
export type ImposeMeasureInput = z.infer<typeof ImposeMeasureInput>;

export const LiftMeasureInput = z
  .strictObject({ version: z.number().int().min(1), reason: z.string().trim().min(1).max(2_000) })
  .openapi('LiftMeasureInput');

export const DecideRepatriationInput = z
  .strictObject({
    version: z.number().int().min(1),
    decision: z.enum(['repatriate', 'not_repatriate']),
    reason: z.string().trim().min(1).max(2_000),
  })
  .openapi('DecideRepatriationInput');

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
    authority: z.enum(['host_country', 'contributing_country']),
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
