/**
 * The shape docs/ARCHITECTURE.md states, checked on the code: every table has one owning module
 * and no file queries a table its module does not own; a module imports only the public face of
 * another (the lint rule, proved here to refuse what it must); no import cycle between files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { sql } from 'kysely';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { sharedReads, tableOwners, type OwnedTable } from '../src/db/table-owners.js';
import { eachDialect } from './support/each-dialect.js';

// The lint configuration is plain JavaScript; its entries are read as ESLint's config objects.
const configFile: string = '../eslint.config.js';
const eslintConfig = ((await import(configFile)) as { default: Linter.Config[] }).default;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory())
      return rel === 'src/web' || rel === 'src/db/migrations' ? [] : sourceFiles(rel);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [rel] : [];
  });
}
const files = sourceFiles('src');

/** Who a file queries for: its module, `db` for the db layer, nobody for the other layers. */
function ownerOfFile(file: string): string | null {
  const parts = file.split('/');
  if (parts[1] === 'modules') return parts[2]!;
  if (parts[1] === 'db') return 'db';
  return null;
}

const isTable = (name: string): name is OwnedTable => Object.hasOwn(tableOwners, name);

/** The tables a source text names in a query: Kysely's builders and raw SQL in templates. */
function tablesQueried(text: string): Set<string> {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found = new Set<string>();
  const builder =
    /\.(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin|mergeInto)\(\s*(\[[^\]]*\]|'[^']*')/g;
  for (const m of code.matchAll(builder))
    for (const q of m[1]!.matchAll(/'([a-z_]+)(?:\s+as\s+\w+)?'/g)) found.add(q[1]!);
  for (const template of code.matchAll(/`[^`]*`/g))
    for (const m of template[0].matchAll(/\b(?:from|join|into|update|table)\s+"?([a-z_]+)"?/gi))
      if (isTable(m[1]!.toLowerCase())) found.add(m[1]!.toLowerCase());
  return found;
}

describe('tables and their owners', () => {
  it('the scanner finds builder calls, aliases, joins and raw SQL (so the next test can fail)', () => {
    const sample = [
      "db.selectFrom('users as u').innerJoin('pledges', 'pledges.id', 'x')",
      "db.selectFrom(['missions', 'alerts'])",
      'sql`not exists (select 1 from record_compartments rc where ...)`',
      "// selectFrom('outbox') in a comment is not a query",
    ].join('\n');
    expect([...tablesQueried(sample)].sort()).toEqual([
      'alerts',
      'missions',
      'pledges',
      'record_compartments',
      'users',
    ]);
  });

  it('no file names a table its module does not own, except the reads listed with a reason', () => {
    const trespass: string[] = [];
    for (const file of files) {
      const owner = ownerOfFile(file);
      for (const table of tablesQueried(fs.readFileSync(path.join(root, file), 'utf8'))) {
        if (!isTable(table)) {
          trespass.push(`${file}: ${table} has no owner in src/db/table-owners.ts`);
          continue;
        }
        if (tableOwners[table] === owner) continue;
        if (sharedReads.some((r) => r.file === file && r.table === table)) continue;
        trespass.push(`${file} (${owner ?? 'no module'}) queries ${table} (${tableOwners[table]})`);
      }
    }
    expect(trespass).toEqual([]);
  });

  it('every owner is a module (or the db layer); ARCHITECTURE.md lists the same owners', () => {
    const modules = new Set(fs.readdirSync(path.join(root, 'src/modules')));
    for (const owner of new Set(Object.values(tableOwners)))
      expect(owner === 'db' || modules.has(owner), owner).toBe(true);
    const whole = fs.readFileSync(path.join(root, 'docs/ARCHITECTURE.md'), 'utf8');
    const doc = whole.slice(whole.indexOf('## 4. Who owns which table'), whole.indexOf('## 5.'));
    const listed = new Map<string, string>();
    for (const m of doc.matchAll(/^\| `([a-z-]+)` +\| (.+?) +\|$/gm))
      for (const t of m[2]!.matchAll(/`([a-z_]+)`/g)) listed.set(t[1]!, m[1]!);
    expect(Object.fromEntries([...listed].sort())).toEqual(
      Object.fromEntries(Object.entries(tableOwners).sort()),
    );
  });
});

eachDialect('the migrations', (t) => {
  it('create exactly the tables that have an owner', async () => {
    const names =
      t().dialect === 'sqlite'
        ? await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
            t().ctx.db,
          )
        : await sql<{
            name: string;
          }>`select c.relname as name from pg_class c
               join pg_namespace n on n.oid = c.relnamespace
              where n.nspname = 'public' and c.relkind in ('r', 'p')
                -- an extension's own tables (PostGIS's spatial_ref_sys) belong to no module
                and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')`.execute(
            t().ctx.db,
          );
    const tables = names.rows
      .map((r) => r.name)
      .filter((n) => !/^(sqlite_|kysely_migration)/.test(n) && !/^incidents_rtree_/.test(n));
    const expected = Object.keys(tableOwners).filter(
      (n) => t().dialect === 'sqlite' || n !== 'incidents_rtree',
    );
    expect(tables.sort()).toEqual(expected.sort());
  });
});

