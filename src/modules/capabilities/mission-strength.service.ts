/**
 * A mission's authorised and deployed uniformed strength month by month, and the gap between
 * them (issue 5, item 10; ¶85: the partnership stands or fails on filling what was authorised).
 */
import { assertPermission } from '../../core/policy.js';
import type { RequestContext } from '../../db/context.js';
import { missionIdByAcronym } from '../missions/mission.service.js';
import { strengthMonths } from './mission-strength.repository.js';
import type { StrengthMonth } from './mission-strength.schema.js';

const sum = (values: (number | null)[]) =>
  values.every((v) => v === null) ? null : values.reduce<number>((a, v) => a + (v ?? 0), 0);

/** @throws forbidden, not_found (mission absent or out of view) */
export async function strengthSeries(
  ctx: RequestContext,
  mission: string,
): Promise<StrengthMonth[]> {
  assertPermission(ctx.actor, 'capabilities:read');
  const missionId = await missionIdByAcronym(ctx, mission);
  return (await strengthMonths(ctx.db, ctx.actor, missionId)).map((r) => {
    const authorised = sum([r.authorised_troops, r.authorised_police, r.authorised_observers]);
    const deployed = sum([r.troops, r.police, r.observers]);
    return {
      month: r.month,
      authorised: {
        troops: r.authorised_troops,
        police: r.authorised_police,
        observers: r.authorised_observers,
        total: authorised,
      },
      deployed: { troops: r.troops, police: r.police, observers: r.observers, total: deployed },
      gap: authorised === null || deployed === null ? null : authorised - deployed,
    };
  });
}
