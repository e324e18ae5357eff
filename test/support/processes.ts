/** Runs the built CLI (dist/) as a user would: `peaceops ...` in a child process. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const cliPath = path.resolve('dist/cli/peaceops.js');

export function assertBuilt(): void {
  if (!fs.existsSync(cliPath))
    throw new Error(`${cliPath} is missing: run "npm run build" first (npm test does)`);
}

export function runCli(args: string[], env: Record<string, string>, input?: string) {
  const result = spawnSync(process.execPath, [cliPath, ...args], {
    env: { ...process.env, ...env },
    input,
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export interface Served {
  child: ChildProcess;
  url: string;
  output: () => string;
}

/** Starts `peaceops serve --port 0` and resolves with its URL once it listens. */
export function serve(env: Record<string, string>, extraArgs: string[] = []): Promise<Served> {
  const child = spawn(process.execPath, [cliPath, 'serve', '--port', '0', ...extraArgs], {
    // The demo's uniformed personnel figures (tens of thousands of rows) load only for the tests
    // that ask for them with PEACEOPS_DEMO_DATA_DIR: they add seconds to every other start.
    env: { ...process.env, PEACEOPS_DEMO_DATA_DIR: '/nonexistent/peaceops-demo-data', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    // A first start with --demo loads the demo (its grid forecasts, and with the shared data the
    // personnel figures and country forecasts) before it listens: tens of seconds under load.
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[^\s]+) /.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, url: match[1].replace(/\/$/, ''), output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
}

export function stop(served: Served, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  return new Promise((resolve) => {
    if (served.child.exitCode !== null || served.child.signalCode !== null) return resolve();
    served.child.once('exit', () => resolve());
    served.child.kill(signal);
  });
}
