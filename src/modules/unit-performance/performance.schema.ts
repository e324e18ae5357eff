/** Unit performance in mission (K7, ¶97) and refusals to follow orders (K8, ¶98). */
import { z } from '@hono/zod-openapi';
import { ratings } from './assessment.rules.js';
import { refusalStatuses } from './refusal.rules.js';

const day = z.iso.date();
const text = (max: number) => z.string().trim().min(2).max(max);

export const AssessInput = z
  .strictObject({
    assessedOn: day,
    assessor: text(200),
    standards: z
      .array(
        z.strictObject({
          standard: text(200),
          rating: z.enum(ratings),
          evidence: z.string().trim().max(2_000).default(''),
        }),
      )
      .min(1)
      .max(30),
    /** When the remedial plan is due; by default 30 days (a standard not met) or 90 (partially met). */
    remedialDue: day.nullable().default(null),
  })
  .openapi('UnitAssessmentInput');
export type AssessInput = z.infer<typeof AssessInput>;

export const planOutcomes = ['remedied', 'not_remedied'] as const;
export const RemedialPlan = z
  .object({
    id: z.string(),
    unitId: z.string(),
    contributor: z.string(),
    missionId: z.string(),
    deficiencies: z.array(z.string()),
    dueOn: z.string(),
    status: z.enum(['open', 'overdue', ...planOutcomes]),
    closedOn: z.string().nullable(),
    note: z.string().nullable(),
    closedBy: z.string().nullable(),
    version: z.number(),
  })
  .openapi('RemedialPlan');
export type RemedialPlan = z.infer<typeof RemedialPlan>;

export const Assessment = z
  .object({
    id: z.string(),
    unitId: z.string(),
    missionId: z.string(),
    assessedOn: z.string(),
    assessor: z.string(),
    standards: z.array(
      z.object({ standard: z.string(), rating: z.enum(ratings), evidence: z.string() }),
    ),
    /** Mean rating, 1 (does not meet) to 4 (exceeds). */
    score: z.number(),
    result: z.enum(['satisfactory', 'needs_improvement', 'unsatisfactory']),
    remedialPlan: RemedialPlan.nullable(),
    recordedBy: z.string(),
  })
  .openapi('UnitAssessment');
export type Assessment = z.infer<typeof Assessment>;

export const ClosePlanInput = z
  .strictObject({
    version: z.number().int().min(1),
    closedOn: day,
    outcome: z.enum(planOutcomes),
    note: text(2_000),
  })
  .openapi('CloseRemedialPlanInput');
export type ClosePlanInput = z.infer<typeof ClosePlanInput>;

export const ContributorPerformance = z
  .object({
    contributor: z.string(),
    /** Per quarter, the mean of each unit's latest score in it. */
    trend: z.array(z.object({ quarter: z.string(), units: z.number(), score: z.number() })),
    units: z.array(
      z.object({
        unitId: z.string(),
        capability: z.string(),
        assessments: z.array(
          z.object({ assessedOn: z.string(), score: z.number(), result: z.string() }),
        ),
      }),
    ),
    plans: z.array(RemedialPlan),
  })
  .openapi('ContributorPerformance');
export type ContributorPerformance = z.infer<typeof ContributorPerformance>;

export const reporterRoles = ['force_commander', 'police_commissioner'] as const;

export const ReportRefusalInput = z
  .strictObject({
    occurredOn: day,
    reportedBy: z.enum(reporterRoles),
    order: text(2_000),
    whatHappened: text(4_000),
  })
  .openapi('ReportRefusalInput');
export type ReportRefusalInput = z.infer<typeof ReportRefusalInput>;

const version = z.number().int().min(1);
export const InformInput = z
  .strictObject({ version, informedAt: z.iso.datetime(), means: text(300) })
  .openapi('InformContributorInput');
export const RemedialDueInput = z
  .strictObject({ version, remedialDue: day })
  .openapi('RemedialDueInput');
export const RemedyInput = z
  .strictObject({ version, takenOn: day, action: text(2_000) })
  .openapi('RemedialActionInput');
export const DecideInput = z
  .strictObject({
    version,
    decidedOn: day,
    decision: z.enum(['repatriate', 'retain']),
    reason: text(2_000),
  })
  .openapi('RepatriationDecisionInput');
export type InformInput = z.infer<typeof InformInput>;
export type RemedialDueInput = z.infer<typeof RemedialDueInput>;
export type RemedyInput = z.infer<typeof RemedyInput>;
export type DecideInput = z.infer<typeof DecideInput>;

export const Refusal = z
  .object({
    id: z.string(),
    unitId: z.string(),
    contributor: z.string(),
    capability: z.string(),
    missionId: z.string(),
    occurredOn: z.string(),
    reportedAt: z.string(),
    reportedByRole: z.enum(reporterRoles),
    reportedBy: z.string(),
    order: z.string(),
    whatHappened: z.string(),
    informedAt: z.string().nullable(),
    informedBy: z.string().nullable(),
    means: z.string().nullable(),
    /** Hours from the report to informing the contributor; within 24 counts as immediately. */
    promptness: z.object({ hours: z.number(), immediate: z.boolean() }).nullable(),
    remedialDue: z.string().nullable(),
    remedialAction: z.string().nullable(),
    remedialOn: z.string().nullable(),
    decision: z.enum(['repatriate', 'retain']).nullable(),
    decisionReason: z.string().nullable(),
    decidedBy: z.string().nullable(),
    decidedOn: z.string().nullable(),
    status: z.enum(refusalStatuses),
    next: z.string(),
    version: z.number(),
  })
  .openapi('OrderRefusal');
export type Refusal = z.infer<typeof Refusal>;

export const SummaryQuery = z.object({ from: day, to: day });
export const CouncilSummary = z
  .object({
    from: z.string(),
    to: z.string(),
    counts: z.record(z.string(), z.number()),
    items: z.array(Refusal),
  })
  .openapi('RefusalCouncilSummary');
export type CouncilSummary = z.infer<typeof CouncilSummary>;
