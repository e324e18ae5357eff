/** A mission's bases: where its people are, for alert distances and the map. */
import { z } from '@hono/zod-openapi';

export const baseKinds = [
  'headquarters',
  'sector_headquarters',
  'company_base',
  'team_site',
  'police',
  'other',
] as const;

export const CreateBaseInput = z
  .strictObject({
    name: z.string().trim().min(2).max(200),
    kind: z.enum(baseKinds),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .openapi('CreateBaseInput');
export type CreateBaseInput = z.infer<typeof CreateBaseInput>;

export const Base = z
  .object({
    id: z.string(),
    missionId: z.string(),
    name: z.string(),
    kind: z.enum(baseKinds),
    latitude: z.number(),
    longitude: z.number(),
    source: z.string(),
  })
  .openapi('Base');
export type Base = z.infer<typeof Base>;
