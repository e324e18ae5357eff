import { z } from '@hono/zod-openapi';

const iso3 = z.string().regex(/^[A-Z]{3}$/, 'ISO 3166-1 alpha-3 code, e.g. CAF');
const isoDate = z.iso.date();

export const Mission = z
  .object({
    id: z.string(),
    acronym: z.string(),
    name: z.string(),
    hostCountries: z.array(z.string()),
    mandateStart: z.string(),
    mandateEnd: z.string().nullable(),
    headquarters: z.object({ name: z.string(), latitude: z.number(), longitude: z.number() }),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Mission');
export type Mission = z.infer<typeof Mission>;

const Headquarters = z.strictObject({
  name: z.string().trim().min(1).max(200),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
});

export const CreateMissionInput = z
  .strictObject({
    acronym: z
      .string()
      .trim()
      .regex(/^[A-Z][A-Z0-9-]{1,19}$/, 'capital letters, digits or -, e.g. MINUSCA'),
    name: z.string().trim().min(3).max(300),
    hostCountries: z.array(iso3).min(1).max(20),
    mandateStart: isoDate,
    mandateEnd: isoDate.nullable().default(null),
    headquarters: Headquarters,
  })
  .refine((m) => m.mandateEnd === null || m.mandateEnd >= m.mandateStart, {
    path: ['mandateEnd'],
    message: 'must not be before mandateStart',
  })
  .openapi('CreateMissionInput');
export type CreateMissionInput = z.infer<typeof CreateMissionInput>;

export const UpdateMissionInput = z
  .strictObject({
    version: z.number().int().min(1),
    name: z.string().trim().min(3).max(300).optional(),
    hostCountries: z.array(iso3).min(1).max(20).optional(),
    mandateStart: isoDate.optional(),
    mandateEnd: isoDate.nullable().optional(),
    headquarters: Headquarters.optional(),
  })
  .openapi('UpdateMissionInput');
export type UpdateMissionInput = z.infer<typeof UpdateMissionInput>;

export const MissionList = z.object({ items: z.array(Mission) }).openapi('MissionList');
