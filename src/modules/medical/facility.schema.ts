/** M3: facilities, aircraft and the route plan — what the API takes and answers. */
import { z } from '@hono/zod-openapi';
import { precedences } from './evacuation.rules.js';
import { facilityLevels, facilityStatuses } from './routing.rules.js';

const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);
const name = z.string().trim().min(2).max(120);

export const Facility = z
  .object({
    id: z.string(),
    missionId: z.string(),
    name: z.string(),
    level: z.enum(facilityLevels),
    status: z.enum(facilityStatuses),
    statusNote: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    operatedBy: z.string(),
    surgery: z.boolean(),
    blood: z.boolean(),
    beds: z.number().int(),
    icuBeds: z.number().int(),
    illustrative: z.boolean(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('MedicalFacility');
export type Facility = z.infer<typeof Facility>;

const facilityFields = {
  name,
  level: z.enum(facilityLevels),
  status: z.enum(facilityStatuses).default('operational'),
  statusNote: z.string().trim().max(500).default(''),
  latitude,
  longitude,
  operatedBy: z
    .string()
    .trim()
    .regex(/^([A-Z]{3}|UN)$/, 'a contributor’s ISO 3166-1 alpha-3 code, or UN')
    .default('UN'),
  surgery: z.boolean().default(false),
  blood: z.boolean().default(false),
  beds: z.number().int().min(0).max(10_000).default(0),
  icuBeds: z.number().int().min(0).max(1_000).default(0),
};

export const CreateFacilityInput = z
  .strictObject({ missionId: z.string().min(1).max(64).optional(), ...facilityFields })
  .openapi('CreateMedicalFacilityInput');
export type CreateFacilityInput = z.infer<typeof CreateFacilityInput>;

/** A change: the version read, then only the fields that change. */
export const UpdateFacilityInput = z
  .strictObject({
    version: z.number().int().min(1),
    name: name.optional(),
    level: z.enum(facilityLevels).optional(),
    status: z.enum(facilityStatuses).optional(),
    statusNote: z.string().trim().max(500).optional(),
    latitude: latitude.optional(),
    longitude: longitude.optional(),
    operatedBy: facilityFields.operatedBy.removeDefault().optional(),
    surgery: z.boolean().optional(),
    blood: z.boolean().optional(),
    beds: z.number().int().min(0).max(10_000).optional(),
    icuBeds: z.number().int().min(0).max(1_000).optional(),
  })
  .openapi('UpdateMedicalFacilityInput');
export type UpdateFacilityInput = z.infer<typeof UpdateFacilityInput>;

export const aircraftKinds = ['helicopter', 'fixed_wing'] as const;

export const Aircraft = z
  .object({
    id: z.string(),
    missionId: z.string(),
    name: z.string(),
    kind: z.enum(aircraftKinds),
    speedKmh: z.number().int(),
    nightCapable: z.boolean(),
    available: z.boolean(),
    baseName: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    illustrative: z.boolean(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('MedicalAircraft');
export type Aircraft = z.infer<typeof Aircraft>;

export const CreateAircraftInput = z
  .strictObject({
    missionId: z.string().min(1).max(64).optional(),
    name,
    kind: z.enum(aircraftKinds),
    speedKmh: z.number().int().min(50).max(1_000),
    nightCapable: z.boolean(),
    available: z.boolean().default(true),
    baseName: name,
    latitude,
    longitude,
  })
  .openapi('CreateMedicalAircraftInput');
export type CreateAircraftInput = z.infer<typeof CreateAircraftInput>;

export const UpdateAircraftInput = z
  .strictObject({
    version: z.number().int().min(1),
    available: z.boolean().optional(),
    nightCapable: z.boolean().optional(),
    speedKmh: z.number().int().min(50).max(1_000).optional(),
    baseName: name.optional(),
    latitude: latitude.optional(),
    longitude: longitude.optional(),
  })
  .openapi('UpdateMedicalAircraftInput');
export type UpdateAircraftInput = z.infer<typeof UpdateAircraftInput>;

export const MissionQuery = z.object({ missionId: z.string().min(1).max(64).optional() });

export const RoutePlanInput = z
  .strictObject({
    missionId: z.string().min(1).max(64).optional(),
    latitude,
    longitude,
    precedence: z.enum(precedences),
    injuredAt: z.iso.datetime({ offset: true }),
  })
  .openapi('RoutePlanInput');
export type RoutePlanInput = z.infer<typeof RoutePlanInput>;

export const RoutePlan = z
  .object({
    facility: z
      .object({ id: z.string(), name: z.string(), distanceKm: z.number(), degraded: z.boolean() })
      .nullable(),
    asset: z.object({ id: z.string(), name: z.string(), distanceKm: z.number() }).nullable(),
    estimatedMinutes: z.number().nullable(),
    estimatedArrivalAt: z.string().nullable(),
    arrivalDueAt: z.string(),
    verdict: z.enum(['within', 'beyond', 'none']),
    night: z.boolean(),
    reason: z.enum(['no_facility', 'no_asset', 'night_without_capable_asset']).nullable(),
  })
  .openapi('RoutePlan');
