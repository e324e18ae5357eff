/**
 * C2 (¶119): overdue cases visible to the head of mission and headquarters — who are not in the
 * cases' compartments. So they get counts, not cases: per mission in view, the open cases whose
 * evidence or investigation clock is past due, every case counted whatever its compartment. The
 * counts are exact (issue 16): those entitled to oversee must see that one case is late, not "<3";
 * suppression is for what is published (statistics.publication.ts). The cases themselves stay on
 * the overdue list of those who reach them; the sweep tells the overseers each case's reference
 * when it falls overdue (clock-sweep.service.ts).
 */
import { assertPermission, hasPermission } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import { missionFilter } from '../../db/scope.js';
import { acronymOf, missionNames } from '../missions/mission.service.js';

export interface OverdueSummaryRow {
  missionId: string;
  acronym: string;
  open: number;
  evidenceOverdue: number;
  investigationOverdue: number;
}

/** For heads of mission (conduct:overview) and the conduct teams (conduct:read). @throws forbidden */
export async function overdueSummary(ctx: RequestContext): Promise<OverdueSummaryRow[]> {
  if (!hasPermission(ctx.actor, 'conduct:overview')) assertPermission(ctx.actor, 'conduct:read');
  const now = ctx.clock.now().toISOString();
  const rows = await ctx.db
    .selectFrom('conduct_cases')
    .select([
      'mission_id',
      'source_system',
      'evidence_gathered_at',
      'evidence_due_at',
      'investigation_due_at',
    ])
    .where('status', 'in', ['received', 'under_investigation'])
    .where(missionFilter(ctx.actor, 'conduct_cases.mission_id'))
    .execute();
  const names = await missionNames(
    ctx,
    rows.map((r) => r.mission_id),
  );
  const per = new Map<
    string,
    { acronym: string; open: number; evidence: number; investigation: number }
  >();
  for (const r of rows) {
    const entry = per.get(r.mission_id) ?? {
      acronym: acronymOf(names, r.mission_id),
      open: 0,
      evidence: 0,
      investigation: 0,
    };
    entry.open += 1;
    const iso = (v: string | Date) => new Date(v).toISOString();
    if (r.source_system === 'manual' && !r.evidence_gathered_at && iso(r.evidence_due_at) < now)
      entry.evidence += 1;
    if (iso(r.investigation_due_at) < now) entry.investigation += 1;
    per.set(r.mission_id, entry);
  }
  return [...per]
    .map(([missionId, e]) => ({
      missionId,
      acronym: e.acronym,
      open: e.open,
      evidenceOverdue: e.evidence,
      investigationOverdue: e.investigation,
    }))
    .sort((a, b) => a.acronym.localeCompare(b.acronym));
}
