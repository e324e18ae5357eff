/**
 * Table types for Kysely. Column kinds come from the portable vocabulary (columns.ts): ids are
 * text, timestamps are ISO strings in SQLite and timestamptz in PostgreSQL (codecs.ts reads both),
 * booleans are 0/1 in SQLite and boolean in PostgreSQL, JSON is text or jsonb.
 */
import type { Generated } from 'kysely';
import type { Bool, Count, Json, NullableTimestamp, Timestamp } from './column-types.js';

export interface MissionsTable {
  id: string;
  acronym: string;
  name: string;
  host_countries: Json;
  mandate_start: string;
  mandate_end: string | null;
  hq_name: string;
  hq_latitude: number;
  hq_longitude: number;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  status: 'active' | 'disabled';
  failed_sign_ins: number;
  locked_until: NullableTimestamp;
  totp_secret: string | null;
  totp_enabled: Bool;
  /** The 30-second step of the last accepted code: a code is accepted once (ASVS 6.5.1). */
  totp_last_step: number | null;
  locale: string;
  created_at: Timestamp;
  updated_at: Timestamp;
  version: number;
}

export interface MembershipsTable {
  id: string;
  user_id: string;
  /** null: a headquarters role, in force in every mission. */
  mission_id: string | null;
  role: string;
  created_at: Timestamp;
}

export interface SessionsTable {
  /** SHA-256 of the cookie value; the value itself is never stored. */
  id: string;
  user_id: string;
  mission_id: string | null;
  stage: 'full' | 'totp' | 'enroll';
  csrf_token: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: NullableTimestamp;
}

export interface ApiTokensTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  prefix: string;
  mission_id: string | null;
  created_at: Timestamp;
  expires_at: NullableTimestamp;
  last_used_at: NullableTimestamp;
  revoked_at: NullableTimestamp;
}

export interface CompartmentsTable {
  id: string;
  mission_id: string;
  name: string;
  description: string;
  sensitive: Bool;
  created_at: Timestamp;
  created_by: string;
  version: number;
}

export interface CompartmentMembersTable {
  compartment_id: string;
  user_id: string;
  mission_id: string;
  added_at: Timestamp;
  added_by: string;
}

/** Which compartments label a record of any module (need-to-know groups). */
export interface RecordCompartmentsTable {
  record_type: string;
  record_id: string;
  compartment_id: string;
  mission_id: string;
}

export interface AuditEntriesTable {
  seq: Count;
  id: string;
  at: Timestamp;
  actor_id: string | null;
  actor_label: string;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  record_type: string | null;
  record_id: string | null;
  mission_id: string | null;
  digest: string | null;
  prev_hash: string;
  hash: string;
}

export interface AuditHeadTable {
  id: number;
  seq: Count;
  hash: string;
}

export interface IncidentsTable {
  id: string;
  mission_id: string;
  occurred_at: Timestamp;
  time_precision: string;
  latitude: number;
  longitude: number;
  location_precision: string;
  admin_area: string | null;
  place_name: string | null;
  category: string;
  actors: Json;
  casualties: Json;
  /** Killed in all groups, kept as a column for filters and map sizing. */
  fatalities: number;
  sources: Json;
  narrative: string;
  status: string;
  status_reason: string;
  /** 'manual', 'ucdp', 'acled', 'hxl': with source_id, the key imports update by (I2). */
  source_system: string;
  source_id: string | null;
  /** The source's own codes and figures, kept as imported (e.g. UCDP best/low/high, precision codes). */
  source_attributes: Json | null;
  created_at: Timestamp;
  created_by: string;
  updated_at: Timestamp;
  version: number;
  /** Integer key of the point in the spatial index (SQLite R*Tree); set by the database. */
  geo_key: Generated<number | string | null>;
}

/** Moved by triggers whenever what an open interface serves may change (migration 0039). */
export interface IncidentGenerationTable {
  id: number;
  n: number | string;
}

/** The map's aggregate (incidents/map-cells.repository.ts): unlabelled incidents per cell and period. */
export interface IncidentMapCellsTable {
  mission_id: string;
  level: number;
  /** 'y': a whole year (month 0); 'm': one month */
  span: 'y' | 'm';
  cx: number;
  cy: number;
  year: number;
  month: number;
  category: string;
  status: string;
  n: number;
  killed: number;
  sum_lon: number;
  sum_lat: number;
}

export interface IncidentFollowUpsTable {
  id: string;
  incident_id: string;
  mission_id: string;
  authority: string;
  reference: string;
  status: 'open' | 'closed';
  next_review_on: string;
  outcome: string | null;
  opened_at: Timestamp;
  closed_at: NullableTimestamp;
  version: number;
}

import type { CapabilitiesTables } from './schema-capabilities.js';
import type { ConductTables } from './schema-conduct.js';
import type { EarlyWarningTables } from './schema-early-warning.js';
import type { AccountsTables } from './schema-accounts.js';
import type { ImportTables } from './schema-imports.js';
import type { MandatesTables } from './schema-mandates.js';
import type { MedicalTables } from './schema-medical.js';
import type { PersonnelTables } from './schema-personnel.js';
import type { ReportsTables } from './schema-reports.js';

export type {
  ConductCasesTable,
  ConductSubjectsTable,
  ConductVictimsTable,
  ConductClockSettingsTable,
  ConductComplaintsTable,
  ConductComplaintMessagesTable,
  ConductMeasuresTable,
  ConductPatternRulesTable,
  ConductReferralsTable,
  ConductAssistanceTable,
  ConductScreeningsTable,
} from './schema-conduct.js';

export interface NotificationsTable {
  id: string;
  user_id: string;
  mission_id: string | null;
  record_type: string;
  record_id: string;
  /** e.g. 'conduct.evidence_overdue'; the web UI translates it with the params. */
  kind: string;
  /** What the message shows: a reference and a date, never a tier-1 value. */
  params: Json;
  created_at: Timestamp;
  read_at: NullableTimestamp;
}

export interface OutboxTable {
  id: string;
  notification_id: string;
  /** The username; the relay maps it to an address from its directory. */
  recipient: string;
  subject: string;
  body: string;
  created_at: Timestamp;
  sent_at: NullableTimestamp;
}

/** Every table; the early-warning module's are declared in schema-early-warning.ts, role grants in schema-accounts.ts, staged imports in schema-imports.ts. */
/** Every table, as Kysely types queries; each group of tables in its own schema-*.ts file. */
export interface Database
  extends
    AccountsTables,
    CapabilitiesTables,
    ConductTables,
    EarlyWarningTables,
    ImportTables,
    MandatesTables,
    MedicalTables,
    PersonnelTables,
    ReportsTables {
  missions: MissionsTable;
  users: UsersTable;
  memberships: MembershipsTable;
  sessions: SessionsTable;
  api_tokens: ApiTokensTable;
  compartments: CompartmentsTable;
  compartment_members: CompartmentMembersTable;
  record_compartments: RecordCompartmentsTable;
  audit_entries: AuditEntriesTable;
  audit_head: AuditHeadTable;
  incidents: IncidentsTable;
  incident_follow_ups: IncidentFollowUpsTable;
  incident_map_cells: IncidentMapCellsTable;
  incident_generation: IncidentGenerationTable;
  notifications: NotificationsTable;
  outbox: OutboxTable;
}
