/**
 * How an import's checked incident rows are staged and applied (I2, F6, issue 22): each row is
 * staged as the columns of the record it would create; a chunk's new records are then written in
 * SQL from the staged rows (incident-import.repository.ts) and the rest — records already held,
 * a source id met again in the file — one by one, compared and revised. The import is audited as
 * one act with a digest of the records it wrote; each record it revised also gets its own entry.
 * I1 follow-ups open as for manual records.
 */
import { sql } from 'kysely';
import { canonicalJson } from '../../core/hash.js';
import { toTimestamp } from '../../db/codecs.js';
import type { RequestContext } from '../../db/context.js';
import {
  chainDigest,
  stagedRowsAt,
  type StagedChunk,
  type StagedImporter,
} from '../../db/staged-import.js';
import { audit } from '../audit/audit.service.js';
import { ensureFollowUp, openHostFollowUp } from './follow-up.service.js';
import {
  asStoredRow,
  insertStagedIncidents,
  stagedIncident,
  stagedKeys,
  storedSourceIds,
  type ChunkFacts,
  type StagedIncident,
  type StagedKey,
} from './incident-import.repository.js';
import {
  findIncidentRowsBySource,
  insertIncident,
  insertRow,
  recordType,
  toIncident,
  updateIncidentRow,
} from './incident.repository.js';
import { needsHostFollowUp, totalKilled } from './incident.rules.js';
import type { Incident } from './incident.schema.js';
import { addToCells } from './map-cells.repository.js';
import type { MappedRow } from './ucdp.mapping.js';

const comparable = (
  i: Pick<
    Incident,
    | 'occurredAt'
    | 'timePrecision'
    | 'location'
    | 'category'
    | 'actors'
    | 'casualties'
    | 'sources'
    | 'narrative'
    | 'origin'
  >,
) =>
  canonicalJson([
    i.occurredAt,
    i.timePrecision,
    i.location,
    i.category,
    i.actors,
    i.casualties,
    i.sources,
    i.narrative,
    i.origin.attributes,
  ]);

/** What one import has done so far, saved after every applied chunk (db/staged-import.ts). */
export interface IncidentProgress {
  missionId: string;
  source: string;
  total: number;
  rejected: number;
  created: number;
  updated: number;
  unchanged: number;
  /** The chained digest of the records written, in order (chainDigest). */
  digest: string;
  /** PostgreSQL: records created when the import last had the table's statistics taken. */
  analyzedAt?: number;
}

