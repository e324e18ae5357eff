/**
 * P1 (¶76) and P2 (¶81): where the days of civilian recruitment go, per category and track
 * (regular or fast-track) and over all, against ¶76's 180 and 120 days. Counts only: no name.
 */
import { dayOf } from '../../core/days.js';
import { assertPermission, missionsToRead } from '../../core/policy.js';
import { fromBool } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import { pipelineRows } from './personnel.repository.js';
import {
  factsOf,
  paragraph76,
  pipelineOfFacts,
  recruitmentCategories,
  recruitmentSteps,
} from './recruitment.rules.js';
import type { Pipeline } from './recruitment.schema.js';
import { datesOf } from './recruitment.service.js';

/** @throws forbidden, not_found (mission) */
export async function recruitmentPipeline(
  ctx: RequestContext,
  query: { missionId?: string; from?: string; to?: string },
): Promise<Pipeline> {
  assertPermission(ctx.actor, 'personnel:read');
  const rows = await pipelineRows(ctx.db, missionsToRead(ctx.actor, query.missionId), query);
  const today = dayOf(ctx.clock.now());
  // Each row worked out once; the groups aggregate the rows' facts.
  const dated = rows.map((r) => {
    const dates = datesOf(r);
    return { fast: fromBool(r.fast_track), category: dates.category, facts: factsOf(dates, today) };
  });
  const groups: Pipeline['groups'] = [];
  for (const category of ['all', ...recruitmentCategories] as const)
    for (const track of ['all', 'regular', 'fast_track'] as const) {
      const of = dated.filter(
        (r) =>
          (category === 'all' || r.category === category) &&
          (track === 'all' || r.fast === (track === 'fast_track')),
      );
      if (of.length === 0 && !(category === 'all' && track === 'all')) continue;
      groups.push({
        category,
        track,
        ...pipelineOfFacts(of.map((r) => r.facts)),
      });
    }
  return {
    standard: { ...paragraph76 },
    steps: [...recruitmentSteps],
    groups,
    illustrative: rows.filter((r) => fromBool(r.illustrative)).length,
  };
}
