/** Pledges and their readiness (K1, ¶86–87); statements of unit requirements (K6, ¶62). */
import { z } from '@hono/zod-openapi';
import { Eligibility } from './eligibility.schema.js';
import { caveatTasks } from './caveat.rules.js';
import { levels } from './readiness.rules.js';

/** The capability catalogue of the Peacekeeping Capability Readiness System. */
export const capabilityTypes = [
  'infantry_battalion',
  'formed_police_unit',
  'level_1_hospital',
  'level_2_hospital',
  'engineering_company',
  'helicopter_unit',
  'signals_company',
  'special_forces_company',
  'riverine_company',
  'transport_company',
  'military_police_company',
  'logistics_unit',
] as const;

const day = z.iso.date();
const iso3 = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'ISO 3166 alpha-3, e.g. RWA')
  .transform((v) => v.toUpperCase());

const equipmentList = z
  .array(
    z.strictObject({
      item: z.string().trim().min(2).max(200),
      quantity: z.number().int().min(1),
    }),
  )
  .max(100)
  .default([]);

/** Tasks a requirement may name for caveats to be checked against: every caveat kind but "other". */
export const requiredTasks = caveatTasks.filter(
  (t): t is Exclude<(typeof caveatTasks)[number], 'other'> => t !== 'other',
);

export const CreatePledgeInput = z
  .strictObject({
    contributor: iso3,
    capability: z.enum(capabilityTypes),
    strength: z.number().int().min(1).max(20_000),
    women: z.number().int().min(0).max(20_000),
    majorEquipment: equipmentList,
    selfSustainment: z.array(z.string().trim().min(2).max(100)).max(50).default([]),
    availableFrom: day,
    availableUntil: day.nullable().default(null),
  })
  .refine((p) => p.women <= p.strength, { path: ['women'], message: 'cannot exceed the strength' })
  .refine((p) => p.availableUntil === null || p.availableUntil >= p.availableFrom, {
    path: ['availableUntil'],
    message: 'must not be before availableFrom',
  })
  .openapi('CreatePledgeInput');
export type CreatePledgeInput = z.infer<typeof CreatePledgeInput>;

/** The kinds of evidence a readiness level rests on (K1), in the order the pledge page offers them. */
export const evidenceKinds = ['assessment_visit', 'sur_alignment', 'rdl_verification'] as const;

export const Evidence = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('assessment_visit'),
      visitedOn: day,
      reportReference: z.string().trim().min(2).max(100),
      passed: z.boolean(),
    }),
    z.strictObject({
      kind: z.literal('sur_alignment'),
      requirementId: z.string().min(1).max(64),
      alignedOn: day,
    }),
    z.strictObject({
      kind: z.literal('rdl_verification'),
      verifiedOn: day,
      daysToDeploy: z.number().int().min(1).max(365),
      passed: z.boolean(),
    }),
  ])
  .openapi('ReadinessEvidence');

export const RecordEvidenceInput = z
  .strictObject({ version: z.number().int().min(1), evidence: Evidence })
  .openapi('RecordReadinessEvidenceInput');
export type RecordEvidenceInput = z.infer<typeof RecordEvidenceInput>;

export const PledgeEvent = z.object({
  at: z.string(),
  change: z.enum(['pledged', 'reached', 'renewed', 'kept', 'lost']),
  levelFrom: z.enum(levels).nullable(),
  levelTo: z.enum(levels),
  evidence: z.unknown().nullable(),
  reason: z.string(),
  actor: z.string(),
});

export const CaveatInput = z
  .strictObject({
    task: z.enum(caveatTasks),
    geography: z.string().trim().max(300).default(''),
    time: z.string().trim().max(300).default(''),
    conditions: z.string().trim().max(500).default(''),
    text: z.string().trim().min(5).max(2_000),
  })
  .openapi('CaveatInput');
export type CaveatInput = z.infer<typeof CaveatInput>;

export const Caveat = CaveatInput.extend({
  id: z.string(),
  declaredAt: z.string(),
  declaredBy: z.string(),
}).openapi('Caveat');

