import { z } from '@hono/zod-openapi';

export const ContributionQuery = z.object({
  contributor: z
    .string()
    .regex(/^[A-Za-z]{3}$/, 'ISO 3166 alpha-3, e.g. RWA')
    .optional()
    .openapi({ example: 'RWA' }),
  mission: z.string().min(2).max(16).optional().openapi({ example: 'UNMISS' }),
});

export const ContributionMonth = z
  .object({
    month: z.string(),
    troops: z.number(),
    police: z.number(),
    experts: z.number(),
    total: z.number(),
    women: z.number(),
    shareOfWomen: z.number().nullable(),
  })
  .openapi('ContributionMonth');
export type ContributionMonth = z.infer<typeof ContributionMonth>;

export const Contributor = z.object({ iso3: z.string(), name: z.string() }).openapi('Contributor');
export type Contributor = z.infer<typeof Contributor>;
