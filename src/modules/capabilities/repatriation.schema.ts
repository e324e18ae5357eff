/** A deployed unit's repatriation (issue 16): the sanction that changes what a unit is. */
import { z } from '@hono/zod-openapi';

export const repatriationBases = [
  'conduct_pattern',
  'conduct_non_response',
  'order_refusal',
  'eligibility',
] as const;
export type RepatriationBasis = (typeof repatriationBases)[number];

export const repatriationStatuses = [
  'decision_required',
  'retained',
  'ordered',
  'completed',
] as const;
export type RepatriationStatus = (typeof repatriationStatuses)[number];

/** The paragraph each basis rests on. */
export const paragraphOf: Record<RepatriationBasis, string> = {
  conduct_pattern: '¶120',
  conduct_non_response: '¶120',
  order_refusal: '¶98',
  eligibility: '¶127',
};

/** Days a unit has to leave once its repatriation is ordered, unless the decision says otherwise. */
export const defaultLeaveDays = 90;

export const UnitRepatriation = z
  .object({
    id: z.string(),
    unitId: z.string(),
    capability: z.string(),
    contributor: z.string(),
    contributorName: z.string(),
    missionId: z.string(),
    mission: z.string(),
    deployedOn: z.string(),
    basis: z.enum(repatriationBases),
    paragraph: z.string(),
    /** Why, in words: what raised it (never a case's subjects or victims). */
    explanation: z.string(),
    status: z.enum(repatriationStatuses),
    decidedOn: z.string().nullable(),
    decidedBy: z.string().nullable(),
    reason: z.string().nullable(),
    /** The day the unit is to have left the mission. */
    leaveBy: z.string().nullable(),
    /** Past leaveBy and not completed. */
    overdue: z.boolean(),
    completedOn: z.string().nullable(),
    createdAt: z.string(),
    version: z.number(),
  })
  .openapi('UnitRepatriation');
export type UnitRepatriation = z.infer<typeof UnitRepatriation>;

export const RepatriationQuery = z.object({
  status: z.enum(repatriationStatuses).optional(),
  unitId: z.string().max(64).optional(),
  contributor: z
    .string()
    .regex(/^[A-Za-z]{3}$/)
    .optional(),
});

const day = z.iso.date();

/** K4's flag: repatriate or retain the unit (headquarters). */
export const DecideFlagInput = z
  .strictObject({
    version: z.number().int().min(1),
    decision: z.enum(['repatriate', 'retain']),
    reason: z.string().trim().min(1).max(2_000),
    decidedOn: day,
    leaveBy: day.optional(),
  })
  .openapi('DecideUnitFlagInput');
export type DecideFlagInput = z.infer<typeof DecideFlagInput>;

/** The unit has left the mission (headquarters). */
export const CompleteRepatriationInput = z
  .strictObject({ version: z.number().int().min(1), completedOn: day })
  .openapi('CompleteRepatriationInput');
export type CompleteRepatriationInput = z.infer<typeof CompleteRepatriationInput>;
