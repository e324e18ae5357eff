import { z } from '@hono/zod-openapi';

export const AuditEntry = z
  .object({
    seq: z.number().int(),
    id: z.string(),
    at: z.string(),
    actorId: z.string().nullable(),
    actorLabel: z.string(),
    action: z.string(),
    outcome: z.enum(['ok', 'denied', 'failed']),
    recordType: z.string().nullable(),
    recordId: z.string().nullable(),
    missionId: z.string().nullable(),
    digest: z.string().nullable(),
    hash: z.string(),
  })
  .openapi('AuditEntry');
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  cursor: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  action: z.string().max(100).optional(),
  recordId: z.string().max(100).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditPage = z
  .object({ items: z.array(AuditEntry), nextCursor: z.string().nullable() })
  .openapi('AuditPage');

export const AuditVerdict = z
  .object({
    ok: z.boolean(),
    count: z.number().int(),
    headHash: z.string(),
    firstBreak: z
      .object({
        seq: z.number().int(),
        kind: z.enum(['removed', 'edited', 'reordered', 'truncated', 'rewritten', 'checkpoint']),
        message: z.string(),
      })
      .nullable(),
    /** The signed checkpoints outside the database the chain was checked against (F12). */
    checkpoints: z
      .object({
        verified: z.number().int(),
        latest: z.object({ seq: z.number().int(), hash: z.string(), at: z.string() }).nullable(),
      })
      .optional(),
  })
  .openapi('AuditVerdict');
export type AuditVerdict = z.infer<typeof AuditVerdict>;
