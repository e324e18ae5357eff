/** The periodic report to the Security Council: its content (from the record) and its drafts. */
import { z } from '@hono/zod-openapi';
import { IncidentSummary } from '../incidents/incident.schema.js';
import { WaitReason } from '../mandates/mandate.schema.js';

export const reportLanguages = ['en', 'fr', 'ar'] as const;
export type ReportLanguage = (typeof reportLanguages)[number];
export const reportStatuses = ['draft', 'signed'] as const;

const day = z.iso.date();
const Shown = z.union([z.number().int(), z.enum(['<3', 'withheld'])]);
const count = z.number().int();

export const PeriodQuery = z
  .object({
    from: day.openapi({ example: '2022-01-01', description: 'First day of the period' }),
    to: day.openapi({ example: '2022-12-31', description: 'Last day of the period' }),
    lang: z.enum(reportLanguages).default('en'),
  })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' });
export type PeriodQuery = z.infer<typeof PeriodQuery>;

export const MissionParam = z.object({ id: z.string().min(1).max(64) });

/** A survey's words in the languages its form has. */
const Labels = z.object({
  default: z.string(),
  en: z.string().optional(),
  fr: z.string().optional(),
  ar: z.string().optional(),
});

const Indicator = z.object({
  name: z.string(),
  unit: z.string(),
  baseline: z.number(),
  target: z.number(),
  direction: z.string(),
  /** Values of the months in the period, oldest first. */
  values: z.array(z.object({ period: z.string(), value: z.number() })),
  /** Its state as the mandates module gives it on the day the report is produced. */
  state: z.string(),
});

export const PeriodicReport = z
  .object({
    mission: z.object({ id: z.string(), acronym: z.string(), name: z.string() }),
    hostCountries: z.array(z.string()),
    period: z.object({ from: z.string(), to: z.string() }),
    /** When the record was read. */
    producedAt: z.string(),
    security: IncidentSummary,
    protection: z.object({
      alertsIssued: count,
      alertsCancelled: count,
      alertsByEvent: z.array(z.object({ event: z.string(), alerts: count })),
      situationsOpen: count,
      situationsClosed: count,
      situationsReviewOverdue: count,
      situationReviews: count,
      inquiriesOpened: count,
      inquiryFindings: z.array(z.object({ finding: z.string(), inquiries: count })),
    }),
    mandate: z
      .object({
        resolution: z.string(),
        title: z.string(),
        adoptedOn: z.string(),
        expiresOn: z.string(),
        illustrative: z.boolean(),
        tasks: z.array(
          z.object({
            code: z.string(),
            title: z.string(),
            phase: z.number().int(),
            status: z.string(),
            waiting: WaitReason.nullable(),
            transition: z.object({ partner: z.string(), status: z.string() }).nullable(),
            benchmarks: z.array(
              z.object({ title: z.string(), reached: z.boolean(), indicators: z.array(Indicator) }),
            ),
          }),
        ),
        recommendations: z.array(z.object({ status: z.string(), recommendations: count })),
      })
      .nullable(),
    capabilities: z.object({
      strength: z.array(
        z.object({
          month: z.string(),
          authorised: z.number().nullable(),
          deployed: z.number().nullable(),
          gap: z.number().nullable(),
        }),
      ),
      refusals: z.array(z.object({ status: z.string(), refusals: count })),
      unitsDeployed: count,
      /** Units deployed in the mission with a national caveat on each task (K2). */
      caveats: z.array(z.object({ task: z.string(), units: count })),
      assessments: z.array(z.object({ result: z.string(), units: count })),
    }),
    conduct: z.object({
      /** The last month the published statistics count. */
      asOf: z.string().nullable(),
      byCategory: z.array(z.object({ year: z.string(), category: z.string(), allegations: Shown })),
      byNationality: z.array(
        z.object({ year: z.string(), nationality: z.string(), allegations: Shown }),
      ),
      openCases: count,
      evidenceOverdue: count,
      investigationOverdue: count,
    }),
    safety: z.object({
      fatalities: z.array(
        z.object({ year: z.string(), incidentType: z.string(), fatalities: count }),
      ),
      followUpsOpen: count,
      followUpsOverdue: count,
    }),
    /** D5: each question of the surveys with interviews in the period, all areas together. */
    perception: z.array(
      z.object({
        survey: z.string(),
        /** In the languages of the survey's form. */
        question: Labels,
        respondents: count,
        withheld: z.boolean(),
        shares: z.array(z.object({ answer: Labels, share: z.number(), margin: z.number() })),
      }),
    ),
    environment: z.array(
      z.object({
        site: z.string(),
        measure: z.string(),
        unit: z.string(),
        baseline: z.number(),
        target: z.number(),
        latest: z.object({ period: z.string(), value: z.number() }).nullable(),
        state: z.string(),
      }),
    ),
    /** The head of mission's observations (a draft's or a signed version's). */
    observations: z.string(),
  })
  .openapi('PeriodicReport');
export type PeriodicReport = z.infer<typeof PeriodicReport>;

const text = (max: number) => z.string().trim().max(max);

export const CreateReportInput = z
  .strictObject({ missionId: z.string().min(1).max(64), from: day, to: day })
  .refine((q) => q.from <= q.to, { path: ['to'], message: 'must not be before from' })
  .openapi('CreateReportInput');
export const ObservationsInput = z
  .strictObject({ observations: text(20_000), version: z.number().int() })
  .openapi('ReportObservationsInput');
export const CommentInput = z
  .strictObject({ text: text(4_000).min(1) })
  .openapi('ReportCommentInput');
export const SignInput = z.strictObject({ version: z.number().int() }).openapi('ReportSignInput');
export const ReportQuery = z.object({ missionId: z.string().min(1).max(64).optional() });
export const ReportFileQuery = z.object({ lang: z.enum(reportLanguages).default('en') });

export const Report = z
  .object({
    id: z.string(),
    missionId: z.string(),
    from: z.string(),
    to: z.string(),
    /** 1 for the first report of a period; a signed report changes only as a new version. */
    edition: z.number().int(),
    previousId: z.string().nullable(),
    status: z.enum(reportStatuses),
    observations: z.string(),
    createdBy: z.string(),
    createdAt: z.string(),
    signedBy: z.string().nullable(),
    signedAt: z.string().nullable(),
    /** SHA-256 of the frozen content, recorded in the audit log at signing. */
    contentHash: z.string().nullable(),
    comments: z.array(
      z.object({ id: z.string(), author: z.string(), at: z.string(), text: z.string() }),
    ),
    version: z.number().int(),
  })
  .openapi('PeriodicReportDraft');
export type Report = z.infer<typeof Report>;
