/** Memoranda of understanding (K6, ¶62). */
import { z } from '@hono/zod-openapi';
import { UnitRequirement } from './pledge.schema.js';

export const CreateMouInput = z
  .strictObject({
    reference: z.string().trim().min(2).max(100),
    pledgeId: z.string().min(1).max(64),
    requirementId: z.string().min(1).max(64),
    signedOn: z.iso.date(),
  })
  .openapi('CreateMouInput');
export type CreateMouInput = z.infer<typeof CreateMouInput>;

export const Mou = z
  .object({
    id: z.string(),
    reference: z.string(),
    contributor: z.string(),
    pledgeId: z.string(),
    signedOn: z.string(),
    /** The statement of unit requirements the MOU carries. */
    requirement: UnitRequirement,
  })
  .openapi('Mou');
export type Mou = z.infer<typeof Mou>;
