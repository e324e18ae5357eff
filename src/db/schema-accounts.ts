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

export interface AccountsTables {
  role_grants: RoleGrantsTable;
}
