/**
 * Frozen: forecasts of the other two kinds of violence beside the state-based (issue 23) — one-sided
 * violence against civilians (os) and non-state (ns), P(≥ 1) and P(≥ 25) killed — and the country
 * history of each kind. Null in runs published before this (they forecast state-based only).
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  const t = (kind: 'real' | 'integer') => sql.raw(types[kind]);
  for (const column of ['p_ns1', 'p_ns25', 'p_os1', 'p_os25'])
    await db.schema.alterTable('country_forecasts').addColumn(column, t('real')).execute();
  for (const column of ['fatalities_ns', 'fatalities_os'])
    await db.schema.alterTable('country_history').addColumn(column, t('integer')).execute();
}
