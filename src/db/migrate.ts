/** Runs and reports the static, ordered migrations. */
import { Migrator, type Kysely, type MigrationProvider } from 'kysely';
import { DomainError } from '../core/errors.js';
import { migrations } from './migrations/index.js';
import type { Database } from './schema.js';

const provider: MigrationProvider = { getMigrations: () => Promise.resolve({ ...migrations }) };

function migrator(db: Kysely<Database>): Migrator {
  return new Migrator({ db, provider });
}

export interface MigrationState {
  applied: string[];
  pending: string[];
}

export async function migrationState(db: Kysely<Database>): Promise<MigrationState> {
  const all = await migrator(db).getMigrations();
  return {
    applied: all.filter((m) => m.executedAt !== undefined).map((m) => m.name),
    pending: all.filter((m) => m.executedAt === undefined).map((m) => m.name),
  };
}

export async function migrateToLatest(db: Kysely<Database>): Promise<string[]> {
  const { error, results } = await migrator(db).migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new DomainError('internal', `migration ${failed} failed: ${String(error)}`);
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** PostgreSQL is migrated explicitly; the server refuses to start on a stale schema. */
export async function assertNoPendingMigrations(db: Kysely<Database>): Promise<void> {
  const { pending } = await migrationState(db);
  if (pending.length > 0) {
    throw new DomainError(
      'unavailable',
      `database has ${pending.length} pending migration(s) (${pending.join(', ')}); run "peaceops db migrate"`,
    );
  }
}
