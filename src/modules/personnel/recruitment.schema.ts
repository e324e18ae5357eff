/** P1, P2, P6: civilian recruitments, their steps, and where the days go. */
import { z } from '@hono/zod-openapi';
import {
  recruitmentCategories,
  recruitmentSources,
  recruitmentSteps,
} from './recruitment.rules.js';

const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const missionId = z.string().min(1).max(64).optional();

export const CreateRecruitmentInput = z
  .strictObject({
    missionId,
    /** The job opening or roster reference, unique in the mission. */
    reference: text(60),
    post: text(200),
    grade: text(20),
    category: z.enum(recruitmentCategories),
    source: z.enum(recruitmentSources),
    /** P2: under the standing start-up and crisis measures (¶81). */
    fastTrack: z.boolean().default(false),
    openedOn: day,
  })
  .openapi('CreateRecruitmentInput');
export type CreateRecruitmentInput = z.input<typeof CreateRecruitmentInput>;

export const RecordStepInput = z
  .strictObject({
    version: z.number().int().min(1),
    step: z.enum(recruitmentSteps),
    on: day,
    /** The candidate's name, given at selection (tier-1, encrypted). */
    candidate: text(200).optional(),
  })
  .openapi('RecordRecruitmentStepInput');
export type RecordStepInput = z.infer<typeof RecordStepInput>;

export const WithdrawInput = z
  .strictObject({ version: z.number().int().min(1), on: day, reason: text(500) })
  .openapi('WithdrawRecruitmentInput');
export type WithdrawInput = z.infer<typeof WithdrawInput>;

export const CivilianSeaTrainingInput = z
  .strictObject({ version: z.number().int().min(1), completedOn: day })
  .openapi('CivilianSeaTrainingInput');
export type CivilianSeaTrainingInput = z.infer<typeof CivilianSeaTrainingInput>;

export const RecruitmentQuery = z.object({
  missionId,
  category: z.enum(recruitmentCategories).optional(),
  state: z.enum(['in_progress', 'arrived', 'withdrawn']).optional(),
});

export const Recruitment = z
  .object({
    id: z.string(),
    missionId: z.string(),
    reference: z.string(),
    post: z.string(),
    grade: z.string(),
    category: z.enum(recruitmentCategories),
    source: z.enum(recruitmentSources),
    fastTrack: z.boolean(),
    /** Only to the human resources role (personnel:identify); null otherwise or before selection. */
    candidate: z.string().nullable(),
    openedOn: z.string(),
    steps: z.partialRecord(z.enum(recruitmentSteps), z.string()),
    /** Days of each step done, from the step before it. */
    days: z.partialRecord(z.enum(recruitmentSteps), z.number()),
    /** The step waited on and for how many days; null once arrived or withdrawn. */
    waiting: z.object({ step: z.enum(recruitmentSteps), days: z.number() }).nullable(),
    withdrawnOn: z.string().nullable(),
    withdrawnReason: z.string().nullable(),
    seaTrainingOn: z.string().nullable(),
    illustrative: z.boolean(),
    version: z.number(),
  })
  .openapi('Recruitment');
export type Recruitment = z.infer<typeof Recruitment>;

export const PipelineQuery = z.object({
  missionId,
  /** Recruitments opened on or after this day. */
  from: day.optional(),
  to: day.optional(),
});

const Spread = z.object({
  n: z.number(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
  mean: z.number().nullable(),
});
const perStep = z.object(Object.fromEntries(recruitmentSteps.map((s) => [s, Spread])));

export const PipelineGroup = z.object({
  category: z.enum(recruitmentCategories).or(z.literal('all')),
  track: z.enum(['regular', 'fast_track', 'all']),
  recruitments: z.number(),
  arrived: z.number(),
  withdrawn: z.number(),
  steps: perStep,
  total: Spread,
  afterOffer: Spread,
  waiting: perStep,
});

export const Pipeline = z
  .object({
    /** ¶76: 180 days on average, 120 of them for reference checks, medical clearance and travel. */
    standard: z.object({ totalDays: z.number(), afterOfferDays: z.number() }),
    steps: z.array(z.enum(recruitmentSteps)),
    groups: z.array(PipelineGroup),
    illustrative: z.number(),
  })
  .openapi('RecruitmentPipeline');
export type Pipeline = z.infer<typeof Pipeline>;
