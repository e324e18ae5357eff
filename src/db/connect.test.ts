/** The SQLite handle keeps prepared statements (issue 22) without changing any answer. */
import SqliteDatabase from 'better-sqlite3';
import { expect, it } from 'vitest';
import { keepingStatements } from './connect.js';

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

it('long statements (multi-row inserts) are prepared each time, never kept', () => {
  const handle = keepingStatements(new SqliteDatabase(':memory:'), 500, 100);
  const long = `select ${'1 + '.repeat(40)}1 as n`;
  expect(handle.prepare(long)).not.toBe(handle.prepare(long));
  handle.close();
});
