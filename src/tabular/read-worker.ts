/**
 * The worker thread's entry for `readInWorker` (read-in-worker.ts): imports the reader named in
 * its data, reads the file with it and posts the rows in batches, never more than `ahead` batches
 * before the reader's caller has taken them (a bounded queue: the file is not read faster than it
 * is stored). Bytes read and any failure are posted too.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { isDomainError } from '../core/errors.js';
import type { ReadMessage, ReadRequest } from './read-in-worker.js';

const post = (message: ReadMessage) => parentPort!.postMessage(message);

async function main(): Promise<void> {
  const { module, name, file, options, batch, ahead } = workerData as ReadRequest;
  const reader = (await import(module))[name] as (
    file: string,
    options: unknown,
  ) => AsyncIterable<unknown>;
  let credit = ahead;
  let wake: (() => void) | null = null;
  parentPort!.on('message', () => {
    credit += 1;
    wake?.();
  });
  let rows: unknown[] = [];
  const send = async () => {
    while (credit === 0) await new Promise<void>((resolve) => (wake = resolve));
    wake = null;
    credit -= 1;
    post({ kind: 'rows', rows });
    rows = [];
  };
  const onBytes = (read: number) => post({ kind: 'bytes', read });
  for await (const row of reader(file, { ...options, onBytes })) {
    rows.push(row);
    if (rows.length >= batch) await send();
  }
  if (rows.length > 0) await send();
  post({ kind: 'done' });
}

main().catch((error: unknown) => {
  post({
    kind: 'error',
    error: isDomainError(error)
      ? { code: error.code, message: error.message, details: [...error.details] }
      : { code: null, message: error instanceof Error ? error.message : String(error) },
  });
});
