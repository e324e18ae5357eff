/**
 * Staged imports (issue 15, F6): a long import must not hold the write lock, and must still be
 * all-or-nothing.
 *
 * 1. Staging: the importer reads and checks the whole file; each good row is kept in
 *    `import_staged_rows` (500 per insert, each its own short transaction; on PostgreSQL a batch
 *    is written while the next is read). No record changes.
 * 2. If the importer refuses the file (rejected rows, all-or-nothing), the run is discarded.
 * 3. Applying: the staged rows are applied in file order, `chunkSize` per transaction, so other
 *    writers get through between chunks. Each chunk's transaction first claims the run (it must
 *    still be this process's), applies the rows, deletes them from the stage and saves the
 *    importer's running totals. The last transaction writes the importer's audit entry and
 *    removes the run.
 *
 * Once applying has begun a run is carried to its end: every row was checked before, so nothing
 * in the file can stop it half way. If the process dies (or a chunk fails on a database error),
 * the run stays `applying`; the next import of the same kind, the server's start and its sweeps
 * (`resumeStagedImports`) take it over when its owner is gone (a dead process on this host, or no
 * heartbeat for `abandonedAfterMs`) and finish it as the person who began it. One run of a kind
 * applies at a time, so two imports of the same file cannot both create a record.
 *
 * While a run applies, readers can see part of it (the chunks applied so far); they never see a
 * row that failed its check. Staged rows are the importer's mapped rows in clear: an importer of
 * tier-1 data must encrypt them before staging (none does: incidents, the public SEA table and
 * contributions are not tier-1).
 */ import { createHash } from 'node:crypto';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { fromJson, toJson, toTimestamp } from './codecs.js';
import { inTransaction, type RequestContext } from './context.js';
import type { Database } from './schema.js';
import {
  applyRun,
  discardRun,
  finishAbandoned,
  newOwner,
  storeActor,
} from './staged-import-runs.js';

export { abandonedAfterMs, resumeStagedImports } from './staged-import-runs.js';

/** The staged rows a chunk applies: the run's places `from` to `to`, both included. */
export interface StagedChunk {
  runId: string;
  from: number;
  to: number;
}

/**
 * The chunk's staged rows as a table for an importer's SQL (`applyStaged`): columns `seq` and
 * `row` (the staged JSON text), in file order when the importer orders by `seq`.
 */
export function stagedRowsOf(chunk: StagedChunk): RawBuilder<unknown> {
  return sql`(select seq, "row" from import_staged_rows
    where run_id = ${chunk.runId} and seq between ${chunk.from} and ${chunk.to})`;
}

/** The staged rows at these places of a run, in file order, as they were staged. */
export async function stagedRowsAt(
  db: Kysely<Database>,
  runId: string,
  seqs: readonly number[],
): Promise<unknown[]> {
  const rows: unknown[] = [];
  // SQLite binds at most 32,766 parameters a statement.
  for (let at = 0; at < seqs.length; at += 10_000) {
    const found = await db
      .selectFrom('import_staged_rows')
      .select('row')
      .where('run_id', '=', runId)
      .where('seq', 'in', seqs.slice(at, at + 10_000))
      .orderBy('seq')
      .execute();
    rows.push(...found.map((r) => fromJson(r.row)));
  }
  return rows;
}

/**
 * What one kind of import does with its checked rows: given them in JavaScript (`apply`), or
 * applying them in SQL from the staged rows themselves (`applyStaged`, issue 22: incidents). An
 * importer has one of the two.
 */
export interface StagedImporter<Row, Progress> {
  /** Applies rows, in file order, in the caller's transaction, adding to `progress`. */
  apply?(tx: RequestContext, rows: Row[], progress: Progress): Promise<void>;
  /** Applies the chunk's staged rows, in file order, in the caller's transaction. */
  applyStaged?(tx: RequestContext, chunk: StagedChunk, progress: Progress): Promise<void>;
  kind: string;
  /** Rows applied per transaction (the first one's, when `chunkMs` is set). */
  chunkSize: number;
  /**
   * When set, each next chunk is sized from the last one's time so that a transaction holds the
   * writer about this long: between a quarter of `chunkSize` and ten times it, at most doubling a
   * step (db/staged-import-runs.ts, `nextChunkSize`).
   */
  chunkMs?: number;
  /** In the last transaction: the import's own audit entry. */
  finish(tx: RequestContext, progress: Progress): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyStagedImporter = StagedImporter<any, any>;

const stageBatch = 500;
const waitMs = 200;
/** A record digest that does not depend on how the rows were chunked: d ← sha256(d ‖ id). */
export function chainDigest(previous: string, ids: readonly string[]): string {
  let d = previous;
  for (const id of ids) d = createHash('sha256').update(`${d}\n${id}`).digest('hex');
  return d;
}

/** A run being staged by this process. */
export class StagedRun<Row> {
  private buffer: Row[] = [];
  /** Rows given a place so far (written, or in the batch being written). */
  private placed = 0;
  /** Rows written. */
  private staged = 0;
  /** The batch being written while the next is read (PostgreSQL), if any. */
  private writing: Promise<void> | undefined;
  private lastBeat = 0;
  private closed = false;

