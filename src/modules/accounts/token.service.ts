/**
 * API tokens for scripts: `pot_` + 256 random bits, shown once, stored as SHA-256 (a high-entropy
 * secret needs no slow hash). A token acts as its user in the mission it was made for, until it
 * expires or is revoked; its use is as audited as a session's.
 */
import { randomBytes } from 'node:crypto';
import { DomainError, notFound } from '../../core/errors.js';
import { sha256Hex } from '../../core/hash.js';
import type { Actor } from '../../core/policy.js';
import { fromNullableTimestamp, fromTimestamp, toTimestamp } from '../../db/codecs.js';
import { seenOf, type Seen } from '../../db/generations.js';
import { inTransaction, type AppContext, type RequestContext } from '../../db/context.js';
import { appendAudit, audit } from '../audit/audit.service.js';
import { actorOfUser, availableViews } from './actor.service.js';
import {
  findToken,
  findTokenByHash,
  insertToken,
  selectTokens,
  updateToken,
  type TokenRow,
} from './session.repository.js';
import type { ApiToken, CreateTokenInput } from './token.schema.js';

const iso = (v: string | Date | null) => fromNullableTimestamp(v)?.toISOString() ?? null;

function toApiToken(row: TokenRow): ApiToken {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    missionId: row.mission_id,
    createdAt: fromTimestamp(row.created_at).toISOString(),
    expiresAt: iso(row.expires_at),
    lastUsedAt: iso(row.last_used_at),
    revokedAt: iso(row.revoked_at),
  };
}

/** Makes a token for `userId` (the caller's own, or any user's from the CLI). @throws not_found */
export async function issueApiToken(
  ctx: RequestContext,
  userId: string,
  input: CreateTokenInput,
): Promise<{ token: string; apiToken: ApiToken }> {
  const views = await availableViews(ctx, userId);
  if (!views.some((v) => v.missionId === input.missionId))
    throw new DomainError('validation_failed', 'missionId: not a mission this user works in', [
      { path: 'missionId', message: 'not available to this user' },
    ]);
  const secret = randomBytes(32).toString('base64url');
  const token = `pot_${secret}`;
  const now = ctx.clock.now();
  const row = {
    id: ctx.ids.newId(),
    user_id: userId,
    name: input.name,
    token_hash: sha256Hex(token),
    prefix: token.slice(0, 10),
    mission_id: input.missionId,
    created_at: toTimestamp(now),
    expires_at:
      input.expiresInDays === null
        ? null
        : toTimestamp(new Date(now.getTime() + input.expiresInDays * 86_400_000)),
    last_used_at: null,
    revoked_at: null,
  };
  await inTransaction(ctx, async (tx) => {
    await insertToken(tx.db, row);
    await audit(tx, {
      action: 'accounts.token.create',
      recordType: 'api_token',
      recordId: row.id,
      change: { userId, name: input.name, missionId: input.missionId },
    });
  });
  return { token, apiToken: toApiToken(row as TokenRow) };
}

export async function listApiTokens(ctx: RequestContext): Promise<ApiToken[]> {
  return (await selectTokens(ctx.db, ctx.actor.userId)).map(toApiToken);
}

/** Revokes one of the caller's tokens (the CLI may revoke any). @throws not_found */
export async function revokeApiToken(ctx: RequestContext, id: string): Promise<ApiToken> {
  return inTransaction(ctx, async (tx) => {
    const row = await findToken(tx.db, id);
    if (!row || (tx.actor.via !== 'cli' && row.user_id !== tx.actor.userId))
      throw notFound('Token');
    const now = toTimestamp(tx.clock.now());
    if (row.revoked_at === null) await updateToken(tx.db, id, { revoked_at: now });
    await audit(tx, { action: 'accounts.token.revoke', recordType: 'api_token', recordId: id });
    return toApiToken({ ...row, revoked_at: row.revoked_at ?? now });
  });
}

/**
 * The actor of a bearer token, and where things stood as it was read (db/generations.ts). A
 * token that resolves to nobody counts against the client address like a wrong password (F10): past the sign-in throttle's limit the answer is 429 and nothing more
 * is written, so a flood of made-up tokens cannot flood the audit log.
 * @throws unauthenticated, too_many_requests
 */
export async function resolveApiToken(
  ctx: AppContext,
  token: string,
  clientAddress: string,
): Promise<{ actor: Actor; seen: Seen | undefined }> {
  const row = token.startsWith('pot_')
    ? await findTokenByHash(ctx.db, sha256Hex(token))
    : undefined;
  const now = ctx.clock.now();
  const expiresAt = row && fromNullableTimestamp(row.expires_at);
  if (!row || row.revoked_at !== null || (expiresAt && expiresAt <= now)) {
    if (!ctx.signInThrottle.hit(`token:${clientAddress}`))
      throw new DomainError(
        'too_many_requests',
        'Too many invalid API tokens from this address; wait a few minutes',
      );
    await appendAudit(
      ctx,
      { actorId: null, actorLabel: 'anonymous' },
      { action: 'auth.token', outcome: 'failed' },
    );
    throw new DomainError('unauthenticated', 'Invalid, expired or revoked API token');
  }
  const actor = await actorOfUser(ctx, {
    userId: row.user_id,
    via: 'token',
    missionId: row.mission_id,
    fullAccess: true,
    generation: row.access_generation,
  });
  if (!actor) throw new DomainError('unauthenticated', 'Invalid, expired or revoked API token');
  const last = fromNullableTimestamp(row.last_used_at);
  if (!last || now.getTime() - last.getTime() > 60_000)
    await updateToken(ctx.db, row.id, { last_used_at: toTimestamp(now) });
  return { actor, seen: seenOf(row) };
}