function newIncident(ctx: RequestContext, missionId: string, row: MappedRow): Incident {
  const now = toTimestamp(ctx.clock.now());
  const { missionId: _m, compartmentIds: _c, ...fields } = row.input;
  return {
    id: ctx.ids.newId(),
    missionId,
    ...fields,
    occurredAt: new Date(fields.occurredAt).toISOString(),
    fatalities: totalKilled(fields.casualties),
    status: 'reported',
    statusReason: '',
    compartmentIds: [],
    origin: row.origin,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

/** A checked row as staged: the columns of the record it would create, its id given now. */
export function stagedRow(ctx: RequestContext, missionId: string, row: MappedRow): StagedIncident {
  const incident = newIncident(ctx, missionId, row);
  return stagedIncident(
    insertRow(incident, ctx.actor.userId),
    needsHostFollowUp(incident.category, incident.casualties),
  );
}

/** A staged row as stored; rows staged before issue 22 held the mapped row (`input`, `origin`). */
function asStaged(tx: RequestContext, missionId: string, row: unknown): StagedIncident {
  return typeof row === 'object' && row !== null && 'input' in row
    ? stagedRow(tx, missionId, row as MappedRow)
    : (row as StagedIncident);
}

/**
 * The rows the chunk's SQL insert does not take, in file order: a record that exists (compared
 * with the stored one: unchanged, or revised and audited), a source id met again in the file (the
 * later row is compared with the earlier, stored one), a row staged before issue 22.
 * @returns the ids written, in order
 */
async function applyOneByOne(
  tx: RequestContext,
  rows: StagedIncident[],
  { progress, facts }: { progress: IncidentProgress; facts: ChunkFacts },
): Promise<string[]> {
  const { missionId } = progress;
  const written: string[] = [];
  const keyed = rows.filter((r) => r.source_id !== null);
  const stored = await findIncidentRowsBySource(tx.db, {
    missionId,
    system: keyed[0]?.source_system ?? '',
    sourceIds: [...new Set(keyed.map((r) => r.source_id!))],
  });
  const current = new Map([...stored].map(([key, row]) => [key, toIncident(row, [])]));
  for (const row of rows) {
    const given = toIncident(asStoredRow(row, { ...facts, version: 1 }), []);
    const before = row.source_id === null ? undefined : current.get(row.source_id);
    if (!before) {
      await insertIncident(tx.db, given, tx.actor.userId);
      await ensureFollowUp(tx, given);
      if (row.source_id !== null) current.set(row.source_id, given);
      progress.created += 1;
      written.push(given.id);
      continue;
    }
    const next: Incident = {
      ...before,
      occurredAt: given.occurredAt,
      timePrecision: given.timePrecision,
      location: given.location,
      category: given.category,
      actors: given.actors,
      casualties: given.casualties,
      fatalities: given.fatalities,
      sources: given.sources,
      narrative: given.narrative,
      origin: given.origin,
      updatedAt: facts.now,
      version: before.version + 1,
    };
    if (comparable(next) === comparable(before)) {
      progress.unchanged += 1;
      continue;
    }
    await updateIncidentRow(tx.db, next, before.version);
    await ensureFollowUp(tx, next);
    await audit(tx, {
      action: 'incidents.incident.import-update',
      recordType,
      recordId: before.id,
      missionId,
      change: { source: next.origin },
    });
    current.set(row.source_id!, next);
    progress.updated += 1;
    written.push(before.id);
  }
  return written;
}

/**
 * Applies a chunk of staged rows (F6: chunks of about half a second). Its new records — neither
 * stored yet nor met earlier in the chunk — are written in SQL from the staged rows (issue 22),
 * the map's aggregate counted in one statement; then the rest one by one. The digest takes the
 * new records' ids in file order, then the others' in file order.
 */
async function applyStagedChunk(
  tx: RequestContext,
  chunk: StagedChunk,
  progress: IncidentProgress,
) {
  const { missionId } = progress;
  const facts = { missionId, createdBy: tx.actor.userId, now: toTimestamp(tx.clock.now()) };
  const keys = await stagedKeys(tx.db, { dialect: tx.dialect, ...chunk });
  const keyed = keys.filter((k) => k.id !== null && k.sourceId !== null);
  const existing = await storedSourceIds(tx.db, {
    missionId,
    system: keyed[0]?.sourceSystem ?? '',
    sourceIds: keyed.map((k) => k.sourceId!),
  });
  const fresh: StagedKey[] = [];
  const later: number[] = [];
  const seen = new Set<string>();
  for (const key of keys) {
    const isNew =
      key.id !== null &&
      (key.sourceId === null || (!existing.has(key.sourceId) && !seen.has(key.sourceId)));
    if (isNew) fresh.push(key);
    else later.push(key.seq);
    if (key.sourceId !== null) seen.add(key.sourceId);
  }
  const written = fresh.map((k) => k.id!);
  if (fresh.length > 0) {
    const seqs = fresh.map((k) => k.seq);
    await insertStagedIncidents(tx.db, { dialect: tx.dialect, ...chunk, seqs }, facts);
    await addToCells(tx.db, { dialect: tx.dialect, ids: written, sign: 1 });
    for (const key of fresh)
      if (key.followUp) await openHostFollowUp(tx, { id: key.id!, missionId }, 'incident');
    progress.created += fresh.length;
    await keepStatistics(tx, progress);
  }
  if (later.length > 0) {
    const rows = (await stagedRowsAt(tx.db, chunk.runId, later)).map((row) =>
      asStaged(tx, missionId, row),
    );
    written.push(...(await applyOneByOne(tx, rows, { progress, facts })));
  }
  progress.digest = chainDigest(progress.digest, written);
}

/**
 * PostgreSQL plans a chunk's lookups by source id from the table's statistics; a table that an
 * import makes ten times larger than they say is scanned whole for each chunk (issue 22: 0.7 s a
 * chunk at 800,000 records, autovacuum off). The import takes them again each time it has doubled
 * what it created since (50,000 rows at least): a few times an import, a sample each time.
 */
async function keepStatistics(tx: RequestContext, progress: IncidentProgress): Promise<void> {
  if (tx.dialect !== 'postgres') return;
  const last = progress.analyzedAt ?? 0;
  if (progress.created < 2 * last + 50_000) return;
  await sql`analyze incidents`.execute(tx.db);
  progress.analyzedAt = progress.created;
}

/**
 * SQLite keeps no statistics unless asked (issue 22): without them, a 10 km box over four years on
 * 1,000,000 events was planned through the mission's time index and took 130–170 ms instead of
 * 2–3 ms through the R*Tree. An import that adds a tenth or more of the
 * records counted at the last analysis (or any thousand when none was taken) takes them again:
 * the whole table read once, 1.6 s at 1,000,000 records, in the import's last transaction.
 */
async function keepSqliteStatistics(tx: RequestContext, created: number): Promise<void> {
  if (tx.dialect !== 'sqlite' || created < 1_000) return;
  const kept = await sql<{ n: number }>`select count(*) as n from sqlite_master
    where name = 'sqlite_stat1'`.execute(tx.db);
  const counted =
    Number(kept.rows[0]?.n ?? 0) === 0
      ? []
      : (
          await sql<{ stat: string }>`select stat from sqlite_stat1
            where tbl = 'incidents' and idx = 'incidents_mission_time'`.execute(tx.db)
        ).rows;
  const rows = counted.length === 0 ? 0 : Number(counted[0]!.stat.split(' ')[0]);
  if (rows > 0 && created * 10 < rows) return;
  await sql`pragma analysis_limit = 0`.execute(tx.db);
  await sql`analyze incidents`.execute(tx.db);
}

/** Applies checked incident rows in chunks of about half a second (F6), and audits the import as one act. */
export const incidentImporter: StagedImporter<StagedIncident, IncidentProgress> = {
  kind: 'incidents',
  // A transaction holds SQLite's writer for about half a second: 1,000 rows first, then as many
  // as the last chunk's pace allows (250 to 10,000). A chunk's cost is mostly the pages it dirties
  // in the map's aggregate and the indexes, which a larger chunk shares (issue 22: 100,000 events
  // in 24 s instead of 33 s with 1,000-row chunks, which took a quarter second each by the end).
  chunkSize: 1_000,
  chunkMs: 500,
  applyStaged: applyStagedChunk,
  async finish(tx, progress) {
    await keepSqliteStatistics(tx, progress.created);
    // One entry for the import: who, which file, what it did, and a digest of every record it
    // created or updated (their ids in order), so the log can be checked against the records.
    await audit(tx, {
      action: 'incidents.import',
      missionId: progress.missionId,
      change: {
        source: progress.source,
        total: progress.total,
        created: progress.created,
        updated: progress.updated,
        unchanged: progress.unchanged,
        rejected: progress.rejected,
        recordsDigest: progress.digest,
      },
    });
  },
};
