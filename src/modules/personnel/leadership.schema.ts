/** P3, P4: leadership appointments, the share of women, senior manager compacts. */
import { z } from '@hono/zod-openapi';
import {
  assessmentOutcomes,
  compactRatings,
  genders,
  leadershipPosts,
  renewalBearings,
} from './leadership.rules.js';

const day = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const HumanRightsAssessment = z.strictObject({
  assessedOn: day,
  assessedBy: text(200),
  outcome: z.enum(assessmentOutcomes),
});

export const CreateAppointmentInput = z
  .strictObject({
    missionId: z.string().min(1).max(64).optional(),
    post: z.enum(leadershipPosts),
    appointee: text(200),
    gender: z.enum(genders),
    nationality: z
      .string()
      .regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3, e.g. SEN')
      .meta({ example: 'SEN' }),
    appointedOn: day,
    endedOn: day.nullable().optional(),
    /** ¶113: required; refused without it (P3). Optional here so the refusal names it. */
    humanRightsAssessment: HumanRightsAssessment.optional(),
    /** Where the record comes from: a press release, an HR file. */
    source: text(500),
  })
  .openapi('CreateAppointmentInput');
export type CreateAppointmentInput = z.infer<typeof CreateAppointmentInput>;

export const EndAppointmentInput = z
  .strictObject({ version: z.number().int().min(1), endedOn: day })
  .openapi('EndAppointmentInput');
export type EndAppointmentInput = z.infer<typeof EndAppointmentInput>;

export const Appointment = z
  .object({
    id: z.string(),
    missionId: z.string(),
    post: z.enum(leadershipPosts),
    appointee: z.string(),
    gender: z.enum(genders),
    nationality: z.string(),
    appointedOn: z.string(),
    endedOn: z.string().nullable(),
    /** Null only for an appointment before the report (2 September 2015). */
    humanRightsAssessment: z
      .object({
        assessedOn: z.string(),
        assessedBy: z.string(),
        outcome: z.enum(assessmentOutcomes),
      })
      .nullable(),
    source: z.string(),
    illustrative: z.boolean(),
    version: z.number(),
  })
  .openapi('LeadershipAppointment');
export type Appointment = z.infer<typeof Appointment>;

export const WomenInLeadership = z
  .object({
    /** ¶114, per cent: heads and deputy heads of mission in 2015. */
    baseline2015: z.partialRecord(z.enum(leadershipPosts), z.number()),
    rows: z.array(
      z.object({
        year: z.number(),
        on: z.string(),
        post: z.enum(leadershipPosts),
        inOffice: z.number(),
        women: z.number(),
        share: z.number().nullable(),
      }),
    ),
  })
  .openapi('WomenInLeadership');
export type WomenInLeadership = z.infer<typeof WomenInLeadership>;

export const CreateCompactInput = z
  .strictObject({
    year: z.number().int().min(2000).max(2100),
    objectives: z.array(text(1000)).min(1).max(30),
  })
  .openapi('CreateCompactInput');
export type CreateCompactInput = z.infer<typeof CreateCompactInput>;

export const AssessCompactInput = z
  .strictObject({
    version: z.number().int().min(1),
    assessedOn: day,
    rating: z.enum(compactRatings),
    assessment: text(10_000),
  })
  .openapi('AssessCompactInput');
export type AssessCompactInput = z.infer<typeof AssessCompactInput>;

export const CompactRenewalInput = z
  .strictObject({
    version: z.number().int().min(1),
    bearing: z.enum(renewalBearings),
    note: text(2000),
  })
  .openapi('CompactRenewalInput');
export type CompactRenewalInput = z.infer<typeof CompactRenewalInput>;

export const Compact = z
  .object({
    id: z.string(),
    appointmentId: z.string(),
    missionId: z.string(),
    year: z.number(),
    objectives: z.array(z.string()),
    assessedOn: z.string().nullable(),
    rating: z.enum(compactRatings).nullable(),
    assessment: z.string().nullable(),
    renewalBearing: z.enum(renewalBearings).nullable(),
    renewalNote: z.string().nullable(),
    version: z.number(),
  })
  .openapi('SeniorManagerCompact');
export type Compact = z.infer<typeof Compact>;