describe("a module's public face", () => {
  // The import rules of the lint configuration, without type information (fast, same patterns).
  const importRules = eslintConfig.filter(
    (c) => c.files && c.rules && 'no-restricted-imports' in c.rules,
  );
  const linter = new Linter({ cwd: root });
  const verdict = (file: string, from: string) =>
    linter
      .verify(
        `import { x } from '${from}';\nexport const y = x;\n`,
        [
          { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser } },
          ...importRules,
        ],
        path.join(root, file),
      )
      .map((m) => m.ruleId);

  it.each([
    ['src/modules/conduct/case.service.ts', '../capabilities/pledge.service.js'],
    ['src/modules/conduct/case.service.ts', '../capabilities/pledge.schema.js'],
    ['src/modules/conduct/case.service.ts', '../capabilities/readiness.rules.js'],
    ['src/modules/conduct/case.service.ts', '../incidents/incident.taxonomy.js'],
    ['src/modules/rules/rules.service.ts', '../conduct/conduct.register.js'],
    ['src/modules/conduct/case.service.ts', './case.repository.js'],
    ['src/modules/conduct/case.service.ts', '../../tabular/csv-reader.js'],
    ['src/server/routes.ts', '../modules/conduct/case.routes.js'],
    ['src/cli/peaceops.ts', '../modules/conduct/conduct.cli.js'],
    ['src/runtime/demo.ts', '../modules/conduct/sea-table-import.service.js'],
    ['src/modules/conduct/case.routes.ts', '../../server/route-kit.js'],
    ['src/modules/conduct/conduct.cli.ts', '../../cli/output.js'],
    ['src/cli/serve.cli.ts', '../server/app.js'],
    ['src/cli/runtime.ts', '../runtime/context.js'],
  ])('%s may import %s', (file, from) => {
    expect(verdict(file, from)).toEqual([]);
  });

  it.each([
    ['src/modules/conduct/case.service.ts', '../capabilities/pledge.repository.js'],
    ['src/modules/conduct/case.service.ts', '../incidents/incident.csv.js'],
    ['src/modules/conduct/case.service.ts', '../incidents/ucdp.mapping.js'],
    ['src/modules/conduct/case.routes.ts', '../capabilities/pledge.routes.js'],
    ['src/modules/conduct/conduct.cli.ts', '../incidents/incident.cli.js'],
    ['src/runtime/demo.ts', '../modules/accounts/user.repository.js'],
    ['src/runtime/demo.ts', '../modules/early-warning/forecast.model.js'],
    ['src/server/routes.ts', '../modules/incidents/incident.repository.js'],
    ['src/tabular/csv-reader.ts', '../modules/incidents/incident.schema.js'],
    ['src/tabular/csv-reader.ts', '../db/context.js'],
    ['src/modules/conduct/case.service.ts', '../../server/env.js'],
    ['src/modules/conduct/case.service.ts', '../../cli/output.js'],
    ['src/modules/conduct/case.service.ts', '../../runtime/sweeps.js'],
    ['src/modules/conduct/case.routes.ts', '../../cli/output.js'],
    ['src/modules/conduct/case.service.ts', '../../web/lib/api-client.js'],
    ['src/server/routes.ts', '../modules/conduct/conduct.cli.js'],
    ['src/cli/peaceops.ts', '../modules/conduct/case.routes.js'],
    ['src/runtime/demo.ts', '../modules/conduct/case.routes.js'],
    ['src/runtime/demo.ts', '../server/app.js'],
    ['src/server/app.ts', '../runtime/sweeps.js'],
    ['src/server/app.ts', '../cli/output.js'],
  ])('%s may not import %s', (file, from) => {
    expect(verdict(file, from)).toContain('no-restricted-imports');
  });
});

