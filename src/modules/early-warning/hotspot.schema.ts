/** Sub-national hotspots (E1): the scan's question and its answer. */
import { z } from '@hono/zod-openapi';

export const HotspotQuery = z.strictObject({
  /** The last day of the recent window; by default the day of the latest incident in view. */
  asOf: z.iso.date().optional(),
  recentDays: z.coerce.number().int().min(7).max(365).default(90),
  baselineDays: z.coerce.number().int().min(90).max(3650).default(730),
});
export type HotspotQuery = z.infer<typeof HotspotQuery>;

export const HotspotCell = z
  .object({
    key: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]),
    recentEvents: z.number().int(),
    recentFatalities: z.number().int(),
    baselineEvents: z.number().int(),
    expected: z.number(),
    pValue: z.number(),
    qValue: z.number(),
    flagged: z.boolean(),
  })
  .openapi('HotspotCell');

export const HotspotScan = z
  .object({
    asOf: z.iso.date().nullable(),
    recentDays: z.number().int(),
    baselineDays: z.number().int(),
    cellSize: z.number(),
    falseDiscoveryRate: z.number(),
    minEvents: z.number().int(),
    /** Cells with events in the recent window, most significant first. */
    cells: z.array(HotspotCell),
  })
  .openapi('HotspotScan');
export type HotspotScan = z.infer<typeof HotspotScan>;
