/**
 * The worker thread's entry (see background.ts): open the database with the server's configuration,
 * run the named task for the actor it was started for, post progress and the result, close.
 * Tasks are listed here, by name; a task is a module service taking a RequestContext.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { isDomainError } from '../core/errors.js';
import type { RequestContext } from '../db/context.js';
import { publishGridForecast } from '../modules/early-warning/grid-forecast.service.js';
import type { PublishGridForecastInput } from '../modules/early-warning/grid-forecast.schema.js';
import { runImportTask } from '../modules/incidents/import-job.service.js';
import { forwardingLogger, type WorkerData, type WorkerMessage } from './background.js';
import { openApp } from './context.js';
import { adoptWriterGate } from '../db/connect.js';
import { clockFrom } from '../core/clock.js';

type Task = (
  ctx: RequestContext,
  input: unknown,
  progress: (update: Record<string, number>) => void,
) => Promise<unknown>;

const tasks: Record<string, Task> = {
  'incidents.import': (ctx, input, progress) =>
    runImportTask(ctx, input as Parameters<typeof runImportTask>[1], progress),
  'early-warning.grid-forecast': (ctx, input) =>
    publishGridForecast(ctx, input as PublishGridForecastInput),
};

const post = (message: WorkerMessage) => parentPort?.postMessage(message);

async function main(): Promise<void> {
  const { config, task, writerGate } = workerData as WorkerData;
  adoptWriterGate(writerGate);
  const run = tasks[task.name];
  if (!run) throw new Error(`no background task named ${task.name}`);
  const opened = await openApp(config, {
    clock: clockFrom(task.startedAt),
    migrate: 'none',
    yieldsToWriters: true,
    // Imports write much: the WAL is copied into the database every 50,000 pages (~200 MB at
    // SQLite's 4 KB pages) rather than every 1,000. A 1,000,000-event import: 158 s against 216 s,
    // its commits 47 s against 75 s; every 10,000 pages gave no gain (issue 22, bench/README.md).
    checkpointPages: 50_000,
    log: forwardingLogger(post),
  });
  try {
    const ctx: RequestContext = {
      ...opened.ctx,
      actor: task.actor,
      requestId: `worker-${threadId}`,
    };
    const value = await run(ctx, task.input, (update) => post({ kind: 'progress', update }));
    post({ kind: 'result', value });
  } finally {
    await opened.close();
  }
}

main().catch((error: unknown) => {
  post({
    kind: 'error',
    error: isDomainError(error)
      ? { code: error.code, message: error.message, details: [...error.details] }
      : { code: null, message: error instanceof Error ? error.message : String(error) },
  });
});
