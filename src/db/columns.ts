/**
 * The portable column vocabulary used by migrations: one name per kind, one SQL type per dialect.
 * The few expressions that differ between the dialects live here and in dialect-sql.ts only.
 */
import { PostgresAdapter, type Kysely } from 'kysely';
import type { Dialect } from '../core/config.js';

export type ColumnKind =
  'id' | 'text' | 'integer' | 'bigint' | 'real' | 'timestamp' | 'date' | 'boolean' | 'json';

const sqlTypes: Record<Dialect, Record<ColumnKind, string>> = {
  sqlite: {
    id: 'text',
    text: 'text',
    integer: 'integer',
    bigint: 'integer',
    real: 'real',
    timestamp: 'text',
    date: 'text',
    boolean: 'integer',
    json: 'text',
  },
  postgres: {
    id: 'text',
    text: 'text',
    integer: 'integer',
    bigint: 'bigint',
    real: 'double precision',
    timestamp: 'timestamptz',
    date: 'date',
    boolean: 'boolean',
    json: 'jsonb',
  },
};

export function dialectOf(db: Kysely<unknown>): Dialect {
  return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

/** Column types for a migration, e.g. `const t = columnTypes(db); t.timestamp`. */
export function columnTypes(db: Kysely<unknown>): Record<ColumnKind, string> {
  return sqlTypes[dialectOf(db)];
}

/** Literal for a boolean default. */
export function booleanDefault(db: Kysely<unknown>, value: boolean): string {
  return dialectOf(db) === 'postgres' ? String(value) : value ? '1' : '0';
}
