import { z } from '@hono/zod-openapi';

export const FollowUp = z
  .object({
    id: z.string(),
    incidentId: z.string(),
    missionId: z.string(),
    authority: z.string(),
    reference: z.string(),
    status: z.enum(['open', 'closed']),
    nextReviewOn: z.string(),
    overdue: z.boolean(),
    outcome: z.string().nullable(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    version: z.number().int(),
  })
  .openapi('FollowUp');
export type FollowUp = z.infer<typeof FollowUp>;

/** A review of the follow-up: who handles it on the host side, when to look again, or the outcome that closes it. */
export const UpdateFollowUpInput = z
  .strictObject({
    version: z.number().int().min(1),
    authority: z.string().trim().min(1).max(300).optional(),
    reference: z.string().trim().max(200).optional(),
    nextReviewOn: z.iso.date().optional(),
    outcome: z
      .string()
      .trim()
      .min(3)
      .max(5000)
      .optional()
      .describe('The investigation or prosecution outcome; recording it closes the follow-up (I1)'),
  })
  .openapi('UpdateFollowUpInput');
export type UpdateFollowUpInput = z.infer<typeof UpdateFollowUpInput>;

export const FollowUpList = z.object({ items: z.array(FollowUp) }).openapi('FollowUpList');
