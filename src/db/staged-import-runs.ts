/**
 * The runs of staged imports (db/staged-import.ts): who owns a run, applying it chunk by chunk,
 * and taking over a run whose owner is gone.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { threadId } from 'node:worker_threads';
import type { Actor } from '../core/policy.js';
import { fromJson, fromTimestamp, toJson, toTimestamp } from './codecs.js';
import { inTransaction, type AppContext, type RequestContext } from './context.js';
import type { AnyStagedImporter, StagedImporter } from './staged-import.js';

/** A run no process has touched for this long is taken over by whoever finds it. */
export const abandonedAfterMs = 60_000;
const sqliteGapMs = 10;

/** This process (and thread): a run's owner, so a dead owner can be told from a slow one. */
const here = { host: hostname(), pid: process.pid };
export const newOwner = () =>
  `${here.host}:${here.pid}:${threadId}:${randomBytes(6).toString('hex')}`;

/** True when the owner was a process on this host that no longer runs. */
function ownerIsDead(owner: string | null): boolean {
  if (owner === null) return true;
  const [host, pid] = owner.split(':');
  if (host !== here.host || !pid) return false;
  const n = Number(pid);
  if (n === here.pid) return false;
  try {
    process.kill(n, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

interface StoredActor extends Omit<Actor, 'permissions' | 'compartmentIds'> {
  permissions: string[];
  compartmentIds: string[];
}

export const storeActor = (actor: Actor): string =>
  toJson({
    ...actor,
    permissions: [...actor.permissions],
    compartmentIds: [...actor.compartmentIds],
  } satisfies StoredActor);

function loadActor(json: string): Actor {
  const a = fromJson<StoredActor>(json);
  return {
    ...a,
    permissions: new Set(a.permissions) as Actor['permissions'],
    compartmentIds: new Set(a.compartmentIds),
  };
}

/** Raised in a chunk's transaction when another process has taken the run over. */
class RunTakenOver extends Error {}

export async function discardRun(ctx: AppContext, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    await tx.db.deleteFrom('import_staged_rows').where('run_id', '=', id).execute();
    await tx.db.deleteFrom('import_runs').where('id', '=', id).execute();
  });
}

/**
 * The next chunk's size: `chunkSize` always, or, with `chunkMs`, the rows the last chunk applied
 * scaled to take `chunkMs` (the writer held about as long whatever the machine and the size of
 * the tables), at most doubled or halved a step, between a quarter of `chunkSize` and ten times it.
 */
export function nextChunkSize(
  importer: Pick<AnyStagedImporter, 'chunkSize' | 'chunkMs'>,
  last: { applied: number; elapsedMs: number },
): number {
  const { chunkSize, chunkMs } = importer;
  if (chunkMs === undefined || last.applied === 0) return chunkSize;
  const scaled = (last.applied * chunkMs) / Math.max(last.elapsedMs, 1);
  const stepped = Math.min(Math.max(scaled, last.applied / 2), last.applied * 2);
  return Math.round(Math.min(Math.max(stepped, chunkSize / 4), chunkSize * 10));
}

/** Applies a run this process owns, chunk by chunk, then finishes it. */
export async function applyRun<Row, P>(
  ctx: RequestContext,
  importer: StagedImporter<Row, P>,
  { runId, owner, start }: { runId: string; owner: string; start: P },
): Promise<P> {
  let progress = start;
  let size = importer.chunkSize;
  try {
    for (;;) {
      const began = performance.now();
      let applied = 0;
      const done = await inTransaction(ctx, async (tx) => {
        // The claim first: on SQLite it takes the write lock before anything is read.
        const claim = await tx.db
          .updateTable('import_runs')
          .set({ heartbeat_at: toTimestamp(tx.clock.now()) })
          .where('id', '=', runId)
          .where('owner', '=', owner)
          .where('state', '=', 'applying')
          .executeTakeFirst();
        if (Number(claim.numUpdatedRows) !== 1) throw new RunTakenOver(runId);
        // Applied in SQL, the chunk's places are enough; otherwise its rows are read.
        const rows: { seq: number; row?: string }[] = await tx.db
          .selectFrom('import_staged_rows')
          .select(importer.applyStaged ? ['seq'] : ['seq', 'row'])
          .where('run_id', '=', runId)
          .orderBy('seq')
          .limit(size)
          .execute();
        applied = rows.length;
        const next = structuredClone(progress);
        if (rows.length === 0) {
          await importer.finish(tx, next);
          await tx.db.deleteFrom('import_runs').where('id', '=', runId).execute();
          progress = next;
          return true;
        }
        if (importer.applyStaged)
          await importer.applyStaged(
            tx,
            { runId, from: Number(rows[0]!.seq), to: Number(rows[rows.length - 1]!.seq) },
            next,
          );
        else if (importer.apply)
          await importer.apply(
            tx,
            rows.map((r) => fromJson<Row>(r.row!)),
            next,
          );
        else throw new Error(`${importer.kind}: an importer applies its rows one way or the other`);
        await tx.db
          .deleteFrom('import_staged_rows')
          .where('run_id', '=', runId)
          .where('seq', '<=', rows[rows.length - 1]!.seq)
          .execute();
        await tx.db
          .updateTable('import_runs')
          .set((eb) => ({
            progress: toJson(next),
            applied: eb('applied', '+', rows.length),
          }))
          .where('id', '=', runId)
          .execute();
        progress = next;
        return false;
      });
      if (done) return progress;
      size = nextChunkSize(importer, { applied, elapsedMs: performance.now() - began });
      // SQLite has one writer: a waiting writer's busy handler polls for the lock, so leave it a
      // gap between chunks to find it free (PostgreSQL locks rows; nothing waits there).
      await new Promise((resolve) =>
        setTimeout(resolve, ctx.dialect === 'sqlite' ? sqliteGapMs : 0),
      );
    }
  } catch (error) {
    // Let the run go, so a sweep or the next import of its kind finishes it.
    if (!(error instanceof RunTakenOver))
      await ctx.db
        .updateTable('import_runs')
        .set({ owner: null })
        .where('id', '=', runId)
        .where('owner', '=', owner)
        .execute()
        .catch(() => undefined);
    throw error;
  }
}

interface RunRow {
  id: string;
  kind: string;
  state: string;
  actor: string;
  progress: string;
  owner: string | null;
  heartbeat_at: string | Date;
}

const isAbandoned = (ctx: AppContext, run: RunRow) =>
  ownerIsDead(run.owner) ||
  ctx.clock.now().getTime() - fromTimestamp(run.heartbeat_at).getTime() > abandonedAfterMs;

/** Takes a run over from an owner that is gone: compare-and-set on the owner and heartbeat. */
async function claim(ctx: AppContext, run: RunRow): Promise<string | null> {
  const owner = newOwner();
  let query = ctx.db
    .updateTable('import_runs')
    .set({ owner, heartbeat_at: toTimestamp(ctx.clock.now()) })
    .where('id', '=', run.id)
    .where('heartbeat_at', '=', toTimestamp(fromTimestamp(run.heartbeat_at)));
  query =
    run.owner === null ? query.where('owner', 'is', null) : query.where('owner', '=', run.owner);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows) === 1 ? owner : null;
}

