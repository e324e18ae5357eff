/** E1's published country-month forecasts and their evaluation, as the API gives them. */
import { z } from '@hono/zod-openapi';

const month = z.string().regex(/^\d{4}-\d{2}$/);
const probability = z.number().min(0).max(1);

export const ForecastRun = z
  .object({
    id: z.string(),
    /** The last month the model read, YYYY-MM. */
    origin: month,
    model: z.string(),
    source: z.string(),
    countries: z.number().int(),
    publishedAt: z.string(),
    publishedBy: z.string(),
    evaluated: z.boolean(),
  })
  .openapi('ForecastRun');
export type ForecastRun = z.infer<typeof ForecastRun>;

export const ForecastMapQuery = z.object({
  horizon: z.coerce.number().int().min(1).max(36).default(1),
});

/** The kinds of violence forecast: state-based, non-state, one-sided (against civilians). */
export const ForecastKind = z.enum(['sb', 'ns', 'os']);
export type ForecastKind = z.infer<typeof ForecastKind>;

export const CountryProbability = z.object({
  iso3: z.string(),
  country: z.string(),
  horizon: z.number().int(),
  month,
  /** Probability of at least 1 and of 25 or more state-based fatalities that month. */
  pSb1: probability,
  pSb25: probability,
  /** The same for non-state and one-sided violence; null in runs published before they were. */
  pNs1: probability.nullable(),
  pNs25: probability.nullable(),
  pOs1: probability.nullable(),
  pOs25: probability.nullable(),
});
export type CountryProbability = z.infer<typeof CountryProbability>;

export const ForecastMap = z
  .object({ run: ForecastRun.nullable(), items: z.array(CountryProbability) })
  .openapi('ForecastMap');
export type ForecastMap = z.infer<typeof ForecastMap>;

export const CountryForecastDetail = z
  .object({
    run: ForecastRun,
    iso3: z.string(),
    country: z.string(),
    /** Fatalities in the months up to the origin: state-based, non-state (null in runs before
     * these were kept) and one-sided. */
    history: z.array(
      z.object({
        month,
        fatalities: z.number().int(),
        fatalitiesNs: z.number().int().nullable(),
        fatalitiesOs: z.number().int().nullable(),
      }),
    ),
    forecasts: z.array(CountryProbability),
  })
  .openapi('CountryForecast');
export type CountryForecastDetail = z.infer<typeof CountryForecastDetail>;

export const Iso3Param = z.object({ iso3: z.string().regex(/^[A-Z]{3}$/) });

const nullableNumber = z.number().nullable();
export const MethodScore = z.object({
  forecasts: z.number().int(),
  events: z.number().int(),
  brier: z.number(),
  /** NaN in the evaluation (no events) is written as null. */
  rocAuc: nullableNumber,
  prAuc: nullableNumber,
  calibration: z.array(
    z.object({
      from: z.number(),
      to: z.number(),
      count: z.number().int(),
      meanForecast: nullableNumber,
      observed: nullableNumber,
    }),
  ),
});

const horizonScores = z.array(
  z.object({ horizon: z.number().int(), scores: z.record(z.string(), MethodScore) }),
);

/** The rolling-origin evaluation (`peaceops forecast evaluate --out`), as stored with a run. */
export const ForecastEvaluation = z
  .object({
    from: month,
    to: month,
    run: z.string().optional(),
    sb1: horizonScores,
    sb25: horizonScores,
    /** Absent from evaluations written before these kinds were forecast. */
    ns1: horizonScores.optional(),
    ns25: horizonScores.optional(),
    os1: horizonScores.optional(),
    os25: horizonScores.optional(),
  })
  .openapi('ForecastEvaluation');
export type ForecastEvaluation = z.infer<typeof ForecastEvaluation>;

export const EvaluationAnswer = z
  .object({ run: ForecastRun.nullable(), evaluation: ForecastEvaluation.nullable() })
  .openapi('ForecastEvaluationAnswer');
export type EvaluationAnswer = z.infer<typeof EvaluationAnswer>;