export const UnitIncident = z
  .object({ kind: z.string(), at: z.string(), by: z.string(), detail: z.unknown() })
  .openapi('UnitIncident');

export const DeployInput = z
  .strictObject({
    version: z.number().int().min(1),
    missionId: z.string().min(1).max(64),
    deployedOn: z.iso.date(),
  })
  .openapi('DeployUnitInput');
export type DeployInput = z.infer<typeof DeployInput>;

export const Pledge = z
  .object({
    id: z.string(),
    contributor: z.string(),
    contributorName: z.string(),
    capability: z.enum(capabilityTypes),
    strength: z.number(),
    women: z.number(),
    majorEquipment: z.array(z.object({ item: z.string(), quantity: z.number() })),
    selfSustainment: z.array(z.string()),
    availableFrom: z.string(),
    availableUntil: z.string().nullable(),
    /** The level that holds today: a level above 1 whose visit ran out counts as 1. */
    level: z.enum(levels),
    /** The level last recorded, when it differs because the visit ran out. */
    recordedLevel: z.enum(levels),
    visitValidUntil: z.string().nullable(),
    /** Set when the assessment visit has run out: the day it did. */
    visitExpiredOn: z.string().nullable(),
    history: z.array(PledgeEvent),
    /** The contributor's standing under K4 (¶127), with the reasons. */
    eligibility: Eligibility,
    /** National caveats (K2), frozen once deployed. */
    caveats: z.array(Caveat),
    deployment: z.object({ missionId: z.string(), deployedOn: z.string() }).nullable(),
    /** Incidents of the unit, e.g. a caveat refused after deployment. */
    incidents: z.array(UnitIncident),
    version: z.number(),
  })
  .openapi('Pledge');
export type Pledge = z.infer<typeof Pledge>;

export const PledgeQuery = z.object({
  contributor: z.string().optional(),
  capability: z.enum(capabilityTypes).optional(),
});

export const CreateRequirementInput = z
  .strictObject({
    missionId: z.string().optional(),
    reference: z.string().trim().min(2).max(100),
    capability: z.enum(capabilityTypes),
    strength: z.number().int().min(1).max(20_000),
    tasks: z.array(z.string().trim().min(2).max(200)).min(1).max(50),
    standards: z.array(z.string().trim().min(2).max(200)).max(50).default([]),
    location: z.string().trim().min(2).max(200),
    deadline: day,
    /** The tasks a national caveat may not restrict: a caveat on one of them excludes the unit (K5). */
    taskKinds: z.array(z.enum(requiredTasks)).max(requiredTasks.length).default([]),
    majorEquipment: equipmentList,
    selfSustainment: z.array(z.string().trim().min(2).max(100)).max(50).default([]),
  })
  .openapi('CreateUnitRequirementInput');
export type CreateRequirementInput = z.infer<typeof CreateRequirementInput>;

export const UnitRequirement = z
  .object({
    id: z.string(),
    missionId: z.string(),
    reference: z.string(),
    capability: z.enum(capabilityTypes),
    strength: z.number(),
    tasks: z.array(z.string()),
    standards: z.array(z.string()),
    location: z.string(),
    deadline: z.string(),
    taskKinds: z.array(z.enum(requiredTasks)),
    majorEquipment: z.array(z.object({ item: z.string(), quantity: z.number() })),
    selfSustainment: z.array(z.string()),
    /** The day the statement was recorded. */
    createdOn: z.string(),
    version: z.number(),
  })
  .openapi('UnitRequirement');
export type UnitRequirement = z.infer<typeof UnitRequirement>;

// Every kind of evidence the schema accepts is in the list the pages offer, and nothing else.
const _evidenceKindsComplete: Record<z.infer<typeof Evidence>['kind'], true> = {
  assessment_visit: true,
  sur_alignment: true,
  rdl_verification: true,
} satisfies Record<(typeof evidenceKinds)[number], true>;
void _evidenceKindsComplete;
