/**
 * A file's rows read on another core (issue 22): a module's reader — an async generator of rows,
 * `(file, options) => AsyncIterable` — runs in a worker thread while the caller stores the rows
 * it has been given. The worker stays at most a few batches ahead (backpressure); its heap is
 * bounded like the caller's. The rows, their order, the bytes told and the errors (a DomainError
 * with its details: a bad file named by line) are the reader's own, as if it ran here.
 */
import { Worker } from 'node:worker_threads';
import { DomainError, type ErrorCode, type ErrorDetail } from '../core/errors.js';
import type { ReadOptions } from './csv-reader.js';

/** What the worker is asked to read (read-worker.ts). */
export interface ReadRequest {
  /** The reader's module, as a URL to import. */
  module: string;
  /** The reader's export name. */
  name: string;
  file: string;
  /** The reader's options, without `onBytes` (posted back instead). */
  options: Record<string, unknown>;
  batch: number;
  ahead: number;
}

export type ReadMessage =
  | { kind: 'rows'; rows: unknown[] }
  | { kind: 'bytes'; read: number }
  | { kind: 'done' }
  | {
      kind: 'error';
      error: { code: ErrorCode | null; message: string; details?: ErrorDetail[] };
    };

/** A reader named by its module's URL (see `readerModule`) and export, and the file it reads. */
export interface ReaderSource {
  module: URL;
  name: string;
  file: string;
}

function startReader(request: ReadRequest, heapMb: number): Worker {
  const resourceLimits = { maxOldGenerationSizeMb: heapMb };
  if (!import.meta.url.endsWith('.ts'))
    return new Worker(new URL('./read-worker.js', import.meta.url), {
      workerData: request,
      resourceLimits,
    });
  // Under the tests (TypeScript run as is), the worker registers tsx first.
  const entry = JSON.stringify(new URL('./read-worker.ts', import.meta.url).href);
  const script = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${entry}); });`;
  return new Worker(script, { eval: true, workerData: request, resourceLimits });
}

/** The module a reader lives in, as the running code names it (.ts under the tests, .js built). */
export function readerModule(base: string, file: string): URL {
  return new URL(base.endsWith('.ts') ? file.replace(/\.js$/, '.ts') : file, base);
}

/**
 * The reader's rows, read in a worker thread. Stopping early (a `break`, an error while storing)
 * stops the worker.
 */
export async function* readInWorker<Row>(
  source: ReaderSource,
  options: ReadOptions & Record<string, unknown>,
  limits: { heapMb: number; batch?: number; ahead?: number },
): AsyncGenerator<Row> {
  const { onBytes, ...rest } = options;
  const { file } = source;
  const worker = startReader(
    {
      module: source.module.href,
      name: source.name,
      file,
      options: rest,
      batch: limits.batch ?? 500,
      ahead: limits.ahead ?? 4,
    },
    limits.heapMb,
  );
  const batches: Row[][] = [];
  let done = false;
  let failure: Error | null = null;
  let notify: (() => void) | null = null;
  const wake = () => {
    notify?.();
    notify = null;
  };
  worker.on('message', (message: ReadMessage) => {
    if (message.kind === 'rows') batches.push(message.rows as Row[]);
    else if (message.kind === 'bytes') onBytes?.(message.read);
    else if (message.kind === 'done') done = true;
    else {
      const { code, message: text, details } = message.error;
      failure = code ? new DomainError(code, text, details) : new Error(text);
    }
    wake();
  });
  worker.on('error', (error: Error & { code?: string }) => {
    failure =
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new DomainError(
            'invalid_state',
            `Reading ${file} needed more than its ${limits.heapMb} MB of memory and was stopped (PEACEOPS_IMPORT_HEAP_MB sets the limit)`,
          )
        : error;
    wake();
  });
  worker.on('exit', (code) => {
    if (!done && !failure) failure = new Error(`the reader of ${file} exited with ${code}`);
    wake();
  });
  try {
    for (;;) {
      const rows = batches.shift();
      if (rows) {
        worker.postMessage('more');
        yield* rows;
        continue;
      }
      if (failure) throw failure;
      if (done) return;
      await new Promise<void>((resolve) => (notify = resolve));
    }
  } finally {
    await worker.terminate();
  }
}
