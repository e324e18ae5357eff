/** D7: a mission's sites, their environmental impact assessments, benchmarks and readings. */
import { z } from '@hono/zod-openapi';
import { environmentMeasures, siteStatuses } from './environment.rules.js';
import { indicatorStates } from './mandate.rules.js';

const day = z.iso.date();
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
const text = (max: number) => z.string().trim().min(1).max(max);

export const AddSiteInput = z
  .strictObject({
    missionId: z.string().min(1).max(64).optional(),
    name: text(200),
    latitude: z.number().min(-90).max(90),
    longitude: z.number().min(-180).max(180),
  })
  .openapi('AddEnvironmentSiteInput');
export type AddSiteInput = z.infer<typeof AddSiteInput>;

export const AddSiteAssessmentInput = z
  .strictObject({
    conductedOn: day,
    conductedBy: text(200),
    findings: z.string().trim().max(10_000).default(''),
  })
  .openapi('AddEnvironmentalAssessmentInput');
export type AddSiteAssessmentInput = z.infer<typeof AddSiteAssessmentInput>;

export const SiteStatusInput = z
  .strictObject({
    version: z.number().int().min(1),
    to: z.enum(siteStatuses).exclude(['planned']),
    on: day.optional(),
  })
  .openapi('EnvironmentSiteStatusInput');
export type SiteStatusInput = z.infer<typeof SiteStatusInput>;

export const AddSiteBenchmarkInput = z
  .strictObject({
    measure: z.enum(environmentMeasures),
    unit: text(60).optional(),
    baseline: z.number().finite().min(0),
    baselinePeriod: month,
    target: z.number().finite().min(0),
    targetPeriod: month,
  })
  .openapi('AddEnvironmentBenchmarkInput');
export type AddSiteBenchmarkInput = z.infer<typeof AddSiteBenchmarkInput>;

export const ReadingInput = z
  .strictObject({ value: z.number().finite().min(0) })
  .openapi('EnvironmentReadingInput');

export const SiteQuery = z.object({ missionId: z.string().min(1).max(64).optional() });
export const ReadingParams = z.object({ id: z.string().min(1).max(64), period: month });

export const Site = z
  .object({
    id: z.string(),
    missionId: z.string(),
    name: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    status: z.enum(siteStatuses),
    openedOn: z.string().nullable(),
    closedOn: z.string().nullable(),
    assessments: z.array(
      z.object({
        id: z.string(),
        conductedOn: z.string(),
        conductedBy: z.string(),
        findings: z.string(),
      }),
    ),
    reassessment: z.object({ dueOn: z.string().nullable(), overdue: z.boolean() }),
    benchmarks: z.array(
      z.object({
        id: z.string(),
        measure: z.enum(environmentMeasures),
        unit: z.string(),
        baseline: z.number(),
        baselinePeriod: z.string(),
        target: z.number(),
        targetPeriod: z.string(),
        readings: z.array(z.object({ period: z.string(), value: z.number() })),
        state: z.enum(indicatorStates),
        met: z.boolean(),
      }),
    ),
    version: z.number().int(),
  })
  .openapi('EnvironmentSite');
export type Site = z.infer<typeof Site>;
