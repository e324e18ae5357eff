/**
 * Test composition root: a fresh database per suite on the dialect asked for, a manual clock,
 * deterministic ids and a log captured in memory (so tests can grep it). PostgreSQL is required
 * unless PEACEOPS_TEST_SKIP_POSTGRES=1 (never set in CI): a missing server fails the suite.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openApp } from '../../src/runtime/context.js';
import { manualClock, minutes, type ManualClock } from '../../src/core/clock.js';
import { createThrottle } from '../../src/core/throttle.js';
import { loadConfig, type Dialect } from '../../src/core/config.js';
import { formatKeyring, generateKey } from '../../src/core/field-cipher.js';
import { sequentialIds } from '../../src/core/ids.js';
import { createLogger } from '../../src/core/log.js';
import type { AppContext } from '../../src/db/context.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import type { Connection } from '../../src/db/connect.js';
import { createApp, type App } from '../../src/server/app.js';
import { settleDenials } from '../../src/server/errors.js';

export const dialects: readonly Dialect[] =
  process.env.PEACEOPS_TEST_SKIP_POSTGRES === '1' && process.env.CI !== 'true'
    ? ['sqlite']
    : ['sqlite', 'postgres'];

export const postgresAdminUrl =
  process.env.PEACEOPS_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestApp {
  dialect: Dialect;
  ctx: AppContext;
  app: App;
  clock: ManualClock;
  connection: Connection;
  dataDir: string;
  logLines: string[];
  close(): Promise<void>;
}

let suiteCounter = 0;

async function createPostgresDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `peaceops_test_${process.pid}_${Date.now().toString(36)}_${suiteCounter++}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for the test suite at ${postgresAdminUrl}: ${String(error)}`,
    );
  }
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: postgresAdminUrl });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

export async function openTestApp(
  dialect: Dialect,
  options: { start?: string; throttleLimit?: number; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-test-'));
  const database = dialect === 'postgres' ? await createPostgresDatabase() : null;
  const keys = formatKeyring({ currentKeyId: 'test1', keys: new Map([['test1', generateKey()]]) });
  const config = loadConfig(
    {
      PEACEOPS_DATA_DIR: dataDir,
      PEACEOPS_FIELD_KEYS: keys,
      // Suites make many public requests from one address; the complaint suite tests the limit.
      PEACEOPS_COMPLAINT_THROTTLE: '100000',
      ...(database ? { DATABASE_URL: database.url } : {}),
      ...options.env,
    },
    {},
  );
  const clock = manualClock(options.start ?? '2026-03-01T08:00:00.000Z');
  const logLines: string[] = [];
  const log = createLogger(
    (line) => logLines.push(line),
    () => clock.now(),
  );
  const opened = await openApp(config, {
    clock,
    ids: sequentialIds(suiteCounter++),
    log,
    migrate: 'none',
  });
  await migrateToLatest(opened.ctx.db);
  // Tests sign in hundreds of times from one address; the throttle itself is tested on its own.
  opened.ctx.signInThrottle = createThrottle({
    limit: options.throttleLimit ?? 100_000,
    windowMs: minutes(15),
    clock,
  });
  return {
    dialect,
    ctx: opened.ctx,
    app: createApp(opened.ctx),
    clock,
    connection: opened.connection,
    dataDir,
    logLines,
    close: async () => {
      await settleDenials(opened.ctx); // denials are written after their answers (F8)
      await opened.close();
      await database?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
