/** Kysely table types of the accounts module beyond users and memberships (schema.ts). */
import type { NullableTimestamp, Timestamp } from './column-types.js';

/**
 * A role that reaches tier-1 data, asked for by one administrator and granted only when a second
 * approves (F2): the membership is written on approval, never before.
 */
export interface RoleGrantsTable {
  id: string;
  user_id: string;
  /** null: a headquarters role. */
  mission_id: string | null;
  role: string;
  /** 'pending' | 'approved' | 'refused' | 'withdrawn' */
  status: string;
  /** The user id of the administrator who asked (or the operator's label). */
  requested_by: string;
  requested_at: Timestamp;
  decided_by: string | null;
  decided_at: NullableTimestamp;
}

/**
 * One row (id 1): moved by triggers whenever anything a request's actor is built from changes
 * (memberships, compartment members, missions, a user's status or username), so every process may
 * keep actors in memory while it stands still (accounts/actor-cache.ts).
 */
export interface AccessGenerationTable {
  id: number;
  n: number;
}

export interface AccountsTables {
  role_grants: RoleGrantsTable;
  access_generation: AccessGenerationTable;
}
