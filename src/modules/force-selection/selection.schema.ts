/** Force selection (K5) and deployment tracking (K9, ¶76). */
import { z } from '@hono/zod-openapi';
import { missingKinds } from '../capabilities/certification.rules.js';
import { levels } from '../capabilities/readiness.rules.js';
import { UnitRequirement } from '../capabilities/pledge.schema.js';
import { divisions, stepKeys } from './deployment-steps.rules.js';
import { exclusionRules, factors } from './selection.rules.js';

export const UnitSummary = z
  .object({
    id: z.string(),
    contributor: z.string(),
    contributorName: z.string(),
    capability: z.string(),
    strength: z.number(),
    women: z.number(),
    level: z.enum(levels),
    availableFrom: z.string(),
  })
  .openapi('UnitSummary');
export type UnitSummary = z.infer<typeof UnitSummary>;

/** The explanation as a message key (under `selection.said.`) and its parameters. */
const Said = z.object({
  key: z.string(),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});

export const Exclusion = z.object({
  rule: z.enum(exclusionRules),
  text: z.string(),
  said: Said,
  details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  people: z
    .array(
      z.object({
        serviceNumber: z.string(),
        missing: z.array(z.enum(missingKinds)),
      }),
    )
    .optional(),
});

export const Shortlist = z
  .object({
    requirement: UnitRequirement,
    rule: z.object({ minimumLevel: z.enum(levels) }),
    asOf: z.string(),
    ranked: z.array(
      z.object({
        rank: z.number(),
        unit: UnitSummary,
        score: z.number(),
        factors: z.array(
          z.object({
            factor: z.enum(factors),
            points: z.number(),
            max: z.number(),
            text: z.string(),
            said: Said,
          }),
        ),
        notes: z.array(z.object({ text: z.string(), said: Said })),
      }),
    ),
    excluded: z.array(z.object({ unit: UnitSummary, rules: z.array(Exclusion) })),
    selection: z
      .object({
        id: z.string(),
        unitId: z.string(),
        selectedOn: z.string(),
        selectedBy: z.string(),
      })
      .nullable(),
  })
  .openapi('Shortlist');
export type Shortlist = z.infer<typeof Shortlist>;

export const ShortlistQuery = z.object({ minimumLevel: z.enum(levels).default('2') });

export const SelectInput = z
  .strictObject({
    unitId: z.string().min(1).max(64),
    /** The rule the shortlist was read with; the unit must be ranked under it. */
    minimumLevel: z.enum(levels).default('2'),
  })
  .openapi('SelectUnitInput');
export type SelectInput = z.infer<typeof SelectInput>;

export const Step = z.object({
  step: z.enum(stepKeys),
  owner: z.enum(divisions),
  label: z.string(),
  startedOn: z.string().nullable(),
  completedOn: z.string().nullable(),
  /** Days from start to completion; null until completed. */
  days: z.number().nullable(),
  note: z.string(),
  recordedBy: z.string().nullable(),
});

export const Tracking = z
  .object({
    id: z.string(),
    requirement: z.object({
      id: z.string(),
      reference: z.string(),
      missionId: z.string(),
      deadline: z.string(),
    }),
    unit: UnitSummary,
    selectedOn: z.string(),
    selectedBy: z.string(),
    steps: z.array(Step),
    completed: z.number(),
    /** Days from the requirement to the last completed step. */
    daysSoFar: z.number(),
    arrivedOn: z.string().nullable(),
    version: z.number(),
  })
  .openapi('DeploymentTracking');
export type Tracking = z.infer<typeof Tracking>;

export const StepParams = z.object({ id: z.string().min(1).max(64), step: z.enum(stepKeys) });

export const StepInput = z
  .strictObject({
    version: z.number().int().min(1),
    startedOn: z.iso.date(),
    completedOn: z.iso.date().nullable().default(null),
    note: z.string().trim().max(2_000).default(''),
  })
  .openapi('DeploymentStepInput');
export type StepInput = z.infer<typeof StepInput>;

export const DeploymentTimes = z
  .object({
    deployments: z.number(),
    steps: z.array(
      z.object({
        step: z.enum(stepKeys),
        owner: z.enum(divisions),
        label: z.string(),
        deployments: z.number(),
        medianDays: z.number().nullable(),
      }),
    ),
    divisions: z.array(
      z.object({
        owner: z.enum(divisions),
        deployments: z.number(),
        medianDays: z.number().nullable(),
      }),
    ),
  })
  .openapi('DeploymentTimes');
export type DeploymentTimes = z.infer<typeof DeploymentTimes>;
