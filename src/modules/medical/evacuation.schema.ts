/**
 * M2: CASEVAC / MEDEVAC requests — the standard request's lines, the steps that follow and the
 * answer with its clock. No patient identity: a request counts patients, it does not name them.
 */
import { z } from '@hono/zod-openapi';
import { casualtyCategories } from './casualty.schema.js';
import { evacuationStatuses, precedences, stopReasons } from './evacuation.rules.js';
import { RoutePlan } from './facility.schema.js';

export const evacuationKinds = ['casevac', 'medevac'] as const;
/** Line 4 of the standard request. */
export const specialEquipment = ['hoist', 'extraction', 'ventilator', 'other'] as const;
/** Line 6: security at the pick-up site. */
export const pickupSecurity = [
  'no_enemy',
  'possible_enemy',
  'enemy_in_area',
  'armed_escort_required',
] as const;
/** Line 7: how the pick-up site is marked. */
export const siteMarking = ['panels', 'pyrotechnic', 'smoke', 'none', 'other'] as const;
/** Line 9: CBRN contamination. */
export const cbrnKinds = ['none', 'chemical', 'biological', 'radiological', 'nuclear'] as const;

const instant = z.iso.datetime({ offset: true });
const count = z.number().int().min(0).max(99);

export const PatientsByPrecedence = z.strictObject({
  urgent_surgical: count.default(0),
  urgent: count.default(0),
  priority: count.default(0),
  routine: count.default(0),
});
export type PatientsByPrecedence = z.infer<typeof PatientsByPrecedence>;

export const RequestEvacuationInput = z
  .strictObject({
    missionId: z.string().min(1).max(64).optional(),
    kind: z.enum(evacuationKinds).default('casevac'),
    incidentId: z.string().min(1).max(64).nullable().default(null),
    /** The casualties it carries, where recorded (medical officers only). */
    casualtyIds: z.array(z.string().min(1).max(64)).max(99).default([]),
    /** The earliest injury among the patients: the clock runs from it. */
    injuredAt: instant,
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
    /** Line 1's grid or place, as the caller says it. */
    pickupDescription: z.string().trim().max(200).default(''),
    patients: PatientsByPrecedence,
    specialEquipment: z.array(z.enum(specialEquipment)).max(4).default([]),
    security: z.enum(pickupSecurity),
    marking: z.enum(siteMarking).default('none'),
    nationality: z.array(z.enum(casualtyCategories)).min(1).max(6),
    cbrn: z.enum(cbrnKinds).default('none'),
    terrain: z.string().trim().max(200).default(''),
  })
  .openapi('RequestEvacuationInput');
export type RequestEvacuationInput = z.infer<typeof RequestEvacuationInput>;

export const EvacuationStepInput = z
  .strictObject({
    version: z.number().int().min(1),
    to: z.enum(evacuationStatuses).exclude(['requested']),
    /** When it happened; now when absent. Never before the step before it, never in the future. */
    at: instant.optional(),
    /** Tasking: the aircraft, the crew (call sign), the facility it flies to. */
    aircraftId: z.string().min(1).max(64).optional(),
    crew: z.string().trim().max(200).optional(),
    facilityId: z.string().min(1).max(64).optional(),
    /** Refused or aborted: why. */
    reason: z.enum(stopReasons).optional(),
    note: z.string().trim().max(1_000).optional(),
  })
  .openapi('EvacuationStepInput');
export type EvacuationStepInput = z.infer<typeof EvacuationStepInput>;

export const EvacuationQuery = z.object({
  missionId: z.string().min(1).max(64).optional(),
  /** open (the default): still running; ended: at the facility, refused or aborted. */
  state: z.enum(['open', 'ended', 'all']).default('open'),
});

const Clock = z.object({
  stepMinutes: z.record(z.string(), z.number()),
  elapsedMinutes: z.number(),
  arrivalDueAt: z.string(),
  minutesLeft: z.number().nullable(),
  verdict: z.enum(['in_time', 'late', 'not_evacuated']).nullable(),
});

export const Evacuation = z
  .object({
    id: z.string(),
    missionId: z.string(),
    reference: z.string(),
    kind: z.enum(evacuationKinds),
    incidentId: z.string().nullable(),
    casualtyIds: z.array(z.string()),
    injuredAt: z.string(),
    precedence: z.enum(precedences),
    patients: z.object({
      urgent_surgical: z.number(),
      urgent: z.number(),
      priority: z.number(),
      routine: z.number(),
    }),
    latitude: z.number(),
    longitude: z.number(),
    pickupDescription: z.string(),
    specialEquipment: z.array(z.enum(specialEquipment)),
    security: z.enum(pickupSecurity),
    marking: z.enum(siteMarking),
    nationality: z.array(z.enum(casualtyCategories)),
    cbrn: z.enum(cbrnKinds),
    terrain: z.string(),
    status: z.enum(evacuationStatuses),
    steps: z.array(z.object({ status: z.enum(evacuationStatuses), at: z.string() })),
    stopReason: z.enum(stopReasons).nullable(),
    stopNote: z.string(),
    aircraft: z.object({ id: z.string(), name: z.string() }).nullable(),
    crew: z.string(),
    facility: z.object({ id: z.string(), name: z.string() }).nullable(),
    /** The estimate made at tasking (M3), judged against the arrival target. */
    estimatedArrivalAt: z.string().nullable(),
    estimateVerdict: z.enum(['within', 'beyond']).nullable(),
    clock: Clock,
    /** The server's clock when answered, for the page's live clock. */
    now: z.string(),
    illustrative: z.boolean(),
    createdBy: z.string(),
    version: z.number().int(),
  })
  .openapi('Evacuation');
export type Evacuation = z.infer<typeof Evacuation>;

export const RequestedEvacuation = Evacuation.extend({
  /** The plan now (M3): where and by what it would go if tasked at once. */
  plan: RoutePlan,
}).openapi('RequestedEvacuation');
export type RequestedEvacuation = z.infer<typeof RequestedEvacuation>;
