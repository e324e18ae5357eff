/**
 * What force selection (K5) needs of units' records: the latest assessment of each unit and its
 * contributor's average (K7), remedial plans overdue (K7), refusals and where they stand (K8).
 * Over the missions in the caller's view. No permission of its own: callers check theirs.
 */
import { dayOf } from '../../core/days.js';
import type { RequestContext } from '../../db/context.js';
import { planStatus } from './assessment.rules.js';
import { unitLabels } from '../capabilities/pledge.service.js';
import { assessmentRows, planRows, refusalRows } from './performance.repository.js';
import { refusalStatus } from './refusal.rules.js';
import { stateOf } from './refusal.service.js';

export interface UnitRecord {
  performance: {
    unit: { score: number; assessedOn: string } | null;
    contributor: { score: number; units: number } | null;
  };
  overduePlans: { dueOn: string }[];
  refusals: { occurredOn: string; status: string }[];
}

function latestPerUnit(
  rows: { pledge_id: string; contributor: string; assessed_on: string; score: number }[],
) {
  const latest = new Map<string, { contributor: string; score: number; assessedOn: string }>();
  for (const r of rows)
    latest.set(r.pledge_id, {
      contributor: r.contributor,
      score: r.score,
      assessedOn: r.assessed_on,
    });
  return latest;
}

/** The record of each unit, by id. */
export async function unitRecords(
  ctx: RequestContext,
  units: readonly { id: string; contributor: string }[],
): Promise<Map<string, UnitRecord>> {
  const today = dayOf(ctx.clock.now());
  const ids = units.map((u) => u.id);
  // The contributor's average is over all its units in view, not only the units asked about.
  const theirs = await unitLabels(ctx, { contributors: units.map((u) => u.contributor) });
  const [assessed, plans, refusals] = await Promise.all([
    assessmentRows(ctx.db, ctx.actor, [...theirs.keys()]),
    planRows(ctx.db, ctx.actor, { unitIds: ids }),
    refusalRows(ctx.db, ctx.actor, { unitIds: ids }),
  ]);
  const latest = latestPerUnit(
    assessed.map((a) => ({ ...a, contributor: theirs.get(a.pledge_id)!.contributor })),
  );
  const byContributor = new Map<string, number[]>();
  for (const l of latest.values())
    byContributor.set(l.contributor, [...(byContributor.get(l.contributor) ?? []), l.score]);
  const records = new Map<string, UnitRecord>();
  for (const u of units) {
    const own = latest.get(u.id);
    const scores = byContributor.get(u.contributor) ?? [];
    const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
    records.set(u.id, {
      performance: {
        unit: own ? { score: own.score, assessedOn: own.assessedOn } : null,
        contributor:
          scores.length > 0 ? { score: Math.round(mean * 100) / 100, units: scores.length } : null,
      },
      overduePlans: plans
        .filter((p) => p.pledge_id === u.id)
        .filter(
          (p) =>
            planStatus(
              { dueOn: p.due_on, closedOn: p.closed_on, outcome: p.outcome as null },
              today,
            ) === 'overdue',
        )
        .map((p) => ({ dueOn: p.due_on })),
      refusals: refusals
        .filter((r) => r.pledge_id === u.id)
        .map((r) => ({
          occurredOn: r.occurred_on,
          status: refusalStatus(stateOf(r), today).status,
        })),
    });
  }
  return records;
}
