/**
 * Uniformed personnel over time (issue 5, item 10): per contributor or per mission, month by
 * month, troops, police (individual and formed units), experts on mission, the total and the
 * women among them — over the missions in the caller's view. Read with capabilities:read.
 */
import { DomainError } from '../../core/errors.js';
import { assertPermission } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import { missionIdByAcronym } from '../missions/mission.service.js';
import { contributionSums, contributorRows } from './contribution.repository.js';
import type { ContributionMonth, Contributor } from './contribution.schema.js';

/** @throws forbidden, validation_failed (neither or both given), not_found (mission) */
export async function contributionSeries(
  ctx: RequestContext,
  filter: { contributor?: string; mission?: string },
): Promise<ContributionMonth[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  if (Boolean(filter.contributor) === Boolean(filter.mission))
    throw new DomainError('validation_failed', 'give either contributor or mission', [
      { path: 'contributor', message: 'one of contributor, mission' },
    ]);
  const missionId = filter.mission ? await missionIdByAcronym(ctx, filter.mission) : undefined;
  const rows = await contributionSums(ctx.db, ctx.actor, {
    contributor: filter.contributor?.toUpperCase(),
    missionId,
  });
  return rows.map((r) => {
    const total = Number(r.total);
    const women = Number(r.women);
    return {
      month: r.month,
      troops: Number(r.troops),
      police: Number(r.police_individual) + Number(r.police_units),
      experts: Number(r.experts),
      total,
      women,
      shareOfWomen: total > 0 ? Math.round((women / total) * 10_000) / 10_000 : null,
    };
  });
}

/** Contributing States with figures stored, by name. @throws forbidden */
export async function listContributors(ctx: RequestContext): Promise<Contributor[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  return contributorRows(ctx.db);
}