  private readonly ctx: RequestContext;
  readonly id: string;
  private readonly kind: string;
  private readonly owner: string;

  private constructor(run: { ctx: RequestContext; id: string; kind: string; owner: string }) {
    ({ ctx: this.ctx, id: this.id, kind: this.kind, owner: this.owner } = run);
  }

  static async begin<Row>(ctx: RequestContext, kind: string): Promise<StagedRun<Row>> {
    const id = ctx.ids.newId();
    const owner = newOwner();
    const now = toTimestamp(ctx.clock.now());
    await ctx.db
      .insertInto('import_runs')
      .values({
        id,
        kind,
        state: 'staging',
        actor: storeActor(ctx.actor),
        progress: '{}',
        staged: 0,
        applied: 0,
        owner,
        heartbeat_at: now,
        created_at: now,
      })
      .execute();
    return new StagedRun<Row>({ ctx, id, kind, owner });
  }

  /** Keeps one checked row; written 500 at a time. */
  async stage(row: Row): Promise<void> {
    this.buffer.push(row);
    if (this.buffer.length >= stageBatch) await this.flush();
  }

  /**
   * Writes the rows read so far. On PostgreSQL the insert runs in the database's own process, so
   * the batch is written while the importer reads the next (one batch in flight; its failure is
   * raised by the next flush, `apply` or `discard` waits for it). better-sqlite3 works in this
   * thread: there is nothing to overlap.
   */
  private async flush(): Promise<void> {
    if (this.buffer.length === 0) return;
    const rows = this.buffer.map((row, i) => ({
      run_id: this.id,
      seq: this.placed + i,
      row: toJson(row),
    }));
    this.buffer = [];
    this.placed += rows.length;
    await this.writing;
    this.writing = this.write(rows);
    // Handled here so a failure is not unhandled while the next batch is read; raised when awaited.
    this.writing.catch(() => undefined);
    if (this.ctx.dialect !== 'postgres') await this.writing;
  }

  private async write(rows: { run_id: string; seq: number; row: string }[]): Promise<void> {
    await this.ctx.db.insertInto('import_staged_rows').values(rows).execute();
    this.staged += rows.length;
    await this.beat();
  }

  private async beat(force = false): Promise<void> {
    const now = this.ctx.clock.now().getTime();
    if (!force && now - this.lastBeat < 5_000) return;
    this.lastBeat = now;
    await this.ctx.db
      .updateTable('import_runs')
      .set({ heartbeat_at: toTimestamp(new Date(now)), staged: this.staged })
      .where('id', '=', this.id)
      .execute();
  }

  /** Forgets the run and its staged rows: nothing was applied. */
  async discard(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.buffer = [];
    // A batch still being written would land after the run's rows were removed.
    await this.writing?.catch(() => undefined);
    await discardRun(this.ctx, this.id);
  }

  /**
   * Applies every staged row and finishes the import; waits while another run of the same kind
   * applies (taking over and finishing any that was abandoned). Returns the final totals.
   */
  async apply<P>(importer: StagedImporter<Row, P>, progress: P): Promise<P> {
    await this.flush();
    await this.writing;
    this.closed = true;
    await this.ctx.db
      .updateTable('import_runs')
      .set({
        state: 'staged',
        staged: this.staged,
        progress: toJson(progress),
        heartbeat_at: toTimestamp(this.ctx.clock.now()),
      })
      .where('id', '=', this.id)
      .execute();
    while (!(await this.takeTurn())) {
      await finishAbandoned(this.ctx, [importer], this.kind);
      await this.beat(true);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
    }
    return applyRun(this.ctx, importer, { runId: this.id, owner: this.owner, start: progress });
  }

  /** Becomes the kind's one applying run, unless another run of the kind is applying. */
  private async takeTurn(): Promise<boolean> {
    return inTransaction(this.ctx, async (tx) => {
      if (tx.dialect === 'postgres')
        await sql`select pg_advisory_xact_lock(hashtext(${`import_runs:${this.kind}`}))`.execute(
          tx.db,
        );
      const result = await tx.db
        .updateTable('import_runs')
        .set({ state: 'applying', heartbeat_at: toTimestamp(tx.clock.now()) })
        .where('id', '=', this.id)
        .where('owner', '=', this.owner)
        .where(({ not, exists, selectFrom }) =>
          not(
            exists(
              selectFrom('import_runs as other')
                .select('other.id')
                .where('other.kind', '=', this.kind)
                .where('other.state', '=', 'applying')
                .where('other.id', '<>', this.id),
            ),
          ),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    });
  }
}

/** An import's report once its run is applied to its end: the counts as applied, committed. */
export function appliedReport<R extends object>(
  report: R,
  done: { created: number; updated: number; unchanged: number },
): R & { created: number; updated: number; unchanged: number; committed: true } {
  return {
    ...report,
    created: done.created,
    updated: done.updated,
    unchanged: done.unchanged,
    committed: true,
  };
}
