/**
 * Imports started from the web UI: the uploaded file is streamed to a private temporary file (never
 * held in memory), then imported in the background while the browser polls its progress. A job
 * belongs to the user who started it and is seen by nobody else; its report of rejected rows can
 * be downloaded. Jobs live in this process's memory for an hour after they end (one server
 * process; a restart forgets them, the imported records stay). The import runs as a background
 * task (a worker thread with its own connection, runtime/background.ts) when the context has one,
 * else in this thread, and keeps every invariant of incident-import.service.ts: all-or-nothing unless
 * asked, audited, idempotent.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { DomainError, isDomainError, notFound } from '../../core/errors.js';
import { assertPermission, missionForWrite } from '../../core/policy.js';
import { inBackground, type RequestContext } from '../../db/context.js';
import { rejectedRowsCsv } from '../../tabular/csv-writer.js';
import {
  ImportRejected,
  importFile,
  type ImportReport,
  type RejectedRow,
} from './incident-import.service.js';
import type { ImportFormat, ImportJob } from './incident.schema.js';
import type { ActorNames } from './ucdp.mapping.js';
import { assertMissionExists } from '../missions/mission.service.js';

interface Job {
  public: ImportJob;
  ownerId: string;
  rejected: RejectedRow[];
  endedAt: number | null;
}

const jobs = new Map<string, Job>();
const keepMs = 60 * 60 * 1000;

function sweep(now: number): void {
  for (const [id, job] of jobs)
    if (job.endedAt !== null && now - job.endedAt > keepMs) jobs.delete(id);
}

const safeName = (name: string) => name.replace(/[^\w.-]+/g, '_').slice(-120) || 'upload';

async function receive(
  body: ReadableStream<Uint8Array>,
  file: string,
  limit: number,
): Promise<number> {
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      size += chunk.length;
      if (size > limit)
        done(
          new DomainError(
            'payload_too_large',
            `The file is over ${Math.floor(limit / 1_048_576)} MB; import it with the CLI`,
          ),
        );
      else done(null, chunk);
    },
  });
  const out = fs.createWriteStream(file, { mode: 0o600 });
  try {
    await pipeline(Readable.fromWeb(body as WebReadableStream), counter, out);
  } catch (error) {
    // A refused upload may fail before the file's open has finished; removed then, the open would
    // create it again after. Wait for the stream to close, so the caller's removal is the last word.
    if (!out.closed) await new Promise<void>((resolve) => out.once('close', () => resolve()));
    throw error;
  }
  return size;
}

/** What a background import was asked to do: plain data, so it can cross to a worker thread. */
export interface ImportTaskInput {
  format: ImportFormat;
  file: string;
  missionId: string;
  keepGoodRows: boolean;
  /** UCDP only: actor ids → names (the CLI's --actors). */
  actorNames?: ActorNames | undefined;
}

export type ImportTaskResult =
  | { outcome: 'done'; report: ImportReport }
  | { outcome: 'rejected'; report: ImportReport; message: string };

/**
 * The import a job runs, in a worker thread (runtime/task-worker.ts) or in this one: progress at
 * most every 200 ms; a refused all-or-nothing import is a result, not an error.
 */
export async function runImportTask(
  ctx: RequestContext,
  input: ImportTaskInput,
  progress: (update: Record<string, number>) => void,
): Promise<ImportTaskResult> {
  const state = { bytesRead: 0, rows: 0 };
  let last = 0;
  const tell = (force = false) => {
    const now = Date.now();
    if (!force && now - last < 200) return;
    last = now;
    progress({ ...state });
  };
  try {
    const report = await importFile(ctx, {
      ...input,
      onBytes: (read: number) => {
        state.bytesRead = read;
        tell();
      },
      onRow: (done: number) => {
        state.rows = done;
        tell();
      },
    });
    tell(true);
    return { outcome: 'done', report };
  } catch (error) {
    tell(true);
    if (error instanceof ImportRejected)
      return { outcome: 'rejected', report: error.report, message: error.message };
    throw error;
  }
}

/**
 * The import as a background task (a worker thread with a bounded heap, runtime/background.ts)
 * when the context has one, else here: for the web's jobs and the CLI alike.
 */
export function importInBackground(
  ctx: RequestContext,
  input: ImportTaskInput,
  progress: (update: Record<string, number>) => void,
): Promise<ImportTaskResult> {
  return inBackground(
    ctx,
    { name: 'incidents.import', input },
    { here: () => runImportTask(ctx, input, progress), progress },
  );
}

