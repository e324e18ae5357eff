/** A mission's grid forecasts (issue 23), as the API gives them. */
import { z } from '@hono/zod-openapi';
import { MethodScore } from './forecast.schema.js';
import { gridFeatureNames } from './grid-features.taxonomy.js';

const month = z.string().regex(/^\d{4}-\d{2}$/);
const probability = z.number().min(0).max(1);

export const GridForecastRun = z
  .object({
    id: z.string(),
    missionId: z.string(),
    /** The last month read, YYYY-MM. */
    origin: month,
    model: z.string(),
    cells: z.number().int(),
    /** Incidents learned from: the mission's, not discarded, in no compartment. */
    incidents: z.number().int(),
    publishedAt: z.string(),
    publishedBy: z.string(),
    evaluated: z.boolean(),
  })
  .openapi('GridForecastRun');
export type GridForecastRun = z.infer<typeof GridForecastRun>;

const Reason = z.object({
  feature: z.enum(gridFeatureNames),
  /** How far it moved the log-odds from the average cell's (positive: up). */
  effect: z.number(),
  /** Whether the cell's value is above the average cell's. */
  above: z.boolean(),
});

export const GridCellForecast = z.object({
  missionId: z.string(),
  /** PRIO-GRID cell id; [south, west, north, east]. */
  gid: z.number().int(),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  horizon: z.number().int(),
  month,
  /** At least one incident; 5 or more killed. */
  pEvent: probability,
  pKilled5: probability,
  why: z.object({ event: z.array(Reason), killed5: z.array(Reason) }),
});
export type GridCellForecast = z.infer<typeof GridCellForecast>;

export const GridForecastMap = z
  .object({ runs: z.array(GridForecastRun), cells: z.array(GridCellForecast) })
  .openapi('GridForecastMap');
export type GridForecastMap = z.infer<typeof GridForecastMap>;

export const GridForecastQuery = z.object({
  horizon: z.coerce.number().int().min(1).max(6).default(1),
});

export const PublishGridForecastInput = z
  .strictObject({
    /** Default: the mission the caller works in. */
    missionId: z.string().optional(),
    /** Default: the last month with an incident, never the current month or later. */
    origin: month.optional(),
    /** Score the model against the baselines on the 36 origins before (takes longer). */
    evaluate: z.boolean().default(false),
  })
  .openapi('PublishGridForecast');
export type PublishGridForecastInput = z.infer<typeof PublishGridForecastInput>;

const horizonScores = z.array(
  z.object({ horizon: z.number().int(), scores: z.record(z.string(), MethodScore) }),
);
export const GridEvaluation = z
  .object({ from: month, to: month, event: horizonScores, killed5: horizonScores })
  .openapi('GridForecastEvaluation');
export type GridEvaluation = z.infer<typeof GridEvaluation>;

export const GridEvaluationAnswer = z
  .object({ run: GridForecastRun.nullable(), evaluation: GridEvaluation.nullable() })
  .openapi('GridForecastEvaluationAnswer');
export type GridEvaluationAnswer = z.infer<typeof GridEvaluationAnswer>;

export const MissionQuery = z.object({ missionId: z.string().optional() });
