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

it('a background connection begins only once the server’s waiting writers are through', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-gate-'));
  const config = {
    dialect: 'sqlite' as const,
    databaseUrl: null,
    dataDir: dir,
    sqliteFile: path.join(dir, 'gate.sqlite'),
  };
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
