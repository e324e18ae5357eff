/** E2's alert rules and alerts, as the API takes and gives them. */
import { alertTextKeys, type AlertText } from './alert-texts.taxonomy.js';
import { z } from '@hono/zod-openapi';
import { incidentCategories } from '../incidents/incident.taxonomy.js';
import { certainties, severities, urgencies } from './cap.taxonomy.js';
import { neverAlerted } from './alert.rules.js';

/** The incident categories an alert rule may watch (sexual violence is never alerted on). */
export const alertableCategories = incidentCategories.filter((c) => !neverAlerted.has(c)) as [
  string,
  ...string[],
];

export const IncidentRuleParams = z.strictObject({
  /** Empty: any category (sexual violence is never alerted on). */
  categories: z.array(z.enum(alertableCategories)).max(20).default([]),
  minKilled: z.number().int().min(0).max(10_000).default(0),
  radiusKm: z.number().positive().max(500),
  lookbackDays: z.number().int().min(1).max(3650).default(30),
});

export const ForecastRuleParams = z.strictObject({
  countries: z
    .array(z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code'))
    .min(1)
    .max(60),
  /** The kind of violence and its threshold: os25 is 25 or more civilians killed (one-sided). */
  threshold: z.enum(['os25', 'os1', 'sb25', 'sb1', 'ns25', 'ns1']),
  horizon: z.number().int().min(1).max(13).default(1),
  minProbability: z.number().min(0.01).max(1),
});

export const HotspotRuleParams = z.strictObject({
  radiusKm: z.number().positive().max(500).nullable().default(null),
});

const ruleFields = {
  missionId: z.string().optional(),
  name: z.string().trim().min(2).max(200),
  severity: z.enum(severities),
  urgency: z.enum(urgencies),
  certainty: z.enum(certainties),
};

export const CreateAlertRuleInput = z
  .discriminatedUnion('kind', [
    z.strictObject({
      ...ruleFields,
      kind: z.literal('incident_near_base'),
      params: IncidentRuleParams,
    }),
    z.strictObject({ ...ruleFields, kind: z.literal('forecast'), params: ForecastRuleParams }),
    z.strictObject({ ...ruleFields, kind: z.literal('hotspot'), params: HotspotRuleParams }),
  ])
  .openapi('CreateAlertRuleInput');
export type CreateAlertRuleInput = z.infer<typeof CreateAlertRuleInput>;

export const AlertRule = z
  .object({
    id: z.string(),
    missionId: z.string(),
    name: z.string(),
    kind: z.enum(['incident_near_base', 'forecast', 'hotspot']),
    params: z.record(z.string(), z.unknown()),
    severity: z.enum(severities),
    urgency: z.enum(urgencies),
    certainty: z.enum(certainties),
    active: z.boolean(),
    createdBy: z.string(),
    version: z.number().int(),
    alerts: z.number().int(),
  })
  .openapi('AlertRule');
export type AlertRule = z.infer<typeof AlertRule>;

export const RuleActiveInput = z
  .strictObject({ active: z.boolean(), version: z.number().int() })
  .openapi('AlertRuleActiveInput');

export const CapAreaSchema = z.object({
  areaDesc: z.string(),
  polygons: z.array(z.string()).optional(),
  circles: z.array(z.string()).optional(),
  geocodes: z.array(z.object({ valueName: z.string(), value: z.string() })).optional(),
});

export const Alert = z
  .object({
    id: z.string(),
    missionId: z.string(),
    ruleId: z.string(),
    ruleName: z.string(),
    sourceKey: z.string(),
    /** Alert, or Cancel: the report it was raised on was discarded. */
    msgType: z.enum(['Alert', 'Cancel']),
    /** The alert a cancellation cancels; set on a cancelled alert too: the cancellation. */
    references: z.string().nullable(),
    cancelledBy: z.string().nullable(),
    sentAt: z.string(),
    onsetAt: z.string().nullable(),
    /** In English; `text` writes it in every language (alert-texts.taxonomy.ts). */
    event: z.string(),
    headline: z.string(),
    description: z.string(),
    /** The template's key and values; null for alerts raised before they were kept (English only). */
    text: z
      .object({ key: z.enum(alertTextKeys), values: z.record(z.string(), z.unknown()) })
      .nullable()
      .openapi({
        description: 'What the alert says, as a template key and its values',
      }) as unknown as z.ZodType<AlertText | null>,
    severity: z.enum(severities),
    urgency: z.enum(urgencies),
    certainty: z.enum(certainties),
    area: CapAreaSchema,
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .openapi('Alert');
export type Alert = z.infer<typeof Alert>;

export const AlertQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const EvaluationResult = z
  .object({ rules: z.number().int(), raised: z.number().int(), alerts: z.array(Alert) })
  .openapi('AlertEvaluation');
export type EvaluationResult = z.infer<typeof EvaluationResult>;

export const CapFileParam = z.object({
  file: z.string().regex(/^[0-9a-f-]{36}\.cap$/, 'an alert id followed by .cap'),
});
