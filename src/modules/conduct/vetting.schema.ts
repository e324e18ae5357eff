/** Vetting (C8, ¶124): screening a candidate for deployment against earlier allegations. */
import { z } from '@hono/zod-openapi';
import { DateOfBirth, IdentityDocument } from './subject.schema.js';

export const screeningOutcomes = ['match', 'review', 'no_match'] as const;
export type ScreeningOutcome = (typeof screeningOutcomes)[number];
const agreements = ['same', 'close', 'unknown', 'different'] as const;

const iso3 = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'ISO 3166 alpha-3, e.g. SEN')
  .transform((v) => v.toUpperCase());

export const Candidate = z
  .strictObject({
    name: z.string().trim().min(2).max(300),
    /** Other names and spellings, e.g. the name in the script of the passport. */
    otherNames: z.array(z.string().trim().min(2).max(300)).max(10).default([]),
    dateOfBirth: DateOfBirth.nullable().default(null),
    nationality: iso3.nullable().default(null),
    document: IdentityDocument.nullable().default(null),
  })
  .openapi('VettingCandidate');
export type Candidate = z.infer<typeof Candidate>;

export const ScreenCandidateInput = z
  .strictObject({
    /** The mission the candidate would serve in; the caller's mission when left out. */
    missionId: z.string().optional(),
    /** What the screening is for: a post, a rotation, a selection. No names here. */
    reference: z.string().trim().min(2).max(200),
    candidate: Candidate,
  })
  .openapi('ScreenCandidateInput');
export type ScreenCandidateInput = z.infer<typeof ScreenCandidateInput>;

export const Ground = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('document'), agreement: z.enum(agreements) }),
    z.object({
      kind: z.literal('name'),
      score: z.number(),
      candidateName: z.string(),
      recordedName: z.string(),
    }),
    z.object({ kind: z.literal('date_of_birth'), agreement: z.enum(agreements) }),
    z.object({ kind: z.literal('nationality'), agreement: z.enum(agreements) }),
  ])
  .openapi('VettingGround');

export const ScreeningHit = z
  .object({
    caseId: z.string(),
    missionId: z.string(),
    caseReference: z.string(),
    /** Why the case counts: its finding is substantiated, or it is still pending. */
    standing: z.enum(['substantiated', 'pending']),
    verdict: z.enum(['match', 'review']),
    grounds: z.array(Ground),
  })
  .openapi('ScreeningHit');
export type ScreeningHit = z.infer<typeof ScreeningHit>;

export const ScreeningReview = z.object({
  outcome: z.enum(['match', 'no_match']),
  reason: z.string(),
  by: z.string(),
  at: z.string(),
});

export const Screening = z
  .object({
    id: z.string(),
    missionId: z.string(),
    reference: z.string(),
    candidate: Candidate,
    /** The answer: match, no_match, or review until someone settles it. */
    outcome: z.enum(screeningOutcomes),
    /** The hits the caller may see: those in cases the caller reaches. */
    hits: z.array(ScreeningHit),
    /** How many hits are in cases the caller does not reach: their reasons are withheld. */
    withheldHits: z.number(),
    review: ScreeningReview.nullable(),
    requestedBy: z.string(),
    requestedAt: z.string(),
    version: z.number(),
  })
  .openapi('Screening');
export type Screening = z.infer<typeof Screening>;

/** A screening in a list: no candidate, no hits. */
export const ScreeningSummary = Screening.pick({
  id: true,
  missionId: true,
  reference: true,
  outcome: true,
  requestedBy: true,
  requestedAt: true,
  version: true,
})
  .extend({ hitCount: z.number(), reviewOutcome: z.enum(['match', 'no_match']).nullable() })
  .openapi('ScreeningSummary');
export type ScreeningSummary = z.infer<typeof ScreeningSummary>;

export const ReviewScreeningInput = z
  .strictObject({
    version: z.number().int().min(1),
    outcome: z.enum(['match', 'no_match']),
    reason: z.string().trim().min(10).max(2_000),
  })
  .openapi('ReviewScreeningInput');
export type ReviewScreeningInput = z.infer<typeof ReviewScreeningInput>;

export const ScreeningQuery = z.object({
  outcome: z.enum(screeningOutcomes).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ScreeningQuery = z.infer<typeof ScreeningQuery>;
