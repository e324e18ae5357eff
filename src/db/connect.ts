/**
 * Opens the database: SQLite (one file under the data directory, WAL, foreign keys on) or
 * PostgreSQL when DATABASE_URL is set. Both through Kysely, so services share one code path.
 */
import fs from 'node:fs';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  Kysely,
  PostgresDialect,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type Driver,
  type SqliteDialectConfig,
} from 'kysely';
import pg from 'pg';
import type { Config, Dialect } from '../core/config.js';
import type { Database } from './schema.js';

pg.types.setTypeParser(20, Number); // int8: counts and sequence numbers fit a double here
pg.types.setTypeParser(1082, (value: string) => value); // date: keep 'YYYY-MM-DD', as SQLite does
pg.types.setTypeParser(1700, Number); // numeric

export interface Connection {
  db: Kysely<Database>;
  dialect: Dialect;
  /** The better-sqlite3 handle, for online backup and integrity checks; null on PostgreSQL. */
  sqlite: SqliteDatabase.Database | null;
  close(): Promise<void>;
}

export function openSqlite(file: string): SqliteDatabase.Database {
  // The database holds everything: readable by its owner alone, whatever the directory or umask
  // (SQLite gives its -wal and -shm files the same mode).
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  fs.chmodSync(file, 0o600);
  const handle = new SqliteDatabase(file);
  handle.pragma('journal_mode = WAL');
  handle.pragma('synchronous = FULL'); // an acknowledged write survives a killed process and power loss
  handle.pragma('foreign_keys = ON');
  handle.pragma('busy_timeout = 5000');
  // 64 MiB of page cache instead of SQLite's 2 MB: imports and map queries touch many pages.
  handle.pragma('cache_size = -65536');
  handle.pragma('temp_store = MEMORY');
  return handle;
}

/**
 * Transactions begin IMMEDIATE: they take SQLite's write lock at the start, waiting for it (the
 * busy timeout) if another connection holds it. A deferred transaction that read first and then
 * wrote would fail at once with SQLITE_BUSY when another connection (an import's worker, the CLI)
 * had committed in between, as no wait can mend a stale snapshot.
 */
/**
 * Writers of this process waiting to begin (issue 22). SQLite's busy handler polls, so a writer
 * waiting on an import's worker that commits batch after batch could find the lock taken at every
 * try until the import ended. The server's threads share this counter: a waiting writer raises
 * it, and a background task's connection (`yields`) lets it through before its next transaction.
 */
let writerGate = new Int32Array(new SharedArrayBuffer(4));

/** The counter to hand to a worker thread (its `adoptWriterGate`). */
export const writerGateBuffer = (): SharedArrayBuffer => writerGate.buffer as SharedArrayBuffer;

/** In a worker thread: share the server thread's counter. */
export function adoptWriterGate(buffer: SharedArrayBuffer): void {
  writerGate = new Int32Array(buffer);
}

class ImmediateSqliteDriver extends SqliteDriver {
  constructor(
    config: SqliteDialectConfig,
    private readonly yields: boolean,
  ) {
    super(config);
  }

  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    if (this.yields) {
      // Up to a second for the server's waiting writers, a millisecond at a time.
      for (let waited = 0; Atomics.load(writerGate, 0) > 0 && waited < 1_000; waited++)
        await new Promise((resolve) => setTimeout(resolve, 1));
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
      return;
    }
    Atomics.add(writerGate, 0, 1);
    try {
      await connection.executeQuery(CompiledQuery.raw('begin immediate'));
    } finally {
      Atomics.sub(writerGate, 0, 1);
    }
  }
}

class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;
  readonly #yields: boolean;
  constructor(config: SqliteDialectConfig, yields: boolean) {
    super(config);
    this.#config = config;
    this.#yields = yields;
  }
  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config, this.#yields);
  }
}

/**
 * The handle Kysely sees, keeping each statement it prepared for the next query with the same text
 * (issue 22: preparing anew was a fifth of a by-id request). Kysely runs one query at a time on the
 * connection, so a kept statement is never in use twice. The least recently used past 500 go;
 * statements longer than 4,000 characters are kept four at most.
 */
export function keepingStatements(handle: SqliteDatabase.Database, size = 500, longest = 4_000) {
  // Long texts (an import's multi-row inserts, one per batch size) get a few places of their own,
  // so a full 400-row insert is prepared once per import, not once per batch, and odd-sized ones
  // cannot fill memory.
  const short = new Map<string, SqliteDatabase.Statement>();
  const long = new Map<string, SqliteDatabase.Statement>();
  return {
    close: () => handle.close(),
    prepare(text: string) {
      const [kept, bound] = text.length > longest ? [long, 4] : [short, size];
      let statement = kept.get(text);
      if (statement) kept.delete(text);
      else {
        statement = handle.prepare(text);
        if (kept.size >= bound) kept.delete(kept.keys().next().value!);
      }
      kept.set(text, statement);
      return statement;
    },
  };
}

export function connect(
  config: Pick<Config, 'dialect' | 'databaseUrl' | 'sqliteFile' | 'dataDir'>,
  options: { yieldsToWriters?: boolean; checkpointPages?: number } = {},
): Connection {
  if (config.dialect === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.databaseUrl ?? undefined, max: 10 });
    // An idle client dropped by the server (restart, admin termination) must not crash the process;
    // the pool replaces it and the next query reports any lasting failure.
    pool.on('error', () => undefined);
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, dialect: 'postgres', sqlite: null, close: () => db.destroy() };
  }
  fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
  const sqlite = openSqlite(config.sqliteFile);
  // A connection that writes much (a background task's: imports) copies the WAL into the database
  // every `checkpointPages` pages instead of SQLite's 1,000 (4 MB): an index page that chunk after
  // chunk rewrites is then copied once a checkpoint, not once a chunk (issue 22: a 1,000,000-event
  // import's commits took 75 s of its 216). Checkpoints run after a commit, the lock let go.
  const { checkpointPages } = options;
  if (checkpointPages) sqlite.pragma(`wal_autocheckpoint = ${checkpointPages}`);
  const db = new Kysely<Database>({
    dialect: new ImmediateSqliteDialect(
      { database: keepingStatements(sqlite) },
      options.yieldsToWriters ?? false,
    ),
  });
  const close = async () => {
    // What such a connection left in the WAL is copied now, not by the next writer's commit.
    if (checkpointPages) sqlite.pragma('wal_checkpoint(PASSIVE)');
    await db.destroy();
  };
  return { db, dialect: 'sqlite', sqlite, close };
}
