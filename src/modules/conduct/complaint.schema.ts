import { z } from '@hono/zod-openapi';
import { ReceiveAllegationInput } from './case.schema.js';

export const complaintStatuses = ['received', 'under_review', 'case_opened', 'closed'] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** What a complainant sends: no account, no name required. */
export const FileComplaintInput = z
  .strictObject({
    missionId: z.string().min(1).max(64),
    account: z.string().trim().min(10).max(10_000),
    contact: z.string().trim().max(500).default(''),
    language: z.enum(['en', 'fr', 'ar']).default('en'),
  })
  .openapi('FileComplaintInput');
export type FileComplaintInput = z.infer<typeof FileComplaintInput>;

export const ReceiptAnswer = z.object({ receiptCode: z.string() }).openapi('ComplaintReceipt');

export const ReceiptInput = z
  .strictObject({ receiptCode: z.string().max(64) })
  .openapi('ComplaintReceiptInput');

export const AnswerInput = z
  .strictObject({ receiptCode: z.string().max(64), body: z.string().trim().min(1).max(5_000) })
  .openapi('ComplaintAnswerInput');

export const Message = z.object({
  author: z.enum(['complainant', 'officer']),
  body: z.string(),
  /** Rounded down to the hour. */
  at: z.string(),
});
export type Message = z.infer<typeof Message>;

/** All a receipt code shows: the status and the messages — nothing else about the case (C6). */
/** How far the case opened from a complaint has gone: its stage only, never its content (C6). */
export const caseStages = ['opened', 'under_investigation', 'concluded', 'closed'] as const;

export const ComplaintStatusView = z
  .object({
    status: z.enum(complaintStatuses),
    /** Once a case is opened: its stage, so the complainant is not left at "case opened". */
    caseStage: z.enum(caseStages).nullable(),
    messages: z.array(Message),
  })
  .openapi('ComplaintStatusView');
export type ComplaintStatusView = z.infer<typeof ComplaintStatusView>;

export const Complaint = z
  .object({
    id: z.string(),
    missionId: z.string(),
    status: z.enum(complaintStatuses),
    receivedAt: z.string(),
    language: z.string(),
    caseId: z.string().nullable(),
    account: z.string(),
    contact: z.string(),
    messages: z.array(Message),
    version: z.number(),
  })
  .openapi('Complaint');
export type Complaint = z.infer<typeof Complaint>;

export const ComplaintSummary = Complaint.omit({ account: true, contact: true, messages: true })
  .extend({ messageCount: z.number() })
  .openapi('ComplaintSummary');
export type ComplaintSummary = z.infer<typeof ComplaintSummary>;

export const PostMessageInput = z
  .strictObject({ body: z.string().trim().min(1).max(5_000) })
  .openapi('ComplaintMessageInput');

export const OpenCaseInput = ReceiveAllegationInput.omit({ missionId: true, channel: true })
  .extend({ version: z.number().int().min(1) })
  .openapi('OpenCaseFromComplaintInput');
export type OpenCaseInput = z.infer<typeof OpenCaseInput>;

export const CloseComplaintInput = z
  .strictObject({ version: z.number().int().min(1), reason: z.string().trim().min(1).max(2_000) })
  .openapi('CloseComplaintInput');

export const PublicMission = z
  .object({ id: z.string(), acronym: z.string(), name: z.string() })
  .openapi('PublicMission');
export type PublicMission = z.infer<typeof PublicMission>;
