import { z } from '@hono/zod-openapi';

export const assistanceKinds = [
  'medical',
  'psychosocial',
  'legal',
  'livelihood',
  'paternity_support',
] as const;
export const assistanceStatuses = ['referred', 'in_progress', 'completed', 'declined'] as const;

export const Assistance = z
  .object({
    id: z.string(),
    caseId: z.string(),
    victimId: z.string(),
    kind: z.enum(assistanceKinds),
    provider: z.string(),
    status: z.enum(assistanceStatuses),
    referredOn: z.string(),
    startedOn: z.string().nullable(),
    completedOn: z.string().nullable(),
    outcome: z.string(),
    version: z.number(),
  })
  .openapi('VictimAssistance');
export type Assistance = z.infer<typeof Assistance>;

const day = z.iso.date();
export const ReferVictimInput = z
  .strictObject({
    victimId: z.string().min(1).max(64),
    kind: z.enum(assistanceKinds),
    provider: z.string().trim().min(2).max(300),
    referredOn: day,
  })
  .openapi('ReferVictimInput');
export type ReferVictimInput = z.infer<typeof ReferVictimInput>;

export const UpdateAssistanceInput = z
  .strictObject({
    version: z.number().int().min(1),
    status: z.enum(assistanceStatuses),
    startedOn: day.nullable().optional(),
    completedOn: day.nullable().optional(),
    outcome: z.string().trim().max(5_000).default(''),
  })
  .refine((a) => a.status !== 'completed' || Boolean(a.completedOn), {
    path: ['completedOn'],
    message: 'say when the assistance was completed',
  })
  .openapi('UpdateAssistanceInput');
export type UpdateAssistanceInput = z.infer<typeof UpdateAssistanceInput>;
