/**
 * The explicit context every use case takes. AppContext is built once by a composition root
 * (src/app/, tests); RequestContext adds who is asking and the request id.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../core/clock.js';
import type { Config, Dialect } from '../core/config.js';
import type { FieldCipher } from '../core/field-cipher.js';
import type { Ids } from '../core/ids.js';
import type { Logger } from '../core/log.js';
import type { Actor } from '../core/policy.js';
import type { Throttle } from '../core/throttle.js';
import type { Seen } from './generations.js';
import type { Database } from './schema.js';

export interface AppContext {
  db: Kysely<Database>;
  dialect: Dialect;
  config: Config;
  clock: Clock;
  ids: Ids;
  log: Logger;
  cipher: FieldCipher;
  /** Sign-in attempts per client address. */
  signInThrottle: Throttle;
  /** Long tasks off the request loop (runtime/background.ts); absent, they run in this thread. */
  background?: BackgroundTasks;
}

/** A long task by name, run for an actor with a plain (structured-clonable) input. */
export interface BackgroundTask {
  name: string;
  actor: Actor;
  input: unknown;
  /** The starter's time (ISO 8601): the worker's clock runs on from it. */
  startedAt: string;
}

/**
 * Runs a task in a worker thread with its own database connection, so a long import neither
 * blocks the server's event loop nor holds its connection; progress comes back as small messages.
 */
export interface BackgroundTasks {
  run(task: BackgroundTask, progress: (update: Record<string, number>) => void): Promise<unknown>;
}

export interface RequestContext extends AppContext {
  actor: Actor;
  requestId: string;
  /** Where things stood as the caller's credential was read, when it was (db/generations.ts). */
  seen?: Seen | undefined;
}

/**
 * Runs the named task in a worker thread for the context's actor, from the context's time, when
 * the context has background tasks; else `here`, in this thread. The worker's answer is the task's.
 */
export function inBackground<T>(
  ctx: RequestContext,
  task: { name: string; input: unknown },
  work: {
    here: () => Promise<T>;
    progress?: (update: Record<string, number>) => void;
  },
): Promise<T> {
  if (!ctx.background) return work.here();
  const started = { ...task, actor: ctx.actor, startedAt: ctx.clock.now().toISOString() };
  return ctx.background.run(started, work.progress ?? (() => undefined)) as Promise<T>;
}

/** Runs `work` in one transaction with the context's db swapped for the transaction. */
export async function inTransaction<C extends AppContext, T>(
  ctx: C,
  work: (tx: C) => Promise<T>,
): Promise<T> {
  if (ctx.db.isTransaction) return work(ctx);
  return ctx.db.transaction().execute((trx) => work({ ...ctx, db: trx }));
}
