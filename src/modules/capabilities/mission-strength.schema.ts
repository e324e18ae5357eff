import { z } from '@hono/zod-openapi';

const Strength = z.object({
  troops: z.number().nullable(),
  police: z.number().nullable(),
  observers: z.number().nullable(),
  /** The sum of the figures reported; null when none is. */
  total: z.number().nullable(),
});

export const StrengthMonth = z
  .object({
    month: z.string(),
    authorised: Strength,
    deployed: Strength,
    /** Authorised minus deployed, in total; null when either is unknown. */
    gap: z.number().nullable(),
  })
  .openapi('MissionStrengthMonth');
export type StrengthMonth = z.infer<typeof StrengthMonth>;

export const StrengthQuery = z.object({
  mission: z.string().min(2).max(20).openapi({ example: 'UNMISS' }),
});
