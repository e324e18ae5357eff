/**
 * One process, one database opening, then the map's first country view and first box page, timed:
 * what a user gets from a server just started (the operating system's file cache and PostgreSQL's
 * buffers may still hold pages; the process's own caches do not). Prints JSON.
 *   node --import tsx bench/map-fresh.ts DATA_DIR|DATABASE_URL mission|headquarters
 */
import { loadConfig } from '../src/core/config.js';
import { silentLogger } from '../src/core/log.js';
import { openApp } from '../src/runtime/context.js';
import { boxCentres, readerOf, timeBox, timeCountry, type ReaderKind } from './map-queries.js';

const [where, kind] = process.argv.slice(2) as [string, ReaderKind];
const config = where.startsWith('postgres')
  ? loadConfig({ DATABASE_URL: where })
  : loadConfig({ PEACEOPS_DATA_DIR: where, DATABASE_URL: '' });
const app = await openApp(config, { log: silentLogger, migrate: 'none' });
const reader = await readerOf(app.ctx, kind);
const [centre] = await boxCentres(app.ctx, 1);
const country = (await timeCountry(reader)).ms;
const box = await timeBox(reader, centre!);
await app.close();
process.stdout.write(JSON.stringify({ country, box }));
