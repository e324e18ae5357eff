/**
 * Hotspots (E1): the 0.5° cells of the incidents in view — the mission's own reports and the UCDP
 * events imported — whose recent violence rises above their own history (hotspot.rules.ts).
 * early-warning:read; the scan reads location, day and killed only, in the reader's scope.
 */
import { addDays, dayOf } from '../../core/days.js';
import { assertPermission } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import { incidentPoints, latestIncidentDay } from '../incidents/incident-map.service.js';
import { defaultHotspotOptions, scanCells } from './hotspot.rules.js';
import type { HotspotQuery, HotspotScan } from './hotspot.schema.js';

/** @throws forbidden */
export async function scanHotspots(ctx: RequestContext, query: HotspotQuery): Promise<HotspotScan> {
  assertPermission(ctx.actor, 'early-warning:read');
  const today = dayOf(ctx.clock.now());
  // By default, as of the latest incident in view (imported data lags), never after today.
  const latest = query.asOf ? null : await latestIncidentDay(ctx);
  const asOf = query.asOf ?? (latest && latest < today ? latest : today);
  const options = {
    ...defaultHotspotOptions,
    recentDays: query.recentDays,
    baselineDays: query.baselineDays,
    asOf,
  };
  const from = addDays(asOf, -options.recentDays - options.baselineDays + 1);
  const points = await incidentPoints(ctx, {
    from: `${from}T00:00:00Z`,
    to: `${asOf}T23:59:59.999Z`,
  });
  const cells = scanCells(
    points.map((p) => ({
      latitude: p.latitude,
      longitude: p.longitude,
      day: p.occurredAt.slice(0, 10),
      fatalities: p.fatalities,
    })),
    options,
  );
  return {
    asOf,
    recentDays: options.recentDays,
    baselineDays: options.baselineDays,
    cellSize: options.cellSize,
    falseDiscoveryRate: options.falseDiscoveryRate,
    minEvents: options.minEvents,
    cells,
  };
}
