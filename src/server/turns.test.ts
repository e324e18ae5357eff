/**
 * Requests start one per turn of the event loop (server/turns.ts, issue 22): a server busy with
 * many clients still lets a new client in after about one request per connection ahead of it.
 * The busy server runs in its own process (the built dist/server/turns.js, as `peaceops serve`
 * runs it); the clients run here, and how long a newcomer waits is counted in the requests the
 * busy clients got answered meanwhile, not in milliseconds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { nextTurn } from './turns.js';
import { assertBuilt } from '../../test/support/processes.js';

describe('nextTurn', () => {
  it('starts waiting requests in the order they asked, each in a turn of its own', async () => {
    const events: string[] = [];
    let turn = 0;
    const ticker = () => {
      turn += 1;
      if (turn < 10) setImmediate(ticker);
    };
    setImmediate(ticker);
    await Promise.all(
      ['a', 'b', 'c'].map(async (name) => {
        await nextTurn();
        events.push(`${name}@${turn}`);
      }),
    );
    const turns = events.map((e) => Number(e.split('@')[1]));
    expect(events.map((e) => e[0])).toEqual(['a', 'b', 'c']);
    expect(new Set(turns).size).toBe(3);
  });
});

/** A server whose every request is 2 ms of work on its thread, as a page built from SQLite is. */
function busyServer(): Promise<{ child: ChildProcess; port: number }> {
  const code = `
    import { serve } from '@hono/node-server';
    const { oneRequestPerTurn } = await import(${JSON.stringify(path.resolve('dist/server/turns.js'))});
    const work = () => { const end = performance.now() + 2; while (performance.now() < end); return new Response('ok'); };
    serve({ fetch: oneRequestPerTurn(work), port: 0, hostname: '127.0.0.1' },
      (info) => console.log(info.port));`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', code], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.stdout!.once('data', (d: Buffer) => resolve({ child, port: Number(d.toString()) }));
  });
}

function get(port: number, agent: http.Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
        res.resume();
        res.on('end', resolve);
      })
      .on('error', reject);
  });
}

/**
 * 16 clients keep the server busy (each asks again as soon as it is answered); then 8 newcomers
 * connect at once. Returns, for each newcomer, how many busy requests were answered between its
 * connecting and its own answer.
 */
async function newcomersWait(port: number): Promise<number[]> {
  const busy = new http.Agent({ keepAlive: true, maxSockets: 16 });
  let answered = 0;
  let stop = false;
  const loops = Array.from({ length: 16 }, async () => {
    while (!stop) {
      await get(port, busy);
      answered += 1;
    }
  });
  while (answered < 200) await new Promise((resolve) => setTimeout(resolve, 5));
  const waits = await Promise.all(
    Array.from({ length: 8 }, async () => {
      const before = answered;
      await get(port, new http.Agent({ keepAlive: false }));
      return answered - before;
    }),
  );
  stop = true;
  await Promise.all(loops);
  busy.destroy();
  return waits;
}

describe('a busy server lets newcomers in (issue 22)', () => {
  let child: ChildProcess | undefined;
  afterEach(() => {
    child?.kill();
  });

  it('answers a new connection after about one request per client ahead of it', async () => {
    assertBuilt();
    const server = await busyServer();
    child = server.child;
    const waits = await newcomersWait(server.port);
    // In line behind the 16 busy clients' requests, and accepted within a few turns: each turn
    // is one request. Without the turns, libuv accepts one connection per turn of 16 requests,
    // and the last of eight waited over a hundred.
    expect(Math.max(...waits)).toBeLessThanOrEqual(48);
  }, 30_000);
});