describe('imports', () => {
  it('no cycle between files (an ES module cycle reads bindings before they are set)', () => {
    const graph = new Map<string, string[]>();
    for (const file of files) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      const targets = [...text.matchAll(/^(?:import|export)(?! type)[^;]*?from '(\.[^']+)'/gms)]
        .map((m) => path.posix.normalize(path.posix.join(path.posix.dirname(file), m[1]!)))
        .map((p) => p.replace(/\.js$/, '.ts'))
        .filter((p) => fs.existsSync(path.join(root, p)));
      graph.set(file, targets);
    }
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, trail: string[]) => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...trail.slice(trail.indexOf(file)), file].join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...trail, file]);
      state.set(file, 'done');
    };
    for (const file of graph.keys()) visit(file, []);
    expect(cycles).toEqual([]);
  });
});

describe('what the web takes from the server', () => {
  it('only pure files: schemas, taxonomies, rules and what they import, with no I/O (no node:, no db)', () => {
    const allowedPackages = new Set(['@hono/zod-openapi', 'zod']);
    const seen = new Set<string>();
    const problems: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const m of text.matchAll(/^import(?! type)[^;]*?from '([^']+)'/gms)) {
        const spec = m[1]!;
        if (!spec.startsWith('.')) {
          if (!allowedPackages.has(spec)) problems.push(`${file} imports ${spec}`);
          continue;
        }
        const target = path.posix
          .normalize(path.posix.join(path.posix.dirname(file), spec))
          .replace(/\.js$/, '.ts');
        if (target.startsWith('src/web/')) continue;
        // A pure file may lean on other pure files (a rule's helpers, core's date arithmetic), never
        // on storage, HTTP, the runtime or a use case.
        if (
          !/^src\/(modules|core)\//.test(target) ||
          /\.(service|repository|routes|cli)\.ts$/.test(target)
        )
          problems.push(`${file} imports ${target}`);
        else visit(target);
      }
    };
    const webFiles = (dir: string): string[] =>
      fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => {
        const rel = path.posix.join(dir, e.name);
        if (e.isDirectory()) return webFiles(rel);
        return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [rel] : [];
      });
    for (const file of webFiles('src/web')) {
      const text = fs.readFileSync(path.join(root, file), 'utf8');
      for (const m of text.matchAll(/^import(?! type)[^;]*?from '(\.[^']+)'/gms)) {
        const target = path.posix
          .normalize(path.posix.join(path.posix.dirname(file), m[1]!))
          .replace(/\.js$/, '.ts');
        if (target.startsWith('src/modules/') || target.startsWith('src/core/')) visit(target);
      }
    }
    expect(seen.size).toBeGreaterThan(10);
    expect(problems).toEqual([]);
  });
});
