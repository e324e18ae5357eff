/** Sessions and API tokens storage. Only hashes of secrets are stored. */
import type { Insertable, Kysely, Selectable } from 'kysely';
import { generationsNow, type GenerationColumns } from '../../db/generations.js';
import type { ApiTokensTable, Database, SessionsTable } from '../../db/schema.js';

export type SessionRow = Selectable<SessionsTable>;
export type TokenRow = Selectable<ApiTokensTable>;

export async function insertSession(
  db: Kysely<Database>,
  row: Insertable<SessionsTable>,
): Promise<void> {
  await db.insertInto('sessions').values(row).execute();
}

/** A session and the generations as of reading it (db/generations.ts). */
export async function findSession(
  db: Kysely<Database>,
  id: string,
): Promise<(SessionRow & GenerationColumns) | undefined> {
  return db
    .selectFrom('sessions')
    .selectAll()
    .select(generationsNow)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function updateSession(
  db: Kysely<Database>,
  id: string,
  changes: {
    stage?: SessionRow['stage'];
    mission_id?: string | null;
    revoked_at?: string;
    last_seen_at?: string;
  },
): Promise<void> {
  await db.updateTable('sessions').set(changes).where('id', '=', id).execute();
}

export async function revokeUserSessions(
  db: Kysely<Database>,
  userId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: now })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function insertToken(
  db: Kysely<Database>,
  row: Insertable<ApiTokensTable>,
): Promise<void> {
  await db.insertInto('api_tokens').values(row).execute();
}

/** A token by its hash, and the generations as of reading it (db/generations.ts). */
export async function findTokenByHash(
  db: Kysely<Database>,
  hash: string,
): Promise<(TokenRow & GenerationColumns) | undefined> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .select(generationsNow)
    .where('token_hash', '=', hash)
    .executeTakeFirst();
}

export async function findToken(db: Kysely<Database>, id: string): Promise<TokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function selectTokens(db: Kysely<Database>, userId: string): Promise<TokenRow[]> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('user_id', '=', userId)
    .orderBy('created_at', 'desc')
    .execute();
}

export async function updateToken(
  db: Kysely<Database>,
  id: string,
  changes: { revoked_at?: string; last_used_at?: string },
): Promise<void> {
  await db.updateTable('api_tokens').set(changes).where('id', '=', id).execute();
}

/** Where what actors are built from stands (migration 0038): moved by triggers on every change. */
export async function accessGeneration(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('access_generation')
    .select('n')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