function run(
  ctx: RequestContext,
  job: Job,
  { file, release }: { file: string; release: () => void },
): void {
  const input: ImportTaskInput = {
    format: job.public.format,
    file,
    missionId: job.public.missionId,
    keepGoodRows: job.public.keepGoodRows,
  };
  const onProgress = (update: Record<string, number>) => {
    job.public.bytesRead = update.bytesRead ?? job.public.bytesRead;
    job.public.rows = update.rows ?? job.public.rows;
  };
  const importer = importInBackground(ctx, input, onProgress);
  const finish = (report: ImportReport | null, status: ImportJob['status'], message: string) => {
    // The upload goes before the job says it has ended: a finished job has left nothing behind.
    fs.rmSync(file, { force: true });
    release();
    job.public.status = status;
    // The readers name the file they read: here the server's private copy, which is named as the
    // user sent it instead (the server's paths are nobody's business).
    job.public.message = message.split(file).join(job.public.filename);
    if (report) {
      job.public.rows = report.total;
      // A refused import wrote nothing, whatever it had counted before the refusal.
      job.public.created = report.committed ? report.created : 0;
      job.public.updated = report.committed ? report.updated : 0;
      job.public.unchanged = report.committed ? report.unchanged : 0;
      job.public.rejectedCount = report.rejectedCount;
      job.public.errors = report.rejected.slice(0, 100);
      job.rejected = report.rejected;
    }
    job.endedAt = Date.now();
  };
  importer.then(
    (result) =>
      result.outcome === 'done'
        ? finish(result.report, 'done', '')
        : finish(result.report, 'rejected', result.message),
    (error: unknown) => {
      if (isDomainError(error)) finish(null, 'failed', error.message);
      else {
        ctx.log.error('import failed', { jobId: job.public.id, error: String(error) });
        finish(
          null,
          'failed',
          'The import failed; nothing was written. The server log has the details.',
        );
      }
    },
  );
}

/** F6: how many imports one person may have received or running at once. */
export const importsPerUser = 2;
const importing = new Map<string, number>();

/** Takes one of the person's import slots, synchronously (two requests at once cannot both pass). */
function takeSlot(userId: string): () => void {
  const held = importing.get(userId) ?? 0;
  if (held >= importsPerUser)
    throw new DomainError(
      'too_many_requests',
      `You have ${importsPerUser} imports running; wait for one to finish`,
    );
  importing.set(userId, held + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    const now = (importing.get(userId) ?? 1) - 1;
    if (now > 0) importing.set(userId, now);
    else importing.delete(userId);
  };
}

/** @throws forbidden, payload_too_large, validation_failed (no file), too_many_requests */
export async function startImport(
  ctx: RequestContext,
  input: {
    format: ImportFormat;
    filename: string;
    keepGoodRows: boolean;
    missionId?: string | undefined;
    body: ReadableStream<Uint8Array> | null;
  },
): Promise<ImportJob> {
  assertPermission(ctx.actor, 'incidents:write');
  const missionId = missionForWrite(ctx.actor, input.missionId);
  await assertMissionExists(ctx, missionId);
  if (!input.body)
    throw new DomainError('validation_failed', 'Send the file as the request body', [
      { path: 'body', message: 'required' },
    ]);
  sweep(Date.now());
  const id = randomUUID();
  const dir = path.join(ctx.config.dataDir, 'imports');
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  // The extension tells the readers the layout (.csv / .geojson) and whether it is gzipped.
  const file = path.join(dir, `${id}-${safeName(input.filename)}`);
  const release = takeSlot(ctx.actor.userId);
  let size: number;
  try {
    size = await receive(input.body, file, ctx.config.importLimitBytes);
  } catch (error) {
    fs.rmSync(file, { force: true });
    release();
    throw error;
  }
  if (size === 0) {
    fs.rmSync(file, { force: true });
    release();
    throw new DomainError('validation_failed', 'The file is empty', [
      { path: 'body', message: 'empty' },
    ]);
  }
  const job: Job = {
    ownerId: ctx.actor.userId,
    rejected: [],
    endedAt: null,
    public: {
      id,
      format: input.format,
      filename: input.filename,
      missionId,
      keepGoodRows: input.keepGoodRows,
      status: 'running',
      bytesTotal: size,
      bytesRead: 0,
      rows: 0,
      created: 0,
      updated: 0,
      unchanged: 0,
      rejectedCount: 0,
      errors: [],
      message: '',
    },
  };
  jobs.set(id, job);
  run(ctx, job, { file, release });
  return job.public;
}

function ownJob(ctx: RequestContext, id: string): Job {
  const job = jobs.get(id);
  if (!job || job.ownerId !== ctx.actor.userId) throw notFound('Import');
  return job;
}

/** @throws not_found (absent, expired or someone else's) */
export function getImport(ctx: RequestContext, id: string): ImportJob {
  return ownJob(ctx, id).public;
}

/** Every rejected row as CSV: line, column, reason (formula cells neutralised). @throws not_found */
export function importReportCsv(ctx: RequestContext, id: string): string {
  return rejectedRowsCsv(ownJob(ctx, id).rejected);
}
