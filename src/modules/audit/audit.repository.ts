/** Audit storage: append under the head row's lock, read in seq order. No authorization here. */
import { sql, type Kysely, type Selectable } from 'kysely';
import type { Dialect } from '../../core/config.js';
import type { Actor } from '../../core/policy.js';
import { fromCount, fromTimestamp } from '../../db/codecs.js';
import { lockClause } from '../../db/dialect-sql.js';
import type { AuditEntriesTable, Database } from '../../db/schema.js';
import { compartmentFilter, missionFilter } from '../../db/scope.js';
import type { ChainHead, ChainedEntry } from './audit.chain.js';

type Row = Selectable<AuditEntriesTable>;

export function toEntry(row: Row): ChainedEntry {
  return {
    seq: fromCount(row.seq),
    id: row.id,
    at: fromTimestamp(row.at).toISOString(),
    actorId: row.actor_id,
    actorLabel: row.actor_label,
    action: row.action,
    outcome: row.outcome,
    recordType: row.record_type,
    recordId: row.record_id,
    missionId: row.mission_id,
    digest: row.digest,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export async function lockHead(
  db: Kysely<Database>,
  dialect: Dialect,
): Promise<ChainHead | undefined> {
  const result = await sql<{
    seq: number;
    hash: string;
  }>`select seq, hash from audit_head where id = 1${lockClause(dialect)}`.execute(db);
  const row = result.rows[0];
  return row ? { seq: fromCount(row.seq), hash: row.hash } : undefined;
}

export async function readHead(db: Kysely<Database>): Promise<ChainHead | undefined> {
  const row = await db
    .selectFrom('audit_head')
    .select(['seq', 'hash'])
    .where('id', '=', 1)
    .executeTakeFirst();
  return row ? { seq: fromCount(row.seq), hash: row.hash } : undefined;
}

export async function insertEntry(db: Kysely<Database>, entry: ChainedEntry): Promise<void> {
  await db
    .insertInto('audit_entries')
    .values({
      seq: entry.seq,
      id: entry.id,
      at: entry.at,
      actor_id: entry.actorId,
      actor_label: entry.actorLabel,
      action: entry.action,
      outcome: entry.outcome,
      record_type: entry.recordType,
      record_id: entry.recordId,
      mission_id: entry.missionId,
      digest: entry.digest,
      prev_hash: entry.prevHash,
      hash: entry.hash,
    })
    .execute();
  const head = { seq: entry.seq, hash: entry.hash };
  const updated = await db
    .updateTable('audit_head')
    .set(head)
    .where('id', '=', 1)
    .executeTakeFirst();
  if (Number(updated.numUpdatedRows) === 0)
    await db
      .insertInto('audit_head')
      .values({ id: 1, ...head })
      .execute();
}

/** Entries in seq order, a batch at a time, so verification never holds the log in memory. */
export async function* readAllEntries(
  db: Kysely<Database>,
  batch = 5000,
): AsyncGenerator<ChainedEntry> {
  let after = 0;
  for (;;) {
    const rows = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('seq', '>', after)
      .orderBy('seq')
      .limit(batch)
      .execute();
    for (const row of rows) yield toEntry(row);
    if (rows.length < batch) return;
    after = fromCount(rows[rows.length - 1]!.seq);
  }
}

export interface EntryFilter {
  beforeSeq: number | null;
  limit: number;
  action?: string | undefined;
  recordId?: string | undefined;
}

/** Newest first, limited to what the actor may see (mission in view, compartments held). */
export async function listEntries(
  db: Kysely<Database>,
  actor: Actor,
  filter: EntryFilter,
): Promise<ChainedEntry[]> {
  const columns = {
    recordType: { column: 'audit_entries.record_type' },
    idColumn: 'audit_entries.record_id',
  };
  let query = db
    .selectFrom('audit_entries')
    .selectAll()
    .where((eb) =>
      eb.or([eb('mission_id', 'is', null), missionFilter(actor, 'audit_entries.mission_id')]),
    )
    .where(compartmentFilter(actor, columns));
  if (filter.beforeSeq !== null) query = query.where('seq', '<', filter.beforeSeq);
  if (filter.action) query = query.where('action', '=', filter.action);
  if (filter.recordId) query = query.where('record_id', '=', filter.recordId);
  const rows = await query.orderBy('seq', 'desc').limit(filter.limit).execute();
  return rows.map((r) => toEntry(r));
}
