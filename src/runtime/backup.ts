/**
 * Online backup and restore of the SQLite database (R3). A backup is taken with SQLite's backup
 * API, so it is consistent while the server keeps writing, and is verified before it is reported
 * good: it opens, passes integrity_check, and its audit chain verifies.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Kysely, SqliteDialect } from 'kysely';
import SqliteDatabase from 'better-sqlite3';
import type { Config } from '../core/config.js';
import { DomainError } from '../core/errors.js';
import type { Connection } from '../db/connect.js';
import { integrityCheck } from '../db/dialect-sql.js';
import { migrationState } from '../db/migrate.js';
import type { Database } from '../db/schema.js';
import type { AppContext } from '../db/context.js';
import { writeCheckpoint } from '../modules/audit/audit-checkpoint.service.js';
import { verifyAuditLog } from '../modules/audit/audit.service.js';
import type { AuditVerdict } from '../modules/audit/audit.schema.js';

export interface BackupReport {
  file: string;
  bytes: number;
  integrity: string;
  audit: AuditVerdict;
}

function requireSqlite(connection: Connection): SqliteDatabase.Database {
  if (!connection.sqlite) {
    throw new DomainError(
      'invalid_state',
      'backup/restore handle the SQLite file; on PostgreSQL use pg_dump and pg_restore',
    );
  }
  return connection.sqlite;
}

/** Opens a database file read-only and checks it the way a restore drill would. */
export async function verifyDatabaseFile(
  file: string,
  ctx: Pick<AppContext, 'clock' | 'ids' | 'log' | 'cipher' | 'config' | 'signInThrottle'>,
): Promise<BackupReport> {
  if (!fs.existsSync(file)) throw new DomainError('not_found', `${file} does not exist`);
  let handle: SqliteDatabase.Database;
  try {
    handle = new SqliteDatabase(file, { readonly: true, fileMustExist: true });
    handle.pragma('schema_version');
  } catch {
    throw new DomainError('integrity_failed', `${file} is not a readable SQLite database`);
  }
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: handle }) });
  try {
    const integrity = await integrityCheck(db, 'sqlite');
    // The backup is verified against the checkpoints taken with it (F12), when it has them.
    const checkpoints = checkpointsOf(file);
    const audit = await verifyAuditLog(
      { ...ctx, db, dialect: 'sqlite' },
      { checkpointFile: fs.existsSync(checkpoints) ? checkpoints : null },
    );
    return { file, bytes: fs.statSync(file).size, integrity, audit };
  } finally {
    await db.destroy();
  }
}

export async function backupTo(
  ctx: AppContext,
  connection: Connection,
  file: string,
): Promise<BackupReport> {
  const sqlite = requireSqlite(connection);
  const target = path.resolve(file);
  if (fs.existsSync(target))
    throw new DomainError('conflict', `${target} exists; choose a new file name`);
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  // F12: the head anchored now, and the checkpoints copied before the database, so that every one
  // the backup carries saw an entry the backup holds.
  await writeCheckpoint(ctx);
  if (fs.existsSync(ctx.config.auditCheckpointFile)) {
    fs.copyFileSync(ctx.config.auditCheckpointFile, checkpointsOf(target));
    fs.chmodSync(checkpointsOf(target), 0o600);
  }
  await sqlite.backup(target);
  settleCopy(target);
  const report = await verifyDatabaseFile(target, ctx);
  if (report.integrity !== 'ok' || !report.audit.ok)
    throw new DomainError('integrity_failed', `backup ${target} failed verification`);
  return report;
}

/** Where a backup keeps the audit checkpoints taken with it (F12). */
export const checkpointsOf = (backupFile: string): string => `${backupFile}.checkpoints`;

/**
 * A restored database goes back with the checkpoints taken with it; the live ones, which saw
 * entries the restored database never had, are kept aside (…before-restore-<time>), not lost.
 */
function restoreCheckpoints(ctx: AppContext, source: string): void {
  const live = ctx.config.auditCheckpointFile;
  if (fs.existsSync(live))
    fs.renameSync(
      live,
      `${live}.before-restore-${ctx.clock.now().toISOString().replace(/[:.]/g, '-')}`,
    );
  if (fs.existsSync(checkpointsOf(source))) {
    fs.copyFileSync(checkpointsOf(source), live);
    fs.chmodSync(live, 0o600);
  }
}

/**
 * A copy made by SQLite's backup API keeps the source's WAL mode, so every later reader leaves
 * `-wal` and `-shm` files beside it: made one self-contained file (rollback journal), mode 0600.
 * Returns integrity_check's verdict.
 */
function settleCopy(file: string): string {
  fs.chmodSync(file, 0o600);
  const handle = new SqliteDatabase(file, { fileMustExist: true });
  try {
    handle.pragma('journal_mode = DELETE');
    return String(handle.pragma('integrity_check', { simple: true }));
  } finally {
    handle.close();
  }
}

function serverRunning(config: Config): number | null {
  const pidFile = path.join(config.dataDir, 'server.pid');
  if (!fs.existsSync(pidFile)) return null;
  const pid = Number(fs.readFileSync(pidFile, 'utf8'));
  try {
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

/** Replaces the database with a verified backup. The server must be stopped. */
export async function restoreFrom(ctx: AppContext, file: string): Promise<BackupReport> {
  const source = path.resolve(file);
  const report = await verifyDatabaseFile(source, ctx);
  if (report.integrity !== 'ok' || !report.audit.ok)
    throw new DomainError(
      'integrity_failed',
      `${source} failed verification; nothing was restored`,
    );
  const pid = serverRunning(ctx.config);
  if (pid !== null)
    throw new DomainError(
      'invalid_state',
      `the server is running (pid ${pid}); stop it before restoring`,
    );
  const target = ctx.config.sqliteFile;
  fs.mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  restoreCheckpoints(ctx, source);
  const staging = `${target}.restoring`;
  fs.copyFileSync(source, staging);
  for (const suffix of ['-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true });
  fs.renameSync(staging, target);
  fs.chmodSync(target, 0o600);
  return { ...report, file: target };
}

/** What SQLite's upgrade at start did: the migrations applied and the copy kept from before. */
export interface UpgradeCopy {
  migrations: string[];
  copy: string;
}

/**
 * Before the schema of an existing SQLite database is upgraded, a copy of it as it was, checked
 * with integrity_check, in `<data>/backups/` (docs/upgrading.md: roll back with `peaceops restore`
 * and the earlier version). Nothing is copied for a new database or one that is current; the
 * upgrade does not start if the copy cannot be made.
 */
export async function copyBeforeUpgrade(
  connection: Connection,
  config: Config,
  at: Date,
): Promise<UpgradeCopy | null> {
  const sqlite = requireSqlite(connection);
  const { applied, pending } = await migrationState(connection.db);
  if (applied.length === 0 || pending.length === 0) return null;
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const copy = path.join(config.dataDir, 'backups', `before-${pending[0]}-${stamp}.sqlite`);
  fs.mkdirSync(path.dirname(copy), { recursive: true, mode: 0o700 });
  await sqlite.backup(copy);
  const verdict = settleCopy(copy);
  if (verdict !== 'ok')
    throw new DomainError(
      'integrity_failed',
      `the copy of the database before its upgrade (${copy}) failed integrity_check: ${verdict}; nothing was upgraded`,
    );
  return { migrations: pending, copy };
}
