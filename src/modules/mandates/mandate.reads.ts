/**
 * D1, D2: how the module reads what it holds — a record reached with a permission in the mission's
 * view, a mandate's contents with every indicator's values (entered, or counted from the record as
 * the reader may see them), and a mandate as the API answers it. Private to the module.
 */
import type { Permission } from '../../core/permissions.js';
import { assertCan, hasPermission } from '../../core/policy.js';
import { fromJson } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import { incidentSummary } from '../incidents/incident-summary.service.js';
import { mandateOf, type Contents } from './mandate.mapping.js';
import { mandateContents, type IndicatorRow, type MandateRow } from './mandate.repository.js';
import type { Mandate } from './mandate.schema.js';
import type { IndicatorValue } from './mandate.rules.js';

export const todayOf = (ctx: RequestContext) => ctx.clock.now().toISOString().slice(0, 10);

/** A record of the module, reached with `permission` in the mission's view. */
export function reach<T extends { mission_id: string }>(
  ctx: RequestContext,
  row: T | undefined,
  { kind, permission = 'mandates:write' }: { kind: string; permission?: Permission },
): T {
  assertCan(ctx.actor, permission, {
    kind,
    record: row && { missionId: row.mission_id, compartmentIds: [] },
  });
  return row!;
}

/** The values counted from the record, as the reader may see them, in the indicator's mission. */
async function computedValues(
  ctx: RequestContext,
  i: IndicatorRow,
  expiresOn: string,
): Promise<IndicatorValue[]> {
  if (i.source !== 'incidents_per_month') return [];
  if (!hasPermission(ctx.actor, 'incidents:read')) return [];
  const params = fromJson<{ category?: string; adminArea?: string }>(i.source_params);
  // Narrowed to the indicator's mission: never wider than the reader's own view.
  const narrowed = {
    ...ctx,
    actor: { ...ctx.actor, missionId: i.mission_id, missionIds: [i.mission_id] },
  };
  // The incidents module's summary: reports found false (discarded) are not counted, as in the
  // periodic report.
  const summary = await incidentSummary(narrowed, {
    ...(params.category && { category: params.category as never }),
    ...(params.adminArea && { adminArea: params.adminArea }),
    from: `${i.baseline_period}-01T00:00:00Z`,
  });
  const counts = new Map(summary.months.map((m) => [m.month, m.incidents]));
  // Every month from the baseline while the mandate runs — to the last complete month, or the
  // month it expires — a month without incidents counting 0.
  const values: IndicatorValue[] = [];
  const current = todayOf(ctx).slice(0, 7);
  const expiry = expiresOn.slice(0, 7);
  for (let [y, m] = i.baseline_period.split('-').map(Number) as [number, number]; ; m += 1) {
    if (m > 12) [y, m] = [y + 1, 1];
    const period = `${y}-${String(m).padStart(2, '0')}`;
    if (period >= current || period > expiry) break;
    values.push({ period, value: counts.get(period) ?? 0 });
  }
  return values;
}

export async function contentsOf(
  ctx: RequestContext,
  mandates: readonly Pick<MandateRow, 'id' | 'expires_on'>[],
): Promise<Contents> {
  const rows = await mandateContents(
    ctx.db,
    mandates.map((m) => m.id),
  );
  const values = new Map<string, IndicatorValue[]>();
  for (const v of rows.values) {
    const list = values.get(v.indicator_id) ?? [];
    list.push({ period: v.period, value: v.value });
    values.set(v.indicator_id, list);
  }
  const expiries = new Map(mandates.map((m) => [m.id, m.expires_on]));
  const mandateOfTask = new Map(rows.tasks.map((t) => [t.id, t.mandate_id]));
  const mandateOfBenchmark = new Map(
    rows.benchmarks.map((b) => [b.id, mandateOfTask.get(b.task_id)!]),
  );
  for (const i of rows.indicators)
    if (i.source !== 'manual')
      values.set(
        i.id,
        await computedValues(ctx, i, expiries.get(mandateOfBenchmark.get(i.benchmark_id)!)!),
      );
  return { ...rows, values };
}

export async function answer(ctx: RequestContext, mandate: MandateRow): Promise<Mandate> {
  return mandateOf(mandate, await contentsOf(ctx, [mandate]), todayOf(ctx));
}
