/**
 * The composition root shared by the server, the CLI and the tests: opens the database, loads
 * the keys, and builds the AppContext. SQLite migrates here, after keeping a copy of the database as
 * it was (runtime/backup.ts); PostgreSQL must be migrated with `peaceops db migrate` and is refused
 * while migrations are pending.
 */
import fs from 'node:fs';
import { systemClock, minutes, type Clock } from '../core/clock.js';
import type { Config } from '../core/config.js';
import { createFieldCipher } from '../core/field-cipher.js';
import { uuidV7Ids, type Ids } from '../core/ids.js';
import { batchedLines, createLogger, type Logger } from '../core/log.js';
import { createThrottle } from '../core/throttle.js';
import { connect, type Connection } from '../db/connect.js';
import type { AppContext } from '../db/context.js';
import { assertNoPendingMigrations, migrateToLatest } from '../db/migrate.js';
import { copyBeforeUpgrade, type UpgradeCopy } from './backup.js';
import { runDataUpgrades } from './data-upgrades.js';
import { workerTasks } from './background.js';
import { loadKeyring } from './keyring-file.js';

export interface OpenedApp {
  ctx: AppContext;
  connection: Connection;
  /** SQLite upgraded at this start: the migrations applied and the copy kept from before. */
  upgraded: UpgradeCopy | null;
  close(): Promise<void>;
}

export interface OpenOptions {
  clock?: Clock;
  ids?: Ids;
  log?: Logger;
  /** 'auto': SQLite migrates, PostgreSQL must be current. 'none': open as is (db commands). */
  migrate?: 'auto' | 'none';
  /** A background task's connection: lets the server's waiting writers in between its transactions. */
  yieldsToWriters?: boolean;
  /** SQLite: pages of WAL between checkpoints for a connection that writes much (db/connect.ts). */
  checkpointPages?: number;
}

export function fileLogger(config: Config): Logger {
  if (!config.logFile) return createLogger(batchedLines((lines) => process.stdout.write(lines)));
  const stream = fs.createWriteStream(config.logFile, { flags: 'a', mode: 0o600 });
  return createLogger(batchedLines((lines) => stream.write(lines)));
}

export async function openApp(config: Config, options: OpenOptions = {}): Promise<OpenedApp> {
  const connection = connect(config, {
    yieldsToWriters: options.yieldsToWriters ?? false,
    ...(options.checkpointPages ? { checkpointPages: options.checkpointPages } : {}),
  });
  try {
    const clock = options.clock ?? systemClock;
    let upgraded: UpgradeCopy | null = null;
    if (options.migrate !== 'none') {
      if (connection.dialect === 'sqlite') {
        upgraded = await copyBeforeUpgrade(connection, config, clock.now());
        await migrateToLatest(connection.db);
      } else await assertNoPendingMigrations(connection.db);
    }
    const log = options.log ?? fileLogger(config);
    const ctx: AppContext = {
      db: connection.db,
      dialect: connection.dialect,
      config,
      clock,
      ids: options.ids ?? uuidV7Ids,
      log,
      cipher: createFieldCipher(loadKeyring(config)),
      signInThrottle: createThrottle({ limit: 20, windowMs: minutes(15), clock }),
      background: workerTasks(config, log),
    };
    if (options.migrate !== 'none') {
      const upgraded = await runDataUpgrades(ctx);
      if (Object.keys(upgraded).length > 0) ctx.log.info('data upgraded', upgraded);
    }
    return { ctx, connection, upgraded, close: () => connection.close() };
  } catch (error) {
    await connection.close();
    throw error;
  }
}
