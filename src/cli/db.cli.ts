/** `peaceops db migrate|status`, `backup FILE`, `restore FILE`. */
import type { Command } from 'commander';
import { backupTo, restoreFrom, type BackupReport } from '../runtime/backup.js';
import { migrateToLatest, migrationState } from '../db/migrate.js';
import { print, type Output } from './output.js';
import { withApp } from './runtime.js';

const describe = (r: BackupReport) =>
  `${r.file}: ${r.bytes} bytes, integrity ${r.integrity}, audit ${r.audit.ok ? `intact (${r.audit.count} entries, head ${r.audit.headHash})` : 'BROKEN'}`;

export function registerDbCommands(program: Command, out: Output): void {
  const db = program.command('db').description('database schema');
  db.command('migrate')
    .description('apply pending migrations (required on PostgreSQL before serve)')
    .action(() =>
      withApp(
        out,
        async (rt) => {
          const applied = await migrateToLatest(rt.ctx.db);
          print(out, { dialect: rt.ctx.dialect, applied }, () =>
            applied.length ? `applied: ${applied.join(', ')}` : 'already up to date',
          );
        },
        { migrate: 'none' },
      ),
    );
  db.command('status')
    .description('applied and pending migrations')
    .action(() =>
      withApp(
        out,
        async (rt) => {
          const state = await migrationState(rt.ctx.db);
          print(
            out,
            { dialect: rt.ctx.dialect, ...state },
            () =>
              `${rt.ctx.dialect}: ${state.applied.length} applied, pending: ${state.pending.join(', ') || 'none'}`,
          );
        },
        { migrate: 'none' },
      ),
    );
  program
    .command('backup <file>')
    .description('online backup of the SQLite database (safe while the server runs), then verified')
    .action((file: string) =>
      withApp(out, async (rt) => {
        const report = await backupTo(rt.ctx, rt.connection, file);
        print(out, report, () => `backup written and verified: ${describe(report)}`);
      }),
    );
  program
    .command('restore <file>')
    .description('replace the SQLite database with a verified backup (stop the server first)')
    .action((file: string) =>
      withApp(
        out,
        async (rt) => {
          await rt.close();
          const report = await restoreFrom(rt.ctx, file);
          print(out, report, () => `restored: ${describe(report)}`);
        },
        { migrate: 'none' },
      ),
    );
}
