/** M4: what the fatalities' API takes and answers. */
import { z } from '@hono/zod-openapi';
import { statisticsGroups, type StatisticsGroup } from './fatality.taxonomy.js';

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
