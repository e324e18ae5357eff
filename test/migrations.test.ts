/**
 * On PostgreSQL migration is explicit: the app refuses to open with pending migrations; SQLite
 * migrates itself, keeping a copy of an existing database as it was before (docs/upgrading.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Sqlite from 'better-sqlite3';
import { Migrator } from 'kysely';
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

it('SQLite: migrates at start; the database, its WAL and the key file are mode 0600 whatever the umask, an older 0644 file too', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-migrate-'));
  const umask = process.umask(0o022);
  try {
    fs.writeFileSync(path.join(dataDir, 'peaceops.sqlite'), '', { mode: 0o644 });
    const opened = await openApp(loadConfig({ PEACEOPS_DATA_DIR: dataDir }), { log: silentLogger });
    expect((await migrationState(opened.ctx.db)).pending).toEqual([]);
    await opened.close();
    expect(fs.statSync(path.join(dataDir, 'field-keys')).mode & 0o777).toBe(0o600);
    for (const file of ['peaceops.sqlite', 'peaceops.sqlite-wal'].filter((f) =>
      fs.existsSync(path.join(dataDir, f)),
    ))
      expect(fs.statSync(path.join(dataDir, file)).mode & 0o777, file).toBe(0o600);
    fs.chmodSync(path.join(dataDir, 'field-keys'), 0o644);
    await expect(
      openApp(loadConfig({ PEACEOPS_DATA_DIR: dataDir }), { log: silentLogger }),
    ).rejects.toMatchObject({ code: 'unavailable', message: expect.stringMatching(/chmod 600/) });
  } finally {
    process.umask(umask);
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

it('SQLite: an existing database is copied as it was before its schema is upgraded; a new or current one is not', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-upgrade-copy-'));
  const names = Object.keys(migrations);
  const config = loadConfig({ PEACEOPS_DATA_DIR: dataDir, PEACEOPS_FIELD_KEYS: keys });
  const applied = (file: string) => {
    const db = new Sqlite(file, { readonly: true });
    try {
      return (
        db.prepare('select name from kysely_migration order by name').all() as {
          name: string;
        }[]
      ).map((r) => r.name);
    } finally {
      db.close();
    }
  };
  try {
    // A database the previous release left: every migration but the last.
    const older = await openApp(config, { log: silentLogger, migrate: 'none' });
    const provider = { getMigrations: () => Promise.resolve({ ...migrations }) };
    const step = await new Migrator({ db: older.ctx.db, provider }).migrateTo(names.at(-2)!);
    expect(step.error).toBeUndefined();
    expect(older.upgraded).toBeNull();
    await older.close();

    const opened = await openApp(config, { log: silentLogger });
    expect(opened.upgraded).toEqual({
      migrations: [names.at(-1)],
      copy: expect.stringContaining(path.join(dataDir, 'backups', `before-${names.at(-1)}-`)),
    });
    await opened.close();
    const copy = opened.upgraded!.copy;
    expect(fs.statSync(copy).mode & 0o777).toBe(0o600);
    expect(applied(copy)).toEqual(names.slice(0, -1));
    expect(applied(config.sqliteFile)).toEqual(names);

    const again = await openApp(config, { log: silentLogger });
    expect(again.upgraded).toBeNull(); // current: nothing to copy
    await again.close();
    expect(fs.readdirSync(path.join(dataDir, 'backups'))).toEqual([path.basename(copy)]);
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
