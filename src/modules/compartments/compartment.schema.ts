import { z } from '@hono/zod-openapi';

export const Compartment = z
  .object({
    id: z.string(),
    missionId: z.string(),
    name: z.string(),
    description: z.string(),
    sensitive: z.boolean(),
    members: z.array(
      z.object({ userId: z.string(), username: z.string(), displayName: z.string() }),
    ),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .openapi('Compartment');
export type Compartment = z.infer<typeof Compartment>;

export const CreateCompartmentInput = z
  .strictObject({
    missionId: z.string().optional(),
    name: z.string().trim().min(2).max(120),
    description: z.string().trim().max(2000).default(''),
    sensitive: z.boolean().default(false),
  })
  .openapi('CreateCompartmentInput');
export type CreateCompartmentInput = z.infer<typeof CreateCompartmentInput>;

export const AddMemberInput = z
  .strictObject({ userId: z.string().min(1) })
  .openapi('AddCompartmentMemberInput');
export const CompartmentList = z.object({ items: z.array(Compartment) }).openapi('CompartmentList');
