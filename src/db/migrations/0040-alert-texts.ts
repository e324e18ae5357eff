/**
 * Frozen: what an alert says, kept as its template's key and values (issue 23), so its CAP
 * document carries one `<info>` per language (English, French, Arabic) and each reader's page
 * shows their own. The English columns (event, headline, description) stay as they were written;
 * alerts raised before this have no text and stay English only.
 */
import { sql, type Kysely } from 'kysely';
import { columnTypes } from '../columns.js';

export async function up(db: Kysely<unknown>): Promise<void> {
  const types = columnTypes(db);
  await db.schema.alterTable('alerts').addColumn('text', sql.raw(types.json)).execute();
}
