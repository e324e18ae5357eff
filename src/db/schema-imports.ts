/** Staged imports (db/staged-import.ts): shared by every module's file import, owned by none. */
import type { Timestamp } from './column-types.js';

export interface ImportRunsTable {
  id: string;
  /** Which importer applies the rows, e.g. 'incidents'. */
  kind: string;
  /** 'staging' (the file is being read) | 'staged' (read, waiting its turn) | 'applying' */
  state: string;
  /** The actor who started the import, as JSON: a run is finished as the person who began it. */
  actor: string;
  /** The importer's running totals, as JSON. */
  progress: string;
  staged: number;
  applied: number;
  /** host:pid:thread:token of the process working on the run; null when none is. */
  owner: string | null;
  heartbeat_at: Timestamp;
  created_at: Timestamp;
}

export interface ImportStagedRowsTable {
  run_id: string;
  seq: number;
  /** One good row, as JSON. */
  row: string;
}

export interface ImportTables {
  import_runs: ImportRunsTable;
  import_staged_rows: ImportStagedRowsTable;
}
