/**
 * The tamper-evident audit log. Invariants: every write, sensitive read, export, sign-in and
 * denied access appends exactly one entry in the same transaction as the act it records (if the
 * entry cannot be written, the act fails: S9); entries hold ids and a digest, never values (S6).
 */
import { DomainError } from '../../core/errors.js';
import { canonicalJson, sha256Hex } from '../../core/hash.js';
import { assertPermission, type Actor } from '../../core/policy.js';
import { fromTimestamp, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import {
  ChainVerifier,
  entryHash,
  genesisHash,
  type ChainVerdict,
  type ChainedEntry,
} from './audit.chain.js';
import {
  insertEntry,
  listEntries,
  lockHead,
  readAllEntries,
  readHead,
} from './audit.repository.js';
import { againstCheckpoints, readCheckpoints } from './audit-checkpoint.service.js';
import type { AuditQuery } from './audit.schema.js';

export interface AuditEvent {
  /** `<module>.<noun>.<verb>`, e.g. `missions.mission.create`, `auth.sign-in`. */
  action: string;
  outcome?: 'ok' | 'denied' | 'failed';
  recordType?: string;
  recordId?: string;
  missionId?: string | null;
  /**
   * What changed, digested (SHA-256) and never stored. Pass tier-1 fields only as ciphertext.
   */
  change?: unknown;
}

export interface AuditActor {
  actorId: string | null;
  actorLabel: string;
}

export function auditActorOf(actor: Actor | null, fallbackLabel = 'anonymous'): AuditActor {
  if (!actor) return { actorId: null, actorLabel: fallbackLabel };
  return {
    actorId: actor.via === 'system' || actor.via === 'cli' ? null : actor.userId,
    actorLabel: `${actor.via}:${actor.username}`,
  };
}

/** Appends one entry. Call inside the transaction of the act being recorded. */
export async function appendAudit(
  ctx: AppContext,
  who: AuditActor,
  event: AuditEvent,
): Promise<ChainedEntry> {
  return inTransaction(ctx, async (tx) => {
    const head = await lockHead(tx.db, tx.dialect);
    const prevHash = head?.hash ?? genesisHash;
    const fields = {
      seq: (head?.seq ?? 0) + 1,
      id: tx.ids.newId(),
      at: toTimestamp(tx.clock.now()),
      ...who,
      action: event.action,
      outcome: event.outcome ?? 'ok',
      recordType: event.recordType ?? null,
      recordId: event.recordId ?? null,
      missionId: event.missionId ?? null,
      digest: event.change === undefined ? null : sha256Hex(canonicalJson(event.change)),
    };
    const entry: ChainedEntry = { ...fields, prevHash, hash: entryHash(prevHash, fields) };
    await insertEntry(tx.db, entry);
    return entry;
  });
}

/** Audit in the name of the request's actor. */
export function audit(ctx: RequestContext, event: AuditEvent): Promise<ChainedEntry> {
  return appendAudit(ctx, auditActorOf(ctx.actor), event);
}

/**
 * Verifies the whole chain, and the chain against the signed checkpoints outside the database
 * (F12; `checkpointFile` null: none, e.g. a backup that has none). Needs no permission: the CLI
 * runs it with file access.
 */
export async function verifyAuditLog(
  ctx: AppContext,
  options: { checkpointFile?: string | null } = {},
): Promise<ChainVerdict> {
  const file =
    options.checkpointFile === undefined ? ctx.config.auditCheckpointFile : options.checkpointFile;
  const checkpoints = file ? readCheckpoints(ctx, file) : { checkpoints: [] };
  const seen = new Map<number, string | undefined>(
    checkpoints.checkpoints.map((c) => [c.seq, undefined]),
  );
  const verifier = new ChainVerifier();
  for await (const entry of readAllEntries(ctx.db)) {
    if (seen.has(entry.seq)) seen.set(entry.seq, entry.hash);
    if (!verifier.push(entry)) break;
  }
  return againstCheckpoints(verifier.finish(await readHead(ctx.db)), checkpoints, seen);
}

/** Administrators' view, newest first; throws `forbidden` without audit:read. */
export async function listAudit(ctx: RequestContext, query: AuditQuery) {
  assertPermission(ctx.actor, 'audit:read');
  const beforeSeq = query.cursor === undefined ? null : Number(query.cursor);
  if (beforeSeq !== null && !Number.isInteger(beforeSeq)) {
    throw new DomainError('validation_failed', 'cursor: not a cursor from this list', [
      { path: 'cursor', message: 'invalid' },
    ]);
  }
  const entries = await listEntries(ctx.db, ctx.actor, {
    ...query,
    beforeSeq,
    limit: query.limit + 1,
  });
  const items = entries.slice(0, query.limit).map(({ prevHash: _prev, ...rest }) => rest);
  const nextCursor = entries.length > query.limit ? String(items[items.length - 1]!.seq) : null;
  return { items, nextCursor };
}

/** Verification from the web UI, audited itself. */
export async function verifyAuditAs(ctx: RequestContext): Promise<ChainVerdict> {
  assertPermission(ctx.actor, 'audit:read');
  const verdict = await verifyAuditLog(ctx);
  await audit(ctx, { action: 'audit.log.verify', outcome: verdict.ok ? 'ok' : 'failed' });
  return verdict;
}

/**
 * One record's history, oldest first: when, who, what (never the change itself; the log keeps only
 * its digest). No permission of its own: the calling module first checks the record is readable.
 */
export async function recordHistory(
  ctx: RequestContext,
  record: { recordType: string; recordId: string },
): Promise<{ at: string; actorLabel: string; action: string; outcome: string }[]> {
  const rows = await ctx.db
    .selectFrom('audit_entries')
    .select(['at', 'actor_label', 'action', 'outcome'])
    .where('record_type', '=', record.recordType)
    .where('record_id', '=', record.recordId)
    .orderBy('seq', 'asc')
    .limit(500)
    .execute();
  return rows.map((r) => ({
    at: fromTimestamp(r.at).toISOString(),
    actorLabel: r.actor_label,
    action: r.action,
    outcome: r.outcome,
  }));
}
