/** The SQLite handle keeps prepared statements (issue 22) without changing any answer. */
import SqliteDatabase from 'better-sqlite3';
import { expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { connect, keepingStatements, writerGateBuffer } from './connect.js';

it('the same text gets the same statement; the least recently used go past the bound', () => {
  const handle = keepingStatements(new SqliteDatabase(':memory:'), 2);
  const a = handle.prepare('select 1 as n');
  expect(handle.prepare('select 1 as n')).toBe(a);
  const b = handle.prepare('select 2 as n');
  handle.prepare('select 1 as n'); // used again: now the most recent
  handle.prepare('select 3 as n'); // the bound: 'select 2' goes
  expect(handle.prepare('select 1 as n')).toBe(a);
  expect(handle.prepare('select 2 as n')).not.toBe(b);
  handle.close();
});

it('a kept statement answers with the table as it is after a schema change', () => {
  const raw = new SqliteDatabase(':memory:');
  const handle = keepingStatements(raw);
  raw.exec('create table t (a integer); insert into t values (1)');
  expect(handle.prepare('select * from t').all()).toEqual([{ a: 1 }]);
  raw.exec("alter table t add column b text default 'x'");
  expect(handle.prepare('select * from t').all()).toEqual([{ a: 1, b: 'x' }]);
  handle.close();
});

it('long statements (multi-row inserts) are kept four at most', () => {
  const handle = keepingStatements(new SqliteDatabase(':memory:'), 500, 100);
  const long = (k: number) => `select ${'1 + '.repeat(40)}${k} as n`;
  const first = handle.prepare(long(0));
  expect(handle.prepare(long(0))).toBe(first);
  for (let k = 1; k <= 4; k++) handle.prepare(long(k));
  expect(handle.prepare(long(0))).not.toBe(first);
  handle.close();
});

/** A SQLite configuration for a database file in `dir`. */
const sqliteIn = (dir: string, file: string) => ({
  dialect: 'sqlite' as const,
  databaseUrl: null,
  dataDir: dir,
  sqliteFile: path.join(dir, file),
});

it('a background connection begins only once the server’s waiting writers are through', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-gate-'));
  const config = sqliteIn(dir, 'gate.sqlite');
  const background = connect(config, { yieldsToWriters: true });
  const gate = new Int32Array(writerGateBuffer());
  Atomics.add(gate, 0, 1); // a server thread is waiting to begin
  let began = false;
  const work = background.db.transaction().execute(async () => {
    began = true;
  });
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(began).toBe(false);
  Atomics.sub(gate, 0, 1); // it is through
  await work;
  expect(began).toBe(true);
  await background.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it('a connection that writes much lets the WAL grow to its checkpoint size, and copies it when it closes', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-wal-'));
  const config = sqliteIn(dir, 'wal.sqlite');
  const server = connect(config); // stays open, as the server's does: no close-time checkpoint
  const size = (suffix = '') => fs.statSync(`${config.sqliteFile}${suffix}`).size;
  const fill = (handle: SqliteDatabase.Database, from: number) => {
    handle.exec('create table if not exists t (k integer primary key, v text)');
    const insert = handle.prepare('insert into t values (?, ?)');
    // 30 transactions of ~200 KB: ~1,500 pages, past SQLite's 1,000-page checkpoint.
    for (let txn = 0; txn < 30; txn++)
      handle.transaction(() => {
        for (let i = 0; i < 50; i++) insert.run(from + txn * 50 + i, 'x'.repeat(4_000));
      })();
  };
  // SQLite's default: the WAL is copied every ~1,000 pages and then written again from its start.
  fill(server.sqlite!, 0);
  const defaultWal = size('-wal');
  expect(defaultWal).toBeLessThan(5_000_000);
  server.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
  const before = size();

  const bulk = connect(config, { checkpointPages: 1_000_000 });
  fill(bulk.sqlite!, 10_000);
  expect(size('-wal')).toBeGreaterThan(5_500_000); // nothing copied yet
  expect(size()).toBe(before);
  await bulk.close();
  expect(size()).toBeGreaterThan(before + 5_500_000); // copied at close
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});
