/**
 * What force generation reads of conduct (issue 5, item 1): a contributor's payment suspensions
 * and repatriation decisions on its units (C3, ¶120), with mission, unit, status and date —
 * never a case, a subject or the basis. Needs capabilities:read; over the missions in view.
 */
import { assertPermission } from '../../core/policy.js';
import { fromTimestamp } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import { acronymOf, missionNames } from '../missions/mission.service.js';
import { contributorMeasureRows } from './measure.repository.js';

export interface ContributorMeasure {
  kind: 'payment_suspension' | 'repatriation';
  mission: string;
  unit: string | null;
  /** 'in_force' | 'lifted' | 'pending_decision' | 'decided' */
  status: string;
  decision: string | null;
  since: string;
}

/** By contributor (ISO3), newest first. @throws forbidden */
export async function contributorMeasures(
  ctx: RequestContext,
  contributors: readonly string[],
): Promise<Map<string, ContributorMeasure[]>> {
  assertPermission(ctx.actor, 'capabilities:read');
  const result = new Map<string, ContributorMeasure[]>();
  const rows = await contributorMeasureRows(ctx.db, ctx.actor, contributors);
  const names = await missionNames(
    ctx,
    rows.map((r) => r.mission_id),
  );
  for (const r of rows) {
    const list = result.get(r.contributor!) ?? [];
    list.push({
      kind: r.kind as ContributorMeasure['kind'],
      mission: acronymOf(names, r.mission_id),
      unit: r.unit,
      status: r.status,
      decision: r.decision,
      since: fromTimestamp(r.created_at).toISOString().slice(0, 10),
    });
    result.set(r.contributor!, list);
  }
  return result;
}
