/** `peaceops serve [--port N] [--demo]`: the web application and API. */
import { fileURLToPath } from 'node:url';
import fs from 'node:fs';
import type { Command } from 'commander';
import { openApp } from '../runtime/context.js';
import { loadDemo } from '../runtime/demo.js';
import { startSweeps } from '../runtime/sweeps.js';
import { loadConfig } from '../core/config.js';
import { DomainError } from '../core/errors.js';
import { listen } from '../server/listen.js';
import { settleDenials } from '../server/errors.js';
import { fail, type Output } from './output.js';

const bundledWeb = fileURLToPath(new URL('../web', import.meta.url));

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
        const config = loadConfig(undefined, {
          ...(port !== undefined ? { port } : {}),
          ...(opts.host ? { host: opts.host } : {}),
        });
        const { ctx, close, upgraded } = await openApp(config);
        if (upgraded)
          process.stdout.write(
            `Upgraded the database (${upgraded.migrations.join(', ')}); its copy from before is ${upgraded.copy}\n`,
          );
        const demo = opts.demo ? await loadDemo(ctx) : null;
        const webDir = config.webDir ?? (fs.existsSync(bundledWeb) ? bundledWeb : null);
        const running = await listen(ctx, { port: config.port, host: config.host, webDir });
        const stopSweeps = startSweeps(ctx);
        process.stdout.write(
          `peaceops is running at ${running.url} (${ctx.dialect}, data in ${config.dataDir})\n`,
        );
        if (demo && demo.events > 0) {
          process.stdout.write(
            `Loaded ${demo.events} UCDP GED 23.1 events (CC BY 4.0, Uppsala Conflict Data Program) into MINUSCA\n`,
          );
        }
        if (demo?.allegations) {
          process.stdout.write(
            `Loaded ${demo.allegations.count} allegations of the UN's public table (${demo.allegations.file}); public statistics at ${running.url}public/conduct\n`,
          );
        }
        if (demo?.personnel) {
          process.stdout.write(
            `Loaded ${demo.personnel.contributionMonths} contributor-mission-months of uniformed personnel and ${demo.personnel.strengthMonths} mission-months of strength (${demo.personnel.from}); charts at ${running.url}capabilities\n`,
          );
        }
        if (demo?.forecastsFrom) {
          process.stdout.write(
            `Published the model's country forecasts from ${demo.forecastsFrom} (UCDP country-month series via ViEWS, CC BY-NC 4.0); map at ${running.url}forecasts\n`,
          );
        }
        if (demo?.admin) {
          process.stdout.write(
            `Sign in as "${demo.admin.username}" with password: ${demo.admin.password}\n(shown once; reset it with: peaceops users reset-password admin)\n`,
          );
        } else if (demo) {
          process.stdout.write(
            'Sign in with your account (forgot it? peaceops users reset-password <username>)\n',
          );
        }
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
