/** Kysely table types of the early-warning module. */
import type { Timestamp } from './schema.js';

/** A high-risk situation for Human Rights Up Front reviews (E3). */
export interface HighRiskSituationsTable {
  id: string;
  mission_id: string;
  title: string;
  area: string;
  description: string;
  /** Username of the person who owns the follow-up. */
  owner: string;
  /** 'open' | 'closed' */
  status: string;
  next_review_on: string;
  closed_reason: string | null;
  created_at: Timestamp;
  created_by: string;
  version: number;
}

/** Evidence linked to a situation: an incident (its id), a forecast, hotspot or alert (a key). */
export interface HighRiskEvidenceTable {
  id: string;
  situation_id: string;
  kind: string;
  reference: string;
  note: string;
  added_at: Timestamp;
  added_by: string;
}

/** A review of a situation: forum, decision, follow-up, the next review date. */
export interface HighRiskReviewsTable {
  id: string;
  situation_id: string;
  reviewed_on: string;
  forum: string;
  decision: string;
  follow_up: string;
  follow_up_on: string | null;
  next_review_on: string;
  reviewed_by: string;
  created_at: Timestamp;
}
