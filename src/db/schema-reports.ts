/** Kysely table types of the reports module (the periodic report to the Council). */
import type { Json, NullableTimestamp, Timestamp } from './column-types.js';

export interface ReportsTable {
  id: string;
  mission_id: string;
  /** YYYY-MM-DD, both days in the period. */
  period_from: string;
  period_to: string;
  edition: number;
  previous_id: string | null;
  /** 'draft' | 'signed' */
  status: string;
  observations: string;
  created_by: string;
  created_at: Timestamp;
  signed_by: string | null;
  signed_at: NullableTimestamp;
  /** The PeriodicReport frozen at signing; null while a draft. */
  content: Json | null;
  content_hash: string | null;
  updated_at: Timestamp;
  version: number;
}

export interface ReportCommentsTable {
  id: string;
  report_id: string;
  author: string;
  text: string;
  created_at: Timestamp;
}

export interface ReportsTables {
  reports: ReportsTable;
  report_comments: ReportCommentsTable;
}
