/**
 * R1: the server is killed with SIGKILL again and again while clients write. Every write it
 * acknowledged (201) is there afterwards; integrity_check and `peaceops audit verify` pass.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { assertBuilt, runCli, serve, stop } from './support/processes.js';

const rounds = 6;
const clients = 4;

it('no acknowledged write is lost across repeated SIGKILL', async () => {
  assertBuilt();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'peaceops-crash-'));
  const env = {
    PEACEOPS_DATA_DIR: dataDir,
    DATABASE_URL: '',
    PEACEOPS_LOG_FILE: path.join(dataDir, 'server.log'),
  };
  try {
    expect(
      runCli(['users', 'create', 'writer', '--name', 'Writer', '--role', 'administrator@HQ'], env)
        .code,
    ).toBe(0);
    const created = runCli(['tokens', 'create', 'writer', '--name', 'crash test', '--json'], env);
    expect(created.code).toBe(0);
    const token: string = JSON.parse(created.stdout).token;
    const acknowledged: string[] = [];
    let attempted = 0;

    for (let round = 0; round < rounds; round++) {
      const served = await serve(env);
      let killed = false;
      const client = async (c: number) => {
        for (let i = 0; !killed; i++) {
          const acronym = `R${round}-C${c}-${i}`;
          attempted += 1;
          try {
            const res = await fetch(`${served.url}/api/missions`, {
              method: 'POST',
              headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
              body: JSON.stringify({
                acronym,
                name: `Crash ${acronym}`,
                hostCountries: ['CAF'],
                mandateStart: '2014-04-10',
                headquarters: { name: 'Bangui', latitude: 4.39, longitude: 18.56 },
              }),
            });
            if (res.status === 201) acknowledged.push(acronym);
            else if (!killed) throw new Error(`unexpected ${res.status}: ${await res.text()}`);
          } catch (error) {
            if (!killed) throw error;
          }
        }
      };
      const running = Promise.all(Array.from({ length: clients }, (_, c) => client(c)));
      await new Promise((r) => setTimeout(r, 300 + Math.floor(Math.random() * 500)));
      killed = true;
      await stop(served, 'SIGKILL');
      await running;
    }

    expect(acknowledged.length).toBeGreaterThan(rounds * 5);
    const db = new Database(path.join(dataDir, 'peaceops.sqlite'));
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      const stored = new Set(db.prepare('select acronym from missions').pluck().all() as string[]);
      const lost = acknowledged.filter((a) => !stored.has(a));
      expect(lost).toEqual([]);
      expect(stored.size).toBeLessThanOrEqual(attempted);
    } finally {
      db.close();
    }
    const verify = runCli(['audit', 'verify', '--json'], env);
    expect(verify.code).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true });
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  // Six server starts and three CLI runs, each a new process: ~15 s on an idle machine, past the
  // default 30 s beside the rest of the suite on two cores.
}, 120_000);
