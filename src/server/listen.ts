/** Starts the HTTP server on a port, with a pid file and a clean shutdown. */
import fs from 'node:fs';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import type { AppContext } from '../db/context.js';
import { createApp } from './app.js';
import { oneRequestPerTurn } from './turns.js';

export interface Listening {
  url: string;
  server: ServerType;
  stop(): Promise<void>;
}

export function listen(
  ctx: AppContext,
  options: { port: number; host: string; webDir: string | null },
): Promise<Listening> {
  const app = createApp(ctx, { webDir: options.webDir });
  const pidFile = path.join(ctx.config.dataDir, 'server.pid');
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: oneRequestPerTurn(app.fetch), port: options.port, hostname: options.host },
      (info) => {
        if (ctx.dialect === 'sqlite')
          fs.writeFileSync(pidFile, String(process.pid), { mode: 0o600 });
        const host = options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
        resolve({
          url: `http://${host}:${info.port}/`,
          server,
          stop: () =>
            new Promise((done) => {
              fs.rmSync(pidFile, { force: true });
              server.close(() => done());
            }),
        });
      },
    );
    server.once('error', reject);
  });
}
