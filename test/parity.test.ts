/** Both dialects end their migrations with the same tables, columns and nullability. */
import { expect, it } from 'vitest';
import { dialects, openTestApp } from './support/test-app.js';

async function shape(dialect: 'sqlite' | 'postgres') {
  const t = await openTestApp(dialect);
  try {
    const tables = await t.ctx.db.introspection.getTables();
    return Object.fromEntries(
      tables
        // Not ours to compare: the migrator's tables, the SQLite R*Tree (PostgreSQL's spatial
        // index is an index, not a table) and PostGIS's own catalog tables and views.
        .filter(
          (table) =>
            !table.name.startsWith('kysely_') &&
            !table.name.startsWith('incidents_rtree') &&
            !['spatial_ref_sys', 'geometry_columns', 'geography_columns'].includes(table.name),
        )
        .map((table) => [
          table.name,
          Object.fromEntries(
            table.columns.map((c) => [c.name, c.isNullable ? 'null' : 'not null']),
          ),
        ])
        .sort(([a], [b]) => String(a).localeCompare(String(b))),
    );
  } finally {
    await t.close();
  }
}

it('SQLite and PostgreSQL schemas match after all migrations', async () => {
  expect(dialects).toContain('postgres');
  const [sqlite, postgres] = [await shape('sqlite'), await shape('postgres')];
  expect(Object.keys(sqlite).length).toBeGreaterThanOrEqual(10);
  expect(postgres).toEqual(sqlite);
});
