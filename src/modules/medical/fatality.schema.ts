/** M4: what the fatalities' API takes and answers. */
import { z } from '@hono/zod-openapi';
import {
  genders,
  incidentTypes,
  personnelTypes,
  statisticsGroups,
  type StatisticsGroup,
} from './fatality.taxonomy.js';
import { nextOfKinSteps } from './next-of-kin.rules.js';

/** `by=year,mission`: any of the groups, each once, in the order asked. */
export const FatalityStatisticsQuery = z.object({
  by: z
    .string()
    .default('year')
    .transform((raw, ctx): StatisticsGroup[] => {
      const parts = raw.split(',').map((p) => p.trim());
      const unknown = parts.filter((p) => !(statisticsGroups as readonly string[]).includes(p));
      if (unknown.length > 0 || new Set(parts).size !== parts.length) {
        ctx.addIssue({
          code: 'custom',
          message: `one or more of ${statisticsGroups.join(', ')}, each once (got "${raw}")`,
        });
        return z.NEVER;
      }
      return parts as StatisticsGroup[];
    })
    .openapi({ example: 'year,mission', description: statisticsGroups.join(', ') }),
});

export const FatalityStatistics = z
  .object({
    by: z.array(z.enum(statisticsGroups)),
    rows: z.array(
      z.object({
        group: z.record(z.string(), z.string()),
        fatalities: z.number().int(),
      }),
    ),
    total: z.number().int(),
  })
  .openapi('FatalityStatistics');
export type FatalityStatistics = z.infer<typeof FatalityStatistics>;

/** M4: a death recorded in the mission, in the UN's layout, linked to its incident and casualty. */
export const RecordFatalityInput = z
  .strictObject({
    missionId: z.string().min(1).max(64).optional(),
    /** The day of death (YYYY-MM-DD). */
    diedOn: z.iso.date(),
    gender: z.enum(genders).default('unknown'),
    /** As the UN's file names it, e.g. "Bangladesh". */
    nationality: z.string().trim().min(2).max(100),
    personnelType: z.enum(personnelTypes),
    incidentType: z.enum(incidentTypes),
    /** Required for a malicious act: its incident carries the host Government follow-up (I1). */
    incidentId: z.string().min(1).max(64).nullable().default(null),
    casualtyId: z.string().min(1).max(64).nullable().default(null),
    /** Who owns the next-of-kin steps (M5); the recorder when absent. */
    owner: z.string().trim().min(1).max(100).optional(),
  })
  .openapi('RecordFatalityInput');
export type RecordFatalityInput = z.infer<typeof RecordFatalityInput>;

export const NextOfKinStepAnswer = z.object({
  step: z.enum(nextOfKinSteps),
  owner: z.string(),
  dueOn: z.string(),
  doneOn: z.string().nullable(),
  note: z.string(),
  state: z.enum(['done', 'overdue', 'due']),
  version: z.number().int(),
});

export const RecordedFatality = z
  .object({
    id: z.string(),
    missionId: z.string(),
    reference: z.string(),
    diedOn: z.string(),
    gender: z.enum(genders),
    nationality: z.string(),
    personnelType: z.enum(personnelTypes),
    incidentType: z.enum(incidentTypes),
    incidentId: z.string().nullable(),
    casualtyId: z.string().nullable(),
    /** Through whom the family is told (M5). */
    channel: z.enum(['member_state', 'employing_office']),
    nextOfKin: z.array(NextOfKinStepAnswer),
    /** Whether its incident has a host Government follow-up (I1), open or closed. */
    followUp: z.boolean(),
    illustrative: z.boolean(),
  })
  .openapi('RecordedFatality');
export type RecordedFatality = z.infer<typeof RecordedFatality>;

export const RecordedFatalityQuery = z.object({
  missionId: z.string().min(1).max(64).optional(),
  /** Only the fatalities with a next-of-kin step overdue. */
  overdue: z.enum(['true', 'false']).optional(),
});

export const UpdateNextOfKinStepInput = z
  .strictObject({
    version: z.number().int().min(1),
    owner: z.string().trim().min(1).max(100).optional(),
    /** The day it was done (YYYY-MM-DD); null to undo a mistaken entry. */
    doneOn: z.iso.date().nullable().optional(),
    note: z.string().trim().max(1_000).optional(),
  })
  .openapi('UpdateNextOfKinStepInput');
export type UpdateNextOfKinStepInput = z.infer<typeof UpdateNextOfKinStepInput>;

export const NextOfKinStepParams = z.object({
  id: z.string().min(1).max(64),
  step: z.enum(nextOfKinSteps),
});
