/**
 * The SQL half of the access policy (core/policy.ts `canReach`): keeps only rows whose mission is
 * in view and whose every compartment label is held by the actor. Every list, count, map, export
 * and audit view goes through it; a property test checks it equals the pure policy.
 */
import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../core/policy.js';

export interface ScopeColumns {
  /** The record type written in record_compartments (e.g. 'incident'), or a column holding it. */
  recordType: string | { column: string };
  /** Column holding the record id, e.g. 'incidents.id'. */
  idColumn: string;
  /** Column holding the mission id, e.g. 'incidents.mission_id'. */
  missionColumn: string;
}

export function missionFilter(actor: Actor, missionColumn: string): Expression<SqlBool> {
  if (actor.missionIds === 'all') return sql<SqlBool>`1 = 1`;
  if (actor.missionIds.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(missionColumn)} in (${sql.join(actor.missionIds)})`;
}

export function compartmentFilter(
  actor: Actor,
  columns: Omit<ScopeColumns, 'missionColumn'>,
): Expression<SqlBool> {
  const held = [...actor.compartmentIds];
  const notHeld =
    held.length === 0 ? sql`` : sql` and rc.compartment_id not in (${sql.join(held)})`;
  const type =
    typeof columns.recordType === 'string'
      ? sql`${columns.recordType}`
      : sql.ref(columns.recordType.column);
  return sql<SqlBool>`not exists (select 1 from record_compartments rc where rc.record_type = ${type} and rc.record_id = ${sql.ref(columns.idColumn)}${notHeld})`;
}

/** Both filters: use as `.where(reachableBy(actor, {...}))`. */
export function reachableBy(actor: Actor, columns: ScopeColumns): Expression<SqlBool> {
  const mission = missionFilter(actor, columns.missionColumn);
  const compartments = compartmentFilter(actor, columns);
  return sql<SqlBool>`(${mission} and ${compartments})`;
}

/** Rows that carry no compartment label at all (what an aggregate open to every reader may count). */
export function unlabelled(recordType: string, idColumn: string): Expression<SqlBool> {
  return sql<SqlBool>`not exists (select 1 from record_compartments rc where rc.record_type = ${recordType} and rc.record_id = ${sql.ref(idColumn)})`;
}

/**
 * Rows labelled with at least one compartment the actor holds (never true when it holds none):
 * the only labelled rows that `reachableBy` can let through, found from the labels.
 */
export function labelledWithHeld(
  actor: Actor,
  columns: { recordType: string; idColumn: string },
): Expression<SqlBool> {
  const held = [...actor.compartmentIds];
  if (held.length === 0) return sql<SqlBool>`1 = 0`;
  return sql<SqlBool>`${sql.ref(columns.idColumn)} in (select rc.record_id from record_compartments rc where rc.record_type = ${columns.recordType} and rc.compartment_id in (${sql.join(held)}))`;
}