/**
 * Finishes runs of the given kinds that a gone process left applying, and forgets runs it left
 * half staged (nothing of those was applied). Returns how many runs were finished.
 */
export async function finishAbandoned(
  ctx: AppContext,
  importers: readonly AnyStagedImporter[],
  kind?: string,
): Promise<number> {
  let query = ctx.db
    .selectFrom('import_runs')
    .select(['id', 'kind', 'state', 'actor', 'progress', 'owner', 'heartbeat_at']);
  if (kind) query = query.where('kind', '=', kind);
  const runs = (await query.execute()) as RunRow[];
  let finished = 0;
  for (const run of runs) {
    if (!isAbandoned(ctx, run)) continue;
    const owner = await claim(ctx, run);
    if (!owner) continue;
    if (run.state !== 'applying') {
      await discardRun(ctx, run.id);
      ctx.log.warn('import: a run left unfinished before applying was discarded', {
        run: run.id,
        kind: run.kind,
      });
      continue;
    }
    const importer = importers.find((i) => i.kind === run.kind);
    if (!importer) continue;
    const rctx: RequestContext = {
      ...ctx,
      actor: loadActor(run.actor),
      requestId: `import-resume-${run.id}`,
    };
    await applyRun(rctx, importer, { runId: run.id, owner, start: fromJson(run.progress) });
    ctx.log.info('import: a run its process left half applied was finished', {
      run: run.id,
      kind: run.kind,
    });
    finished += 1;
  }
  return finished;
}

/** At the server's start and in its sweeps: finish what dead processes left applying. */
export function resumeStagedImports(
  ctx: AppContext,
  importers: readonly AnyStagedImporter[],
): Promise<number> {
  return finishAbandoned(ctx, importers);
}
