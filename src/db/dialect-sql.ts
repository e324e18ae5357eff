/** The few statements that differ between SQLite and PostgreSQL. */
import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Dialect } from '../core/config.js';
import type { Database } from './schema.js';

/** Serialises writers on one row: FOR UPDATE on PostgreSQL; SQLite already has one writer. */
export function lockClause(dialect: Dialect) {
  return dialect === 'postgres' ? sql` for update` : sql``;
}

export async function integrityCheck(db: Kysely<Database>, dialect: Dialect): Promise<string> {
  if (dialect === 'postgres') return 'ok';
  const result = await sql<{ integrity_check: string }>`pragma integrity_check`.execute(db);
  return result.rows.map((r) => r.integrity_check).join('; ');
}

/** The whole number at or below `expr` (SQLite's cast truncates; PostgreSQL's rounds). */
export function floorInt(dialect: Dialect, expr: RawBuilder<unknown>) {
  return dialect === 'postgres'
    ? sql<number>`cast(floor(${expr}) as integer)`
    : sql<number>`cast(${expr} as integer) - (cast(${expr} as integer) > ${expr})`;
}

/** 'YYYY-MM' of a timestamp column, in UTC. */
export function monthOf(dialect: Dialect, column: string) {
  return dialect === 'postgres'
    ? sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM')`
    : sql<string>`substr(${sql.ref(column)}, 1, 7)`;
}
