/**
 * Whom other modules may make responsible for something in a mission — the owner of a next-of-kin
 * step, of an indicator: an active account holding a role in that mission or at headquarters.
 */
import { DomainError } from '../../core/errors.js';
import type { AppContext } from '../../db/context.js';
import { userFacts, userIdByUsername } from './user.service.js';

/**
 * A person another module makes responsible for something in a mission (an owner of a step or an
 * indicator): an active account holding a role in that mission or at headquarters.
 * @returns the account's username as stored
 * @throws validation_failed naming `path`
 */
export async function assertActiveUserOf(
  ctx: AppContext,
  { username, missionId, path }: { username: string; missionId: string; path: string },
): Promise<string> {
  const id = await userIdByUsername(ctx, username).catch(() => null);
  const facts = id ? (await userFacts(ctx, [id])).get(id) : undefined;
  if (!facts?.active || !facts.missionIds.some((m) => m === null || m === missionId))
    throw new DomainError(
      'validation_failed',
      `${path}: ${username} is not an active user of this mission`,
      [{ path, message: `${username} is not an active user of this mission` }],
    );
  return facts.username;
}
