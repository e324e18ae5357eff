/** The CLI as scripts use it: exit codes mapped from error codes, --json output, PORT and --port. */
import { migrations } from '../src/db/migrations/index.js';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { assertBuilt, runCli, serve, stop } from './support/processes.js';

let dataDir = '';
let env: Record<string, string> = {};
beforeAll(() => {
  assertBuilt();
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-cli-'));
  env = { PEACEOPS_DATA_DIR: dataDir, DATABASE_URL: '' };
});
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('db status reports the dialect and migrations as JSON', () => {
  const status = runCli(['db', 'migrate', '--json'], env);
  expect(status.code).toBe(0);
  expect(JSON.parse(runCli(['db', 'status', '--json'], env).stdout)).toEqual({
    dialect: 'sqlite',
    applied: Object.keys(migrations),
    pending: [],
  });
});

it('users create prints the password once; a duplicate is exit code 4 with the error as JSON', () => {
  const first = runCli(
    ['users', 'create', 'amina', '--name', 'Amina', '--role', 'administrator@HQ', '--json'],
    env,
  );
  expect(first.code).toBe(0);
  expect(JSON.parse(first.stdout).password).toMatch(/^[A-Za-z0-9_-]{16}$/);
  const again = runCli(
    ['users', 'create', 'amina', '--name', 'Amina', '--role', 'administrator@HQ', '--json'],
    env,
  );
  expect(again.code).toBe(4);
  expect(JSON.parse(again.stderr).error).toMatchObject({
    code: 'conflict',
    details: [{ path: 'username' }],
  });
});

it('a password from stdin is checked (too short: exit 2, naming the field)', () => {
  const short = runCli(
    ['users', 'create', 'bashir', '--name', 'B', '--role', 'viewer@HQ', '--password-stdin'],
    env,
    'short\n',
  );
  expect(short.code).toBe(2);
  expect(short.stderr).toMatch(/password/);
  expect(
    runCli(
      ['users', 'create', 'bashir', '--name', 'B', '--role', 'viewer@HQ', '--password-stdin'],
      env,
      'a long enough passphrase\n',
    ).code,
  ).toBe(0);
});

it('unknown user is exit 3; tokens create then revoke', () => {
  expect(runCli(['tokens', 'create', 'nobody', '--name', 'x'], env).code).toBe(3);
  const created = JSON.parse(
    runCli(['tokens', 'create', 'amina', '--name', 'nightly export', '--json'], env).stdout,
  );
  expect(created.token).toMatch(/^pot_/);
  const revoked = runCli(['tokens', 'revoke', created.apiToken.id, '--json'], env);
  expect(JSON.parse(revoked.stdout).revokedAt).not.toBeNull();
});

it('serve --port overrides PORT', async () => {
  const served = await serve({ ...env, PORT: '1' }, ['--port', '0']);
  try {
    const health = await (await fetch(`${served.url}/api/health`)).json();
    expect(health).toMatchObject({ status: 'ok', dialect: 'sqlite' });
    expect(served.url).not.toMatch(/:1$/);
  } finally {
    await stop(served);
  }
});

it('audit verify passes, then fails with exit 7 naming the entry once the file is tampered with', async () => {
  expect(runCli(['audit', 'verify'], env).code).toBe(0);
  const Database = (await import('better-sqlite3')).default;
  const db = new Database(path.join(dataDir, 'peaceops.sqlite'));
  db.prepare("update audit_entries set actor_label = 'someone else' where seq = 2").run();
  db.close();
  const broken = runCli(['audit', 'verify'], env);
  expect(broken.code).toBe(7);
  expect(broken.stdout).toMatch(/BROKEN at entry 2 \(edited\)/);
});
