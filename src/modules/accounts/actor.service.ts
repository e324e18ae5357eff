/**
 * Who is asking, in which mission: turns a user's memberships and compartment memberships into
 * the Actor the policy reads. Headquarters roles (mission null) apply in every mission; the
 * headquarters view (missionId null) sees every mission with the headquarters roles only.
 */
import { isRole, permissionsOf, type Role } from '../../core/permissions.js';
import type { Actor } from '../../core/policy.js';
import type { AppContext } from '../../db/context.js';
import { heldCompartmentIds } from '../compartments/compartment.service.js';
import { missionNames } from '../missions/mission.service.js';
import { cachedActor, fileActor } from './actor-cache.js';
import { accessGeneration } from './session.repository.js';
import { findUserRow, membershipsOf } from './user.repository.js';
import type { Membership } from './user.schema.js';

export interface MissionView {
  missionId: string | null;
  roles: Role[];
}

/** The views a user may switch between: headquarters (if any HQ role) and each mission. */
export async function availableViews(ctx: AppContext, userId: string): Promise<MissionView[]> {
  const memberships = (await membershipsOf(ctx.db, [userId])).get(userId) ?? [];
  return viewsOf(memberships, await allMissionIds(ctx, memberships));
}

async function allMissionIds(ctx: AppContext, memberships: Membership[]): Promise<string[]> {
  if (!memberships.some((m) => m.missionId === null)) return [];
  return [...(await missionNames(ctx)).keys()];
}

function viewsOf(memberships: Membership[], allMissions: string[]): MissionView[] {
  const hqRoles = memberships.filter((m) => m.missionId === null).map((m) => m.role);
  const missionIds = [
    ...new Set([...allMissions, ...memberships.flatMap((m) => (m.missionId ? [m.missionId] : []))]),
  ];
  const views: MissionView[] = hqRoles.length > 0 ? [{ missionId: null, roles: hqRoles }] : [];
  for (const missionId of missionIds) {
    const roles = [
      ...new Set([
        ...hqRoles,
        ...memberships.filter((m) => m.missionId === missionId).map((m) => m.role),
      ]),
    ];
    views.push({ missionId, roles: roles.filter(isRole) });
  }
  return views;
}

/**
 * The actor for `userId` in the requested view; an unavailable view falls back to the first
 * available one (headquarters first). A user with no memberships gets no permissions.
 */
export async function buildActor(
  ctx: AppContext,
  args: {
    userId: string;
    username: string;
    via: Actor['via'];
    missionId: string | null;
    fullAccess: boolean;
  },
): Promise<Actor> {
  const views = await availableViews(ctx, args.userId);
  const view = views.find((v) => v.missionId === args.missionId) ?? views[0];
  const missionIds: Actor['missionIds'] = !view
    ? []
    : view.missionId === null
      ? 'all'
      : [view.missionId];
  const roles = args.fullAccess && view ? view.roles : [];
  const compartmentIds =
    roles.length > 0 ? await heldCompartmentIds(ctx, args.userId, missionIds) : [];
  return {
    userId: args.userId,
    username: args.username,
    via: args.via,
    missionId: view?.missionId ?? null,
    missionIds,
    roles,
    permissions: permissionsOf(roles),
    compartmentIds: new Set(compartmentIds),
  };
}

/**
 * The actor of an active user in the requested view, as `buildActor` makes it, kept in memory while
 * nothing it is built from changes (actor-cache.ts). null: no such user, or not active.
 */
export async function actorOfUser(
  ctx: AppContext,
  args: {
    userId: string;
    via: Actor['via'];
    missionId: string | null;
    fullAccess: boolean;
    /** The access generation read with the session or token (session.repository.ts). */
    generation?: number | string | null;
  },
): Promise<Actor | null> {
  // First: what is read after this can only be as new as this generation or newer.
  const key = {
    userId: args.userId,
    missionId: args.missionId,
    fullAccess: args.fullAccess,
    generation:
      args.generation === undefined || args.generation === null
        ? await accessGeneration(ctx.db)
        : Number(args.generation),
  };
  const kept = cachedActor(ctx.db, key, args.via);
  if (kept) return kept;
  const user = await findUserRow(ctx.db, { id: args.userId });
  if (!user || user.status !== 'active') return null;
  const actor = await buildActor(ctx, { ...args, username: user.username });
  fileActor(ctx.db, key, actor);
  return actor;
}
