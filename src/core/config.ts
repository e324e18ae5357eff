/** Configuration: the only reader of process.env. Names are public contract (README). */
import path from 'node:path';
import { DomainError } from './errors.js';

export type Dialect = 'sqlite' | 'postgres';

export interface Config {
  dataDir: string;
  dialect: Dialect;
  databaseUrl: string | null;
  sqliteFile: string;
  port: number;
  host: string;
  /** `kid:base64key` pairs separated by commas, current key first; null = key file in dataDir. */
  fieldKeys: string | null;
  logFile: string | null;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  /** Trust X-Forwarded-Proto from a TLS-terminating proxy to mark cookies Secure. */
  /** Signed checkpoints of the audit chain's head, outside the database (F12). */
  auditCheckpointFile: string;
  trustProxy: boolean;
  /** How many proxies in front of the server append to X-Forwarded-For (the client is the address before them). */
  trustedProxies: number;
  bodyLimitBytes: number;
  /** The largest file the web UI may upload for an import (the CLI has no limit). */
  importLimitBytes: number;
  /** F6: what one import may expand to (a gzip bomb stops here) and how many rows it may have. */
  importMaxExpandedBytes: number;
  importMaxRows: number;
  /** The heap a background task's worker may grow to (an import from the web or the CLI), MB. */
  taskHeapMb: number;
  webDir: string | null;
  /**
   * The UN's public table of allegations for the demo (its licence is unstated, so it is not
   * shipped): PEACEOPS_DEMO_SEA_TABLE, else a copy beside the checkout if there is one.
   */
  demoSeaTable: string | null;
  /**
   * A copy of the shared UN peacekeeping data (contributions, mission strength) for the demo:
   * PEACEOPS_DEMO_DATA_DIR, else the copy beside the checkout if there is one. Not shipped.
   */
  demoDataDir: string | null;
  /** Public complaint requests (file, read, answer) per client address in 15 minutes. */
  complaintThrottleLimit: number;
}

type Env = Record<string, string | undefined>;

function integer(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new DomainError('validation_failed', `${name} must be a positive integer, got "${raw}"`);
  }
  return value;
}

export function loadConfig(env: Env = process.env, overrides: Partial<Config> = {}): Config {
  const dataDir = path.resolve(env.PEACEOPS_DATA_DIR || './data');
  const databaseUrl = env.DATABASE_URL || null;
  if (databaseUrl !== null && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new DomainError('validation_failed', 'DATABASE_URL must start with postgres://');
  }
  return {
    dataDir,
    dialect: databaseUrl ? 'postgres' : 'sqlite',
    databaseUrl,
    sqliteFile: path.join(dataDir, 'peaceops.sqlite'),
    port: integer(env, 'PORT', 8080),
    host: env.HOST || '127.0.0.1',
    fieldKeys: env.PEACEOPS_FIELD_KEYS || null,
    logFile: env.PEACEOPS_LOG_FILE || null,
    sessionIdleMinutes: integer(env, 'PEACEOPS_SESSION_IDLE_MINUTES', 30),
    sessionAbsoluteHours: integer(env, 'PEACEOPS_SESSION_ABSOLUTE_HOURS', 12),
    auditCheckpointFile: path.resolve(
      env.PEACEOPS_AUDIT_CHECKPOINTS || path.join(dataDir, 'audit-checkpoints'),
    ),
    trustProxy: env.PEACEOPS_TRUST_PROXY === '1',
    trustedProxies: integer(env, 'PEACEOPS_TRUSTED_PROXIES', 1),
    bodyLimitBytes: integer(env, 'PEACEOPS_BODY_LIMIT_BYTES', 1_048_576),
    importLimitBytes: integer(env, 'PEACEOPS_IMPORT_LIMIT_BYTES', 512 * 1_048_576),
    importMaxExpandedBytes: integer(env, 'PEACEOPS_IMPORT_MAX_EXPANDED_MB', 1024) * 1_048_576,
    importMaxRows: integer(env, 'PEACEOPS_IMPORT_MAX_ROWS', 1_000_000),
    taskHeapMb: integer(env, 'PEACEOPS_IMPORT_HEAP_MB', 192),
    webDir: env.PEACEOPS_WEB_DIR || null,
    demoSeaTable: env.PEACEOPS_DEMO_SEA_TABLE || null,
    demoDataDir: env.PEACEOPS_DEMO_DATA_DIR || null,
    complaintThrottleLimit: integer(env, 'PEACEOPS_COMPLAINT_THROTTLE', 30),
    ...overrides,
  };
}
