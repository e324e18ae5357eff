/** The high-risk situations list for Human Rights Up Front reviews (E3). */
import { z } from '@hono/zod-openapi';
import { evidenceKinds, reviewForums } from './high-risk.rules.js';

const day = z.iso.date();
const text = (max: number) => z.string().trim().min(2).max(max);

export const CreateSituationInput = z
  .strictObject({
    missionId: z.string().optional(),
    title: text(200),
    area: text(300),
    description: text(4_000),
    /** Username of the person who owns the follow-up. */
    owner: text(100),
    /** The first review; by default three months from today. */
    nextReviewOn: day.nullable().default(null),
  })
  .openapi('CreateHighRiskSituationInput');
export type CreateSituationInput = z.infer<typeof CreateSituationInput>;

export const EvidenceInput = z
  .strictObject({
    kind: z.enum(evidenceKinds),
    /** An incident's id; for a forecast, hotspot or alert, its key (e.g. "CAF 2026-04 p_sb25"). */
    reference: text(200),
    note: z.string().trim().max(1_000).default(''),
  })
  .openapi('HighRiskEvidenceInput');
export type EvidenceInput = z.infer<typeof EvidenceInput>;

export const ReviewInput = z
  .strictObject({
    version: z.number().int().min(1),
    reviewedOn: day,
    forum: z.enum(reviewForums),
    decision: text(4_000),
    followUp: text(2_000),
    followUpOn: day.nullable().default(null),
    /** By default three months after this review. */
    nextReviewOn: day.nullable().default(null),
  })
  .openapi('HighRiskReviewInput');
export type ReviewInput = z.infer<typeof ReviewInput>;

export const CloseInput = z
  .strictObject({ version: z.number().int().min(1), reason: text(2_000) })
  .openapi('CloseHighRiskSituationInput');
export type CloseInput = z.infer<typeof CloseInput>;

export const Situation = z
  .object({
    id: z.string(),
    missionId: z.string(),
    title: z.string(),
    area: z.string(),
    description: z.string(),
    owner: z.string(),
    status: z.enum(['open', 'closed']),
    /** due, overdue or closed, as of today. */
    review: z.enum(['due', 'overdue', 'closed']),
    nextReviewOn: z.string(),
    closedReason: z.string().nullable(),
    evidence: z.array(
      z.object({
        kind: z.enum(evidenceKinds),
        reference: z.string(),
        note: z.string(),
        addedBy: z.string(),
      }),
    ),
    /** Evidence the reader may not see (an incident in a compartment they are not in). */
    withheldEvidence: z.number(),
    reviews: z.array(
      z.object({
        reviewedOn: z.string(),
        forum: z.enum(reviewForums),
        decision: z.string(),
        followUp: z.string(),
        followUpOn: z.string().nullable(),
        nextReviewOn: z.string(),
        reviewedBy: z.string(),
      }),
    ),
    createdBy: z.string(),
    version: z.number(),
  })
  .openapi('HighRiskSituation');
export type Situation = z.infer<typeof Situation>;

export const SituationQuery = z.object({ overdue: z.enum(['true', 'false']).optional() });
