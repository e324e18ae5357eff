/** The few statements that differ between SQLite and PostgreSQL. */
import { sql, type Kysely } from 'kysely';
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
