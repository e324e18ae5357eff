/** `peaceops serve [--port N] [--demo]`: the web application and API. */
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { openApp } from '../runtime/context.js';
import { loadDemo, type DemoResult } from '../runtime/demo.js';
import { startSweeps } from '../runtime/sweeps.js';
import { loadConfig, type Config } from '../core/config.js';
import { DomainError } from '../core/errors.js';
import { listen } from '../server/listen.js';
import { settleDenials } from '../server/errors.js';
import { fail, type Output } from './output.js';

const bundledWeb = fileURLToPath(new URL('../web', import.meta.url));

/**
 * Where the request log goes: PEACEOPS_LOG_FILE when set; else, when a person watches the
 * terminal, a file in the data directory (so the demo's passwords stay on screen); else stdout,
 * for a service manager or a container to collect.
 */
export function withLogFile(config: Config, terminal: boolean): Config {
  if (config.logFile || !terminal) return config;
  return { ...config, logFile: path.join(config.dataDir, 'server.log') };
}

/** The start-up report of the demo: what was loaded, what was skipped and how to load it, accounts. */
export function demoReport(demo: DemoResult, url: string): string {
  const lines: string[] = [];
  const at = (text: string) => text.replace(/: \/([a-z/-]*)$/, `: ${url}$1`);
  if (demo.steps.length > 0) lines.push('', 'Demo mission MINUSCA:');
  for (const step of demo.steps)
    lines.push(
      step.state === 'loaded'
        ? `  loaded   ${at(step.what)}`
        : `  skipped  ${step.what}: ${step.reason}.\n           To load it: ${step.fill}`,
    );
  if (demo.accounts.length > 0) {
    lines.push(
      '',
      'Demo accounts (passwords shown once; reset: peaceops users reset-password NAME):',
    );
    for (const a of demo.accounts)
      lines.push(
        `  Sign in as "${a.username}" with password: ${a.password}  (${a.role}: ${a.note})`,
      );
  } else {
    lines.push(
      '',
      'Sign in with your account (forgot it? peaceops users reset-password <username>)',
    );
  }
  return `${lines.join('\n')}\n\n`;
}

export function registerServeCommand(program: Command, out: Output): void {
  program
    .command('serve')
    .description('serve the web UI and API (SQLite migrates itself; PostgreSQL must be migrated)')
    .option('--port <n>', 'port (overrides PORT)')
    .option('--host <address>', 'address to listen on (overrides HOST)')
    .option('--demo', "load the demo mission and print the first administrator's password once")
    .action(async (opts: { port?: string; host?: string; demo?: boolean }) => {
      try {
        const port = opts.port === undefined ? undefined : Number(opts.port);
        if (port !== undefined && (!Number.isInteger(port) || port < 0 || port > 65535))
          throw new DomainError('validation_failed', '--port: 0 to 65535');
        const config = withLogFile(
          loadConfig(undefined, {
            ...(port !== undefined ? { port } : {}),
            ...(opts.host ? { host: opts.host } : {}),
          }),
          process.stdout.isTTY === true,
        );
        const { ctx, close, upgraded } = await openApp(config);
        if (upgraded)
          process.stdout.write(
            `Upgraded the database (${upgraded.migrations.join(', ')}); its copy from before is ${upgraded.copy}\n`,
          );
        const demo = opts.demo ? await loadDemo(ctx) : null;
        const webDir = config.webDir ?? (fs.existsSync(bundledWeb) ? bundledWeb : null);
        const running = await listen(ctx, { port: config.port, host: config.host, webDir });
        const stopSweeps = startSweeps(ctx);
        // One write, so whoever reads the output sees the address and the accounts together.
        process.stdout.write(
          `peaceops is running at ${running.url} (${ctx.dialect}, data in ${config.dataDir})\n` +
            (demo ? demoReport(demo, running.url) : '') +
            (config.logFile ? `Requests are logged to ${config.logFile}\n` : ''),
        );
        const shutdown = () =>
          void running
            .stop()
            .then(stopSweeps)
            .then(() => settleDenials(ctx))
            .then(close)
            .then(() => process.exit(0));
        process.once('SIGINT', shutdown);
        process.once('SIGTERM', shutdown);
      } catch (error) {
        process.exitCode = fail(out, error);
      }
    });
}
