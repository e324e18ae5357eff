/**
 * The one access policy. Every service asks `assertCan` (one record) or scopes its queries with
 * db/scope.ts, which implements the same rule in SQL; a property test holds the two equal.
 * Rule: a user reaches a record only with the permission, the record's mission in view and
 * membership of every compartment on the record. Deny by default.
 */
import { DomainError, forbidden, notFound } from './errors.js';
import type { Permission, Role } from './permissions.js';

export interface Actor {
  userId: string;
  username: string;
  /** How the caller proved who they are; the CLI acts as the local operator. */
  via: 'session' | 'token' | 'cli' | 'system';
  /** The mission being worked in, or null at headquarters (every mission the HQ roles cover). */
  missionId: string | null;
  /** Missions whose records are in view. */
  missionIds: 'all' | readonly string[];
  roles: readonly Role[];
  permissions: ReadonlySet<Permission>;
  compartmentIds: ReadonlySet<string>;
}

/** What the policy needs to know of a record. */
export interface ScopedRecord {
  missionId: string | null;
  compartmentIds: readonly string[];
}

export function hasPermission(actor: Actor, permission: Permission): boolean {
  return actor.permissions.has(permission);
}

export function missionInView(actor: Actor, missionId: string | null): boolean {
  if (missionId === null) return true;
  return actor.missionIds === 'all' || actor.missionIds.includes(missionId);
}

export function canReach(actor: Actor, permission: Permission, record: ScopedRecord): boolean {
  return (
    hasPermission(actor, permission) &&
    missionInView(actor, record.missionId) &&
    record.compartmentIds.every((id) => actor.compartmentIds.has(id))
  );
}

/** Throws `forbidden` when the permission is missing (nothing about any record is revealed). */
export function assertPermission(actor: Actor, permission: Permission): void {
  if (!hasPermission(actor, permission)) throw forbidden(`Missing permission ${permission}`);
}

/**
 * A record that exists but is outside the caller's reach. It answers exactly like an absent one
 * (`not_found`, same message) and is audited as a denied access by the error handler.
 */
export class OutOfReach extends DomainError {
  readonly recordType: string;
  readonly recordId: string | null;
  readonly missionId: string | null;

  /**
   * `labelType`: the type the record's compartment labels carry, so that the audit view shows the
   * denial only to those who hold its compartments (F9). A compartmented record without one is
   * recorded without its id: the denial then names no record anyone may not see.
   */
  constructor(kind: string, record: ScopedRecord & { id?: unknown }, labelType?: string) {
    super('not_found', `${kind} not found`);
    this.recordType = labelType ?? kind.toLowerCase();
    const nameable = labelType !== undefined || record.compartmentIds.length === 0;
    this.recordId = nameable && typeof record.id === 'string' ? record.id : null;
    this.missionId = record.missionId;
  }
}

/**
 * Throws `forbidden` without the permission and `not_found` when the record is absent or out of
 * the caller's missions or compartments, so a hidden record looks exactly like a missing one.
 * Returns the record, now known to be reachable.
 */
export function assertCan<T extends ScopedRecord>(
  actor: Actor,
  permission: Permission,
  found: { kind: string; record: T | undefined; labelType?: string },
): T {
  assertPermission(actor, permission);
  if (found.record === undefined) throw notFound(found.kind);
  if (!canReach(actor, permission, found.record))
    throw new OutOfReach(found.kind, found.record, found.labelType);
  return found.record;
}

/** The mission a new record goes to: the one in view; at HQ the caller must name one. */
export function missionForWrite(actor: Actor, requested: string | undefined): string {
  const missionId = requested ?? actor.missionId;
  if (missionId === null || missionId === undefined) {
    throw new DomainError('validation_failed', 'Choose the mission this record belongs to', [
      {
        path: 'missionId',
        message: 'Choose the mission this record belongs to',
        code: 'required',
      },
    ]);
  }
  if (!missionInView(actor, missionId)) throw notFound('Mission');
  return missionId;
}

/** The missions a list reads: the one asked (if in view), else the one worked in, else all in view. */
export function missionsToRead(
  actor: Actor,
  requested: string | undefined,
): 'all' | readonly string[] {
  if (requested !== undefined) return [missionForWrite(actor, requested)];
  return actor.missionId !== null ? [actor.missionId] : actor.missionIds;
}
