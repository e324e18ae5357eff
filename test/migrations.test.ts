/** On PostgreSQL migration is explicit: the app refuses to open with pending migrations; SQLite migrates itself. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { expect, it } from 'vitest';
import { loadConfig } from '../src/core/config.js';
import { formatKeyring, generateKey } from '../src/core/field-cipher.js';
import { migrateToLatest, migrationState } from '../src/db/migrate.js';
import { migrations } from '../src/db/migrations/index.js';
import { openApp } from '../src/runtime/context.js';
import { silentLogger } from '../src/core/log.js';
import { postgresAdminUrl } from './support/test-app.js';

const keys = formatKeyring({ currentKeyId: 'k', keys: new Map([['k', generateKey()]]) });

it('PostgreSQL: refused with pending migrations, naming the command; opens after `db migrate`', async () => {
  const name = `peaceops_migrate_${process.pid}_${Date.now().toString(36)}`;
  const admin = new pg.Client({ connectionString: postgresAdminUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  const url = new URL(postgresAdminUrl);
  url.pathname = `/${name}`;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-migrate-'));
  const config = loadConfig({
    DATABASE_URL: url.toString(),
    PEACEOPS_DATA_DIR: dataDir,
    PEACEOPS_FIELD_KEYS: keys,
  });
  try {
    await expect(openApp(config, { log: silentLogger })).rejects.toMatchObject({
      code: 'unavailable',
      message: expect.stringMatching(/pending migration.*peaceops db migrate/),
    });
    const raw = await openApp(config, { log: silentLogger, migrate: 'none' });
    expect((await migrationState(raw.ctx.db)).pending).toEqual(Object.keys(migrations));
    expect(await migrateToLatest(raw.ctx.db)).toEqual(Object.keys(migrations));
    await raw.close();
    const opened = await openApp(config, { log: silentLogger });
    expect((await migrationState(opened.ctx.db)).pending).toEqual([]);
    await opened.close();
  } finally {
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

it('SQLite: migrates at start and creates the key file with mode 0600', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-migrate-'));
  try {
    const opened = await openApp(loadConfig({ PEACEOPS_DATA_DIR: dataDir }), { log: silentLogger });
    expect((await migrationState(opened.ctx.db)).pending).toEqual([]);
    await opened.close();
    expect(fs.statSync(path.join(dataDir, 'field-keys')).mode & 0o777).toBe(0o600);
    fs.chmodSync(path.join(dataDir, 'field-keys'), 0o644);
    await expect(
      openApp(loadConfig({ PEACEOPS_DATA_DIR: dataDir }), { log: silentLogger }),
    ).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/chmod 600/) });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
