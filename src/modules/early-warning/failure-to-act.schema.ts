/** E4's failure-to-act inquiries, as the API takes and gives them. */
import { z } from '@hono/zod-openapi';
import { findings, subjectKinds } from './failure-to-act.rules.js';

const text = (max: number) => z.string().trim().min(2).max(max);
const day = z.iso.date();
const iso3 = z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code');

export const OpenInquiryInput = z
  .strictObject({
    incidentId: z.string(),
    subjectKind: z.enum(subjectKinds),
    /** The deployed unit or contingent (not for the mission as a whole). */
    unitId: z.string().nullable().default(null),
    who: text(500),
    known: text(4_000),
    ordered: text(4_000),
    happened: text(4_000),
  })
  .openapi('OpenFailureToActInquiryInput');
export type OpenInquiryInput = z.infer<typeof OpenInquiryInput>;

export const FindingInput = z
  .strictObject({
    version: z.number().int(),
    finding: z.enum(findings),
    text: text(8_000),
    foundOn: day,
  })
  .openapi('FailureToActFindingInput');
export type FindingInput = z.infer<typeof FindingInput>;

export const NotificationInput = z
  .strictObject({
    version: z.number().int(),
    recipient: z.enum(['council', 'member_states']),
    on: day,
    /** The letter or document symbol, e.g. S/2026/123. */
    reference: text(200),
    /** Member States informed (for member_states; a unit's contributor must be among them). */
    memberStates: z.array(iso3).max(30).default([]),
  })
  .openapi('FailureToActNotificationInput');
export type NotificationInput = z.infer<typeof NotificationInput>;

export const InquiryState = z.enum([
  'open',
  'no_failure',
  'awaiting_notification',
  'council_informed',
  'member_states_informed',
  'notified',
]);

export const Inquiry = z
  .object({
    id: z.string(),
    missionId: z.string(),
    incidentId: z.string(),
    incidentOn: day,
    subjectKind: z.enum(subjectKinds),
    unit: z
      .object({
        id: z.string(),
        contributor: z.string(),
        contributorName: z.string(),
        capability: z.string(),
      })
      .nullable(),
    who: z.string(),
    known: z.string(),
    ordered: z.string(),
    happened: z.string(),
    openedOn: day,
    openedBy: z.string(),
    finding: z.enum(findings).nullable(),
    findingText: z.string().nullable(),
    foundOn: day.nullable(),
    council: z.object({ on: day, reference: z.string() }).nullable(),
    memberStates: z
      .object({ on: day, reference: z.string(), states: z.array(z.string()) })
      .nullable(),
    state: InquiryState,
    version: z.number().int(),
  })
  .openapi('FailureToActInquiry');
export type Inquiry = z.infer<typeof Inquiry>;

/** What a unit's record shows (capabilities:read): dates, finding and who was informed, no narrative. */
export const UnitInquiry = z
  .object({
    id: z.string(),
    incidentOn: day,
    openedOn: day,
    finding: z.enum(findings).nullable(),
    foundOn: day.nullable(),
    councilNotifiedOn: day.nullable(),
    memberStatesNotifiedOn: day.nullable(),
    state: InquiryState,
  })
  .openapi('UnitFailureToAct');
export type UnitInquiry = z.infer<typeof UnitInquiry>;

export const UnitChoice = z
  .object({
    id: z.string(),
    contributor: z.string(),
    contributorName: z.string(),
    capability: z.string(),
    missionId: z.string(),
  })
  .openapi('DeployedUnitChoice');
