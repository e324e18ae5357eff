/**
 * F12: the audit chain anchored outside the database. The chain alone shows an entry edited or
 * taken out of the middle; it cannot show its last entries deleted with the head moved back, or the
 * whole chain recomputed. So the head (seq, hash) is written, signed with a key derived from the
 * field keys, to a checkpoint file outside the database (PEACEOPS_AUDIT_CHECKPOINTS; by default
 * beside it) every 15 minutes by the server, at every backup and on `peaceops audit checkpoint`;
 * `audit verify` checks the chain against every checkpoint and prints the latest, and every backup
 * carries the checkpoints it was verified against. A writer of the database without the key file
 * cannot forge a checkpoint; one who holds both is the accepted risk (docs/security.md).
 */
import fs from 'node:fs';
import path from 'node:path';
import type { AppContext } from '../../db/context.js';
import type { ChainVerdict } from './audit.chain.js';
import { readHead } from './audit.repository.js';

export interface Checkpoint {
  seq: number;
  hash: string;
  at: string;
  signature: string;
}

const purpose = 'audit-checkpoint';
const signed = (c: Pick<Checkpoint, 'seq' | 'hash' | 'at'>) => `${c.seq}.${c.hash}.${c.at}`;

export interface CheckpointFile {
  checkpoints: (Checkpoint & { line: number; valid: boolean })[];
}

/** Every line of a checkpoint file, each with whether its signature holds (none: no file yet). */
export function readCheckpoints(app: Pick<AppContext, 'cipher'>, file: string): CheckpointFile {
  if (!fs.existsSync(file)) return { checkpoints: [] };
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  const checkpoints: CheckpointFile['checkpoints'] = [];
  lines.forEach((text, index) => {
    if (text.trim() === '') return;
    let parsed: Partial<Checkpoint> = {};
    try {
      parsed = JSON.parse(text) as Partial<Checkpoint>;
    } catch {
      /* an unreadable line fails its signature below */
    }
    const checkpoint = {
      seq: Number(parsed.seq),
      hash: String(parsed.hash ?? ''),
      at: String(parsed.at ?? ''),
      signature: String(parsed.signature ?? ''),
    };
    const valid =
      Number.isInteger(checkpoint.seq) &&
      app.cipher.verifySigned(purpose, signed(checkpoint), checkpoint.signature);
    checkpoints.push({ ...checkpoint, line: index + 1, valid });
  });
  return { checkpoints };
}

/** Appends the chain's head to the checkpoint file, unless it is already the last one written. */
export async function writeCheckpoint(
  app: AppContext,
  file = app.config.auditCheckpointFile,
): Promise<Checkpoint | null> {
  const head = await readHead(app.db);
  if (!head || head.seq === 0) return null;
  const last = readCheckpoints(app, file).checkpoints.at(-1);
  if (last && last.seq === head.seq && last.hash === head.hash) return null;
  const at = app.clock.now().toISOString();
  const checkpoint = { seq: head.seq, hash: head.hash, at };
  const line: Checkpoint = {
    ...checkpoint,
    signature: app.cipher.sign(purpose, signed(checkpoint)),
  };
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const fd = fs.openSync(file, 'a', 0o600);
  try {
    fs.writeSync(fd, `${JSON.stringify(line)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  return line;
}

/**
 * The chain's verdict checked against the checkpoints: each must be signed, within the log, and
 * find at its seq the hash it saw. `seen` holds the stored hash at each checkpoint's seq.
 */
export function againstCheckpoints(
  verdict: ChainVerdict,
  file: CheckpointFile,
  seen: ReadonlyMap<number, string | undefined>,
): ChainVerdict {
  const latest = file.checkpoints.filter((c) => c.valid).at(-1);
  const summary = {
    verified: 0,
    latest: latest ? { seq: latest.seq, hash: latest.hash, at: latest.at } : null,
  };
  if (!verdict.ok) return { ...verdict, checkpoints: summary };
  const fail = (firstBreak: NonNullable<ChainVerdict['firstBreak']>): ChainVerdict => ({
    ...verdict,
    ok: false,
    firstBreak,
    checkpoints: summary,
  });
  for (const c of file.checkpoints) {
    if (!c.valid)
      return fail({
        seq: Number.isInteger(c.seq) ? c.seq : 0,
        kind: 'checkpoint',
        message: `checkpoint line ${c.line} was altered, or not written with this server's keys`,
      });
    if (c.seq > verdict.count)
      return fail({
        seq: verdict.count + 1,
        kind: 'truncated',
        message: `the log ends at entry ${verdict.count} but the checkpoint of ${c.at} saw entry ${c.seq}: entries were removed`,
      });
    if (seen.get(c.seq) !== c.hash)
      return fail({
        seq: c.seq,
        kind: 'rewritten',
        message: `entry ${c.seq} is not the one the checkpoint of ${c.at} saw: the chain was rewritten`,
      });
    summary.verified += 1;
  }
  return { ...verdict, checkpoints: summary };
}
