/** The actor of a user in a mission, as a signed-in session would have it (for service-level tests). */
import type { Actor } from '../../src/core/policy.js';
import { buildActor } from '../../src/modules/accounts/actor.service.js';
import { loadUser } from '../../src/modules/accounts/user.service.js';
import type { TestApp } from './test-app.js';

export async function actorFor(
  t: TestApp,
  userId: string,
  missionId: string | null,
): Promise<Actor> {
  const user = await loadUser(t.ctx, userId);
  if (!user) throw new Error(`no user ${userId}`);
  return buildActor(t.ctx, {
    userId,
    username: user.username,
    via: 'session',
    missionId,
    fullAccess: true,
  });
}
