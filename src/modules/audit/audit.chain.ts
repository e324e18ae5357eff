/**
 * The audit hash chain, pure. Each entry's hash = SHA-256(previous hash, canonical entry), so an
 * edited, removed or reordered entry breaks every link after it; the head row catches a cut tail.
 */
import { canonicalJson, sha256Hex } from '../../core/hash.js';

export const genesisHash = '0'.repeat(64);

export interface ChainedEntry {
  seq: number;
  id: string;
  at: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  outcome: 'ok' | 'denied' | 'failed';
  recordType: string | null;
  recordId: string | null;
  missionId: string | null;
  digest: string | null;
  prevHash: string;
  hash: string;
}

export type EntryFields = Omit<ChainedEntry, 'prevHash' | 'hash'>;

export function entryHash(prevHash: string, fields: EntryFields): string {
  const {
    seq,
    id,
    at,
    actorId,
    actorLabel,
    action,
    outcome,
    recordType,
    recordId,
    missionId,
    digest,
  } = fields;
  const body = {
    seq,
    id,
    at,
    actorId,
    actorLabel,
    action,
    outcome,
    recordType,
    recordId,
    missionId,
    digest,
  };
  return sha256Hex(`${prevHash}\n${canonicalJson(body)}`);
}

export type ChainBreakKind =
  | 'removed'
  | 'edited'
  | 'reordered'
  | 'truncated'
  /** A checkpoint saw another entry at this seq: the chain was recomputed (F12). */
  | 'rewritten'
  /** A checkpoint line whose signature does not hold. */
  | 'checkpoint';

export interface ChainVerdict {
  ok: boolean;
  count: number;
  headHash: string;
  firstBreak: { seq: number; kind: ChainBreakKind; message: string } | null;
  /** The checkpoints outside the database the chain was checked against (F12). */
  checkpoints?: { verified: number; latest: { seq: number; hash: string; at: string } | null };
}

export interface ChainHead {
  seq: number;
  hash: string;
}

/** Walks entries in stored seq order; reports the first broken link. */
export class ChainVerifier {
  private expectedSeq = 1;
  private running = genesisHash;
  private count = 0;
  private broken: ChainVerdict['firstBreak'] = null;

  push(entry: ChainedEntry): boolean {
    if (this.broken) return false;
    const seq = this.expectedSeq;
    if (entry.seq !== seq) {
      const kind = entry.seq > seq ? 'removed' : 'reordered';
      return this.fail(seq, kind, `entry ${seq} is missing or out of order (found ${entry.seq})`);
    }
    if (entry.prevHash !== this.running) {
      return this.fail(seq, 'reordered', `entry ${seq} does not link to entry ${seq - 1}`);
    }
    if (entryHash(entry.prevHash, entry) !== entry.hash) {
      return this.fail(seq, 'edited', `entry ${seq} was changed after it was written`);
    }
    this.running = entry.hash;
    this.expectedSeq += 1;
    this.count += 1;
    return true;
  }

  finish(head: ChainHead | undefined): ChainVerdict {
    const last = this.expectedSeq - 1;
    if (!this.broken && head && (head.seq !== last || head.hash !== this.running)) {
      this.fail(
        last + 1,
        'truncated',
        `the log ends at entry ${last} but its head says ${head.seq}`,
      );
    }
    return {
      ok: this.broken === null,
      count: this.count,
      headHash: this.running,
      firstBreak: this.broken,
    };
  }

  private fail(seq: number, kind: ChainBreakKind, message: string): false {
    this.broken = { seq, kind, message };
    return false;
  }
}

export function verifyChain(entries: Iterable<ChainedEntry>, head?: ChainHead): ChainVerdict {
  const verifier = new ChainVerifier();
  for (const entry of entries) if (!verifier.push(entry)) break;
  return verifier.finish(head);
}
