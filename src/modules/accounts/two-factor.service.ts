/**
 * Two-factor enrolment. The TOTP secret is encrypted at rest with the field cipher and shown to
 * the user once, at enrolment; it is enabled only after the user proves a code from it.
 */
import { randomBytes } from 'node:crypto';
import { DomainError } from '../../core/errors.js';
import { sha256Hex } from '../../core/hash.js';
import { fromBool, fromTimestamp, toTimestamp } from '../../db/codecs.js';
import { inTransaction, type AppContext } from '../../db/context.js';
import { appendAudit } from '../audit/audit.service.js';
import { insertSession, updateSession } from './session.repository.js';
import type { IssuedSession, ResolvedSession } from './session.service.js';
import { acceptedStep, newTotpSecret, totpUri } from './totp.js';
import { findUserRow, updateUserRow } from './user.repository.js';

const address = (userId: string) => ({ table: 'users', id: userId, field: 'totp_secret' });

async function enrollingUser(ctx: AppContext, resolved: ResolvedSession) {
  const user = await findUserRow(ctx.db, { id: resolved.session.user_id });
  if (!user || resolved.session.stage === 'totp')
    throw new DomainError('invalid_state', 'Finish signing in first');
  if (fromBool(user.totp_enabled))
    throw new DomainError('invalid_state', 'Two-factor sign-in is already enabled');
  return user;
}

/** Creates a new secret for the user to add to an authenticator app. @throws invalid_state */
export async function beginTwoFactorEnrollment(
  ctx: AppContext,
  resolved: ResolvedSession,
): Promise<{ secret: string; uri: string }> {
  const user = await enrollingUser(ctx, resolved);
  const secret = newTotpSecret();
  const stored = ctx.cipher.encrypt(secret, address(user.id));
  await updateUserRow(ctx.db, {
    id: user.id,
    changes: { totp_secret: stored },
    now: toTimestamp(ctx.clock.now()),
  });
  return { secret, uri: totpUri(secret, user.username) };
}

/** Enables TOTP once a code checks out; rotates the session to a full one. @throws invalid_state, unauthenticated */
export async function confirmTwoFactorEnrollment(
  ctx: AppContext,
  resolved: ResolvedSession,
  code: string,
): Promise<IssuedSession> {
  const user = await enrollingUser(ctx, resolved);
  if (!user.totp_secret) throw new DomainError('invalid_state', 'Start two-factor enrolment first');
  const secret = ctx.cipher.decrypt(user.totp_secret, address(user.id));
  const step = acceptedStep({ secret, code, at: ctx.clock.now(), lastStep: null });
  if (step === null) {
    throw new DomainError('unauthenticated', 'Wrong code', [
      { path: 'code', message: 'wrong code' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    const now = toTimestamp(tx.clock.now());
    await updateUserRow(tx.db, {
      id: user.id,
      changes: { totp_enabled: 1, totp_last_step: step },
      now,
    });
    await updateSession(tx.db, resolved.session.id, { revoked_at: now });
    const token = randomBytes(32).toString('base64url');
    const csrfToken = randomBytes(32).toString('base64url');
    const old = resolved.session;
    await insertSession(tx.db, {
      id: sha256Hex(token),
      user_id: old.user_id,
      mission_id: old.mission_id,
      stage: 'full',
      csrf_token: csrfToken,
      created_at: fromTimestamp(old.created_at).toISOString(),
      last_seen_at: now,
      expires_at: fromTimestamp(old.expires_at).toISOString(),
      revoked_at: null,
    });
    await appendAudit(
      tx,
      { actorId: user.id, actorLabel: `session:${user.username}` },
      { action: 'auth.two-factor.enable', recordType: 'user', recordId: user.id },
    );
    return { token, stage: 'full', csrfToken };
  });
}
