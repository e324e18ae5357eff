/**
 * Who may administer whom (issue 15, F1 and F2; docs/security.md). Pure.
 * - An administrator's authority is headquarters (administrator at headquarters, working in the
 *   headquarters view: every mission and headquarters itself) or the mission it works in where it
 *   holds administrator (by a membership of that mission, or at headquarters).
 * - It may act on a user — password, name, status, roles — only when its authority covers every
 *   role that user holds or awaits; it may grant or remove only roles its authority covers.
 * - Nobody grants themselves a role.
 * - A role that reaches tier-1 data (victims, complainants, witnesses, medical records) is granted
 *   only when a second person approves: another administrator whose authority covers it.
 * The local operator (the CLI, on the server's own files) administers everything and grants directly.
 */
import { rolesRequiringTwoFactor, type Role } from '../../core/permissions.js';
import type { Actor } from '../../core/policy.js';
import type { Membership } from './user.schema.js';

export interface AdminAuthority {
  headquarters: boolean;
  missions: ReadonlySet<string>;
}

/** The caller's authority over users, from its own memberships and the view it works in. */
export function adminAuthority(
  actor: Pick<Actor, 'via' | 'missionIds' | 'permissions'>,
  own: readonly Membership[],
): AdminAuthority {
  if (actor.via === 'cli' || actor.via === 'system')
    return { headquarters: true, missions: new Set() };
  if (!actor.permissions.has('users:write')) return { headquarters: false, missions: new Set() };
  const atHeadquarters = own.some((m) => m.missionId === null && m.role === 'administrator');
  if (actor.missionIds === 'all') return { headquarters: atHeadquarters, missions: new Set() };
  const administered = actor.missionIds.filter(
    (id) => atHeadquarters || own.some((m) => m.missionId === id && m.role === 'administrator'),
  );
  return { headquarters: false, missions: new Set(administered) };
}

export function covers(authority: AdminAuthority, missionId: string | null): boolean {
  return authority.headquarters || (missionId !== null && authority.missions.has(missionId));
}

/** The roles of `memberships` the authority does not cover (none: the caller may act). */
export function uncovered(
  authority: AdminAuthority,
  memberships: readonly Membership[],
): Membership[] {
  return memberships.filter((m) => !covers(authority, m.missionId));
}

/** A user with no role at all is headquarters' to administer. */
export function mayActOn(authority: AdminAuthority, memberships: readonly Membership[]): boolean {
  return memberships.length === 0
    ? authority.headquarters
    : uncovered(authority, memberships).length === 0;
}

/** Roles that reach tier-1 data: granted only with a second person's approval (F2). */
export const secondPersonRoles: ReadonlySet<Role> = rolesRequiringTwoFactor;

const key = (m: Membership) => `${m.missionId ?? 'HQ'}:${m.role}`;

export function sameMembership(a: Membership, b: Membership): boolean {
  return key(a) === key(b);
}

/** What changes from `before` to `after`, each membership once. */
export function membershipChanges(
  before: readonly Membership[],
  after: readonly Membership[],
): { added: Membership[]; removed: Membership[]; kept: Membership[] } {
  const had = new Set(before.map(key));
  const wants = new Set(after.map(key));
  const unique = (list: readonly Membership[]) => [
    ...new Map(list.map((m) => [key(m), m] as const)).values(),
  ];
  return {
    added: unique(after).filter((m) => !had.has(key(m))),
    removed: unique(before).filter((m) => !wants.has(key(m))),
    kept: unique(after).filter((m) => had.has(key(m))),
  };
}

/** Whether a role given by this caller needs a second person's approval before it takes effect. */
export function needsSecondPerson(actor: Pick<Actor, 'via'>, membership: Membership): boolean {
  return actor.via !== 'cli' && actor.via !== 'system' && secondPersonRoles.has(membership.role);
}
