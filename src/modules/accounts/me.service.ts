/** What the signed-in user sees of themself: profile, views, permissions. */
import type { AppContext } from '../../db/context.js';
import { availableViews } from './actor.service.js';
import type { Me } from './auth.schema.js';
import type { ResolvedSession } from './session.service.js';
import { missionNames } from '../missions/mission.service.js';
import { loadUser } from './user.service.js';

export async function describeSession(
  ctx: AppContext,
  resolved: ResolvedSession,
  csrfToken: string | null,
): Promise<Me> {
  const user = (await loadUser(ctx, resolved.session.user_id))!;
  const views = await availableViews(ctx, user.id);
  const ids = views.flatMap((v) => (v.missionId ? [v.missionId] : []));
  const missions = [...(await missionNames(ctx, ids)).values()];
  return {
    user,
    stage: resolved.session.stage,
    missionId: resolved.actor.missionId,
    views: views.map((v) => {
      const mission = missions.find((m) => m.id === v.missionId);
      return {
        missionId: v.missionId,
        acronym: mission?.acronym ?? null,
        name: mission?.name ?? null,
        roles: v.roles,
      };
    }),
    permissions: [...resolved.actor.permissions].sort(),
    csrfToken,
  };
}
