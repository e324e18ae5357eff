/**
 * Background tasks in worker threads (BackgroundTasks of db/context.ts): each task gets a fresh
 * worker that opens its own database connection with the same configuration, runs the task for the
 * actor it was given and posts progress and its result back. On SQLite the worker's write
 * transaction leaves the server's reads going (WAL); on both dialects parsing a large file no longer
 * stalls other requests. A DomainError thrown in the worker comes back as a DomainError.
 */
import { Worker } from 'node:worker_threads';
import type { Config } from '../core/config.js';
import { DomainError, type ErrorCode, type ErrorDetail } from '../core/errors.js';
import type { BackgroundTask, BackgroundTasks } from '../db/context.js';
import { writerGateBuffer } from '../db/connect.js';

/** What a worker posts: progress any number of times, then one result or one error. */
export type WorkerMessage =
  | { kind: 'progress'; update: Record<string, number> }
  | { kind: 'result'; value: unknown }
  | {
      kind: 'error';
      error: { code: ErrorCode | null; message: string; details?: ErrorDetail[] | undefined };
    };

export interface WorkerData {
  config: Config;
  task: BackgroundTask;
  /** The server thread's count of writers waiting to begin (db/connect.ts). */
  writerGate: SharedArrayBuffer;
}

/**
 * The worker: compiled JavaScript in production; from TypeScript sources (tests, development) a
 * small script registers tsx's loader in the worker first, then loads the entry.
 */
function startWorker(data: WorkerData): Worker {
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./task-worker.js', import.meta.url), { workerData: data });
  const entry = JSON.stringify(new URL('./task-worker.ts', import.meta.url).href);
  const script = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(script, { eval: true, workerData: data });
}

export function workerTasks(config: Config): BackgroundTasks {
  return {
    run: (task, progress) =>
      new Promise((resolve, reject) => {
        const worker = startWorker({ config, task, writerGate: writerGateBuffer() });
        let settled = false;
        worker.on('message', (message: WorkerMessage) => {
          if (message.kind === 'progress') progress(message.update);
          else if (message.kind === 'result') {
            settled = true;
            resolve(message.value);
          } else {
            settled = true;
            const { code, message: text, details } = message.error;
            reject(code ? new DomainError(code, text, details) : new Error(text));
          }
        });
        worker.on('error', (error) => {
          if (!settled) reject(error);
          settled = true;
        });
        worker.on('exit', (exitCode) => {
          if (!settled) reject(new Error(`background task ${task.name} exited with ${exitCode}`));
          settled = true;
        });
      }),
  };
}
