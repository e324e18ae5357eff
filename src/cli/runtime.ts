/** Opens the app for one CLI command and always closes it. */
import os from 'node:os';
import { openApp, type OpenOptions, type OpenedApp } from '../runtime/context.js';
import { systemActor } from '../core/system-actor.js';
import { loadConfig, type Config } from '../core/config.js';
import { createLogger } from '../core/log.js';
import type { RequestContext } from '../db/context.js';
import { fail, type Output } from './output.js';

export interface Runtime extends OpenedApp {
  config: Config;
  operator: RequestContext;
}

export async function withApp(
  out: Output,
  work: (rt: Runtime) => Promise<void>,
  options: OpenOptions = {},
): Promise<void> {
  let opened: OpenedApp | undefined;
  try {
    const config = loadConfig();
    opened = await openApp(config, {
      log: createLogger((line) => process.stderr.write(line)),
      ...options,
    });
    const operator: RequestContext = {
      ...opened.ctx,
      actor: systemActor(os.userInfo().username, 'cli'),
      requestId: 'cli',
    };
    await work({ ...opened, config, operator });
  } catch (error) {
    process.exitCode = fail(out, error);
  } finally {
    await opened?.close();
  }
}
