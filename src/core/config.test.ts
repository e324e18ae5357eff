/** Configuration names are public contract: scripts and monitoring rely on them (README). */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.js';

describe('config', () => {
  it('defaults to SQLite in ./data on port 8080', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      dialect: 'sqlite',
      port: 8080,
      databaseUrl: null,
      dataDir: path.resolve('data'),
    });
    expect(config.sqliteFile).toBe(path.resolve('data', 'peaceops.sqlite'));
  });

  it('DATABASE_URL selects PostgreSQL; PORT and PEACEOPS_DATA_DIR are read; overrides win', () => {
    const config = loadConfig(
      { DATABASE_URL: 'postgres://u@db:5432/p', PORT: '9000', PEACEOPS_DATA_DIR: '/srv/po' },
      { port: 9100 },
    );
    expect(config).toMatchObject({ dialect: 'postgres', port: 9100, dataDir: '/srv/po' });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be a positive integer/);
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});
