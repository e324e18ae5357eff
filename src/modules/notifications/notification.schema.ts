import { z } from '@hono/zod-openapi';

export const Notification = z
  .object({
    id: z.string(),
    missionId: z.string().nullable(),
    recordType: z.string(),
    recordId: z.string(),
    kind: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number()])),
    createdAt: z.string(),
    readAt: z.string().nullable(),
  })
  .openapi('Notification');
export type Notification = z.infer<typeof Notification>;

export const OutboxMessage = z.object({
  id: z.string(),
  recipient: z.string(),
  subject: z.string(),
  body: z.string(),
  createdAt: z.string(),
});
export type OutboxMessage = z.infer<typeof OutboxMessage>;
