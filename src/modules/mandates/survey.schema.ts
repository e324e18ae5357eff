/** D5: perception surveys — the import's form, a survey as kept (counts only), its results. */
import { z } from '@hono/zod-openapi';

/** A survey's export and its XLSForm together, at most. */
export const surveyUploadBytes = 20 * 1_048_576;
export const resultPeriods = ['month', 'quarter', 'year'] as const;

const Labels = z.object({
  default: z.string(),
  en: z.string().optional(),
  fr: z.string().optional(),
  ar: z.string().optional(),
});
const file = z.instanceof(File).openapi({ type: 'string', format: 'binary' });
const name = z.string().trim().min(1).max(200).optional();

export const ImportSurveyForm = z
  .object({
    /** The export: KoboToolbox or ODK Central CSV (XML names), or KoboToolbox's labelled CSV. */
    data: file,
    /** Its XLSForm (.xlsx); without it, the CSV's headers and answers are taken as labels. */
    form: file.optional(),
    title: z.string().trim().min(1).max(300),
    conductedBy: z.string().trim().min(1).max(300),
    missionId: z.string().min(1).max(64).optional(),
    /** The question giving the respondent's area (else one named area, prefecture, region, …). */
    area: name,
    /** The column of the interview's date (else today, date, start, _submission_time, …). */
    date: name,
    /** The column of each respondent's weight (else weight, wt, poids; else every weight is 1). */
    weight: name,
  })
  .openapi('ImportSurveyForm');
export type ImportSurveyForm = z.infer<typeof ImportSurveyForm>;

export const Survey = z
  .object({
    id: z.string(),
    missionId: z.string(),
    title: z.string(),
    conductedBy: z.string(),
    source: z.enum(['xlsform', 'labelled']),
    responses: z.number().int(),
    weighted: z.boolean(),
    areaColumn: z.string().nullable(),
    dateColumn: z.string(),
    /** Columns read past, and why: who answered or their device, free text, a place, not a choice question (its type), not in the form. */
    notCounted: z.array(
      z.object({
        column: z.string(),
        reason: z.enum(['identity', 'free_text', 'place', 'not_choice', 'not_in_form']),
        type: z.string().optional(),
      }),
    ),
    firstMonth: z.string(),
    lastMonth: z.string(),
    areas: z.array(z.string()),
    questions: z.array(
      z.object({
        name: z.string(),
        kind: z.enum(['select_one', 'select_multiple']),
        label: Labels,
        choices: z.array(z.object({ name: z.string(), label: Labels })),
      }),
    ),
    illustrative: z.boolean(),
    importedBy: z.string(),
    importedAt: z.string(),
  })
  .openapi('PerceptionSurvey');
export type Survey = z.infer<typeof Survey>;

export const SurveyResultsQuery = z.object({
  question: z.string().min(1).max(200),
  by: z.enum(resultPeriods).default('quarter'),
});

export const SurveyResults = z
  .object({
    question: z.string(),
    by: z.enum(resultPeriods),
    /** Fewer respondents than this in a group: its shares are withheld. */
    minimumRespondents: z.number().int(),
    /** Per period, all areas together (`area` null) then each area. */
    rows: z.array(
      z.object({
        area: z.string().nullable(),
        period: z.string(),
        respondents: z.number().int(),
        withheld: z.boolean(),
        /** Kish's effective sample size (the respondents when unweighted). */
        effective: z.number().nullable(),
        shares: z.array(z.object({ answer: z.string(), share: z.number(), margin: z.number() })),
      }),
    ),
  })
  .openapi('PerceptionSurveyResults');
export type SurveyResults = z.infer<typeof SurveyResults>;
