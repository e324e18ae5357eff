/** M1, M6: casualties and their 10-1-2 steps — what the API takes and answers. */
import { z } from '@hono/zod-openapi';
import { precedences } from './evacuation.rules.js';
import { stepOutcomes, tenOneTwoSteps } from './ten-one-two.rules.js';

export const casualtyCategories = [
  'un_military',
  'un_police',
  'un_civilian',
  'host_security',
  'civilian',
  'other',
] as const;

const instant = z.iso.datetime({ offset: true });

const StepInput = z.strictObject({
  /** When the step began; absent while not given. */
  at: instant.nullable().default(null),
  /** The casualty did not need it. */
  notApplicable: z.boolean().default(false),
  /** Where it was given (not for first aid, given at the point of injury). */
  facilityId: z.string().min(1).max(64).nullable().default(null),
});

export const StepsInput = z.strictObject({
  first_aid: StepInput.omit({ facilityId: true }).default({ at: null, notApplicable: false }),
  resuscitation: StepInput.default({ at: null, notApplicable: false, facilityId: null }),
  surgery: StepInput.default({ at: null, notApplicable: false, facilityId: null }),
});

/** Tier 1 (M6): encrypted at rest, shown only in one casualty's read by a medical officer. */
export const PatientIdentity = z.strictObject({
  name: z.string().trim().min(1).max(200),
  serviceNumber: z.string().trim().max(100).default(''),
});

export const RecordCasualtyInput = z
  .strictObject({
    missionId: z.string().min(1).max(64).optional(),
    incidentId: z.string().min(1).max(64).nullable().default(null),
    injuredAt: instant,
    precedence: z.enum(precedences),
    category: z.enum(casualtyCategories),
    steps: StepsInput.default({
      first_aid: { at: null, notApplicable: false },
      resuscitation: { at: null, notApplicable: false, facilityId: null },
      surgery: { at: null, notApplicable: false, facilityId: null },
    }),
    identity: PatientIdentity.nullable().default(null),
    clinicalNotes: z.string().trim().max(5_000).default(''),
  })
  .openapi('RecordCasualtyInput');
export type RecordCasualtyInput = z.infer<typeof RecordCasualtyInput>;

export const UpdateStepsInput = z
  .strictObject({ version: z.number().int().min(1), steps: StepsInput })
  .openapi('UpdateCasualtyStepsInput');
export type UpdateStepsInput = z.infer<typeof UpdateStepsInput>;

const Step = z.object({
  at: z.string().nullable(),
  notApplicable: z.boolean(),
  facilityId: z.string().nullable(),
  outcome: z.enum(stepOutcomes),
  /** Minutes from the injury, when given. */
  minutes: z.number().nullable(),
  /** When the step had to begin by. */
  dueAt: z.string(),
});

export const CasualtySummary = z
  .object({
    id: z.string(),
    missionId: z.string(),
    reference: z.string(),
    incidentId: z.string().nullable(),
    injuredAt: z.string(),
    precedence: z.enum(precedences),
    category: z.enum(casualtyCategories),
    steps: z.object({ first_aid: Step, resuscitation: Step, surgery: Step }),
    illustrative: z.boolean(),
    version: z.number().int(),
  })
  .openapi('CasualtySummary');
export type CasualtySummary = z.infer<typeof CasualtySummary>;

export const Casualty = CasualtySummary.extend({
  identity: z.object({ name: z.string(), serviceNumber: z.string() }).nullable(),
  clinicalNotes: z.string(),
}).openapi('Casualty');
export type Casualty = z.infer<typeof Casualty>;

export const CasualtyQuery = z.object({
  missionId: z.string().min(1).max(64).optional(),
  /** Injured in this month (YYYY-MM); all when absent. */
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM')
    .optional(),
});

export const ComplianceQuery = CasualtyQuery.extend({
  by: z.enum(['mission', 'facility', 'month']).default('facility'),
});

export const ComplianceAnswer = z
  .object({
    by: z.enum(['mission', 'facility', 'month']),
    rows: z.array(
      z.object({
        key: z.string(),
        /** The facility's or mission's name, where the key is an id. */
        label: z.string(),
        step: z.enum(tenOneTwoSteps),
        met: z.number().int(),
        missed: z.number().int(),
        notApplicable: z.number().int(),
        notRecorded: z.number().int(),
        due: z.number().int(),
        compliance: z.number().nullable(),
      }),
    ),
  })
  .openapi('TenOneTwoCompliance');
export type ComplianceAnswer = z.infer<typeof ComplianceAnswer>;
