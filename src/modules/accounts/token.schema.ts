import { z } from '@hono/zod-openapi';

export const ApiToken = z
  .object({
    id: z.string(),
    name: z.string(),
    prefix: z.string(),
    missionId: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string().nullable(),
    lastUsedAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');
export type ApiToken = z.infer<typeof ApiToken>;

export const CreateTokenInput = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    missionId: z.string().nullable().default(null),
    expiresInDays: z.number().int().min(1).max(366).nullable().default(90),
  })
  .openapi('CreateTokenInput');
export type CreateTokenInput = z.infer<typeof CreateTokenInput>;

export const CreatedToken = z
  .object({ token: z.string().describe('Shown once; store it now'), apiToken: ApiToken })
  .openapi('CreatedToken');
export const TokenList = z.object({ items: z.array(ApiToken) }).openapi('TokenList');
