/**
 * Structured logs, one JSON object a line. Logs carry ids and outcomes, never values: fields
 * whose names suggest secrets are replaced before they are written.
 */
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

const secretKey = /pass|secret|token|code|cookie|authorization|name|email|phone|key/i;
const allowedKeys = new Set(['requestId', 'method', 'path', 'status', 'ms', 'code', 'userId']);

export function redact(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = secretKey.test(key) && !allowedKeys.has(key) ? '[redacted]' : value;
  }
  return out;
}

export function createLogger(write: (line: string) => void, clock = () => new Date()): Logger {
  const emit = (level: LogLevel, message: string, fields: Record<string, unknown> = {}): void => {
    write(`${JSON.stringify({ at: clock().toISOString(), level, message, ...redact(fields) })}\n`);
  };
  return {
    info: (m, f) => emit('info', m, f),
    warn: (m, f) => emit('warn', m, f),
    error: (m, f) => emit('error', m, f),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };
