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
import type { Logger, LogLevel } from '../core/log.js';
import type { BackgroundTask, BackgroundTasks } from '../db/context.js';
import { writerGateBuffer } from '../db/connect.js';

/** What a worker posts: progress any number of times, then one result or one error. */
export type WorkerMessage =
  | { kind: 'progress'; update: Record<string, number> }
  | { kind: 'log'; level: LogLevel; message: string; fields?: Record<string, unknown> | undefined }
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
/**
 * Each worker's heap is bounded (PEACEOPS_IMPORT_HEAP_MB, issue 22). A task keeps what it works on
 * bounded (an import streams its file, stages its rows in the database and keeps its first thousand
 * rejections), but V8 lets a heap grow while garbage is cheap to leave: a 1,000,000-event import
 * peaked at 447 MB with no limit.
 */
function startWorker(data: WorkerData): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: data.config.taskHeapMb };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./task-worker.js', import.meta.url), {
      workerData: data,
      resourceLimits,
    });
  const entry = JSON.stringify(new URL('./task-worker.ts', import.meta.url).href);
  const script = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(script, { eval: true, workerData: data, resourceLimits });
}

/** The worker's log lines, written where its starter writes its own (the CLI: stderr). */
export function forwardingLogger(post: (message: WorkerMessage) => void): Logger {
  const emit = (level: LogLevel) => (message: string, fields?: Record<string, unknown>) =>
    post({ kind: 'log', level, message, fields });
  return { info: emit('info'), warn: emit('warn'), error: emit('error') };
}

export function workerTasks(config: Config, log: Logger): BackgroundTasks {
  return {
    run: (task, progress) =>
      new Promise((resolve, reject) => {
        const worker = startWorker({ config, task, writerGate: writerGateBuffer() });
        let settled = false;
        worker.on('message', (message: WorkerMessage) => {
          if (message.kind === 'progress') progress(message.update);
          else if (message.kind === 'log') log[message.level](message.message, message.fields);
          else if (message.kind === 'result') {
            settled = true;
            resolve(message.value);
          } else {
            settled = true;
            const { code, message: text, details } = message.error;
            reject(code ? new DomainError(code, text, details) : new Error(text));
          }
        });
        worker.on('error', (error: Error & { code?: string }) => {
          if (!settled)
            reject(
              error.code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? new DomainError(
                    'invalid_state',
                    `The ${task.name} task needed more than its ${config.taskHeapMb} MB of memory and was stopped (PEACEOPS_IMPORT_HEAP_MB sets the limit)`,
                  )
                : error,
            );
          settled = true;
        });
        worker.on('exit', (exitCode) => {
          if (!settled) reject(new Error(`background task ${task.name} exited with ${exitCode}`));
          settled = true;
        });
      }),
  };
}
