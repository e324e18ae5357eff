/**
 * Sign-in and sessions. Invariants: the session id is 256 random bits, stored only as its
 * SHA-256; sessions expire after idle and absolute limits and end server-side on sign-out;
 * five wrong passwords or codes in a row lock the account for 15 minutes; each client address
 * is throttled across accounts; users whose roles or compartments touch tier-1 data must pass
 * TOTP (or enrol first) before the session gets any permission (S5). Every attempt is audited.
 */
import { randomBytes } from 'node:crypto';
import { minutes, hours } from '../../core/clock.js';
import { DomainError } from '../../core/errors.js';
import { sha256Hex } from '../../core/hash.js';
import { rolesRequiringTwoFactor } from '../../core/permissions.js';
import type { Actor } from '../../core/policy.js';
import { fromBool, fromNullableTimestamp, fromTimestamp, toTimestamp } from '../../db/codecs.js';
import { seenOf, type Seen } from '../../db/generations.js';
import { inTransaction, type AppContext } from '../../db/context.js';
import { appendAudit } from '../audit/audit.service.js';
import { holdsSensitiveCompartment } from '../compartments/compartment.service.js';
import { actorOfUser, availableViews } from './actor.service.js';
import { verifyPassword } from './password.js';
import {
  findSession,
  insertSession,
  updateSession,
  type SessionRow,
} from './session.repository.js';
import { acceptedStep } from './totp.js';
import {
  findUserRow,
  reserveAttempt as reserveAttemptRow,
  updateUserRow,
  type UserRow,
} from './user.repository.js';

export const maxFailedSignIns = 5;
export const lockoutMs = minutes(15);

export type SessionStage = SessionRow['stage'];

export interface IssuedSession {
  token: string;
  stage: SessionStage;
  csrfToken: string;
}

export interface ResolvedSession {
  session: SessionRow;
  actor: Actor;
  /** Where things stood as the session was read (db/generations.ts). */
  seen?: Seen | undefined;
}

const wrongCredentials = () => new DomainError('unauthenticated', 'Wrong username or password');

export async function requiresTwoFactor(ctx: AppContext, userId: string): Promise<boolean> {
  const views = await availableViews(ctx, userId);
  if (views.some((v) => v.roles.some((r) => rolesRequiringTwoFactor.has(r)))) return true;
  return holdsSensitiveCompartment(ctx, userId);
}

async function issueSession(
  ctx: AppContext,
  args: { user: UserRow; stage: SessionStage; missionId: string | null },
): Promise<IssuedSession> {
  const { user, stage, missionId } = args;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await insertSession(ctx.db, {
    id: sha256Hex(token),
    user_id: user.id,
    mission_id: missionId,
    stage,
    csrf_token: csrfToken,
    created_at: toTimestamp(now),
    last_seen_at: toTimestamp(now),
    expires_at: toTimestamp(new Date(now.getTime() + hours(ctx.config.sessionAbsoluteHours))),
    revoked_at: null,
  });
  return { token, stage, csrfToken };
}

/**
 * F4: counts the attempt before the proof is checked, atomically, so that however many arrive at
 * once at most `maxFailedSignIns` are checked before the account locks. @throws locked
 */
async function reserveAttempt(ctx: AppContext, user: UserRow): Promise<number> {
  const now = ctx.clock.now();
  const count = await reserveAttemptRow(ctx.db, {
    id: user.id,
    now: toTimestamp(now),
    lockUntil: toTimestamp(new Date(now.getTime() + lockoutMs)),
    max: maxFailedSignIns,
  });
  if (count !== null) return count;
  const current = await findUserRow(ctx.db, { id: user.id });
  const until =
    fromNullableTimestamp(current?.locked_until ?? null) ?? new Date(now.getTime() + lockoutMs);
  throw new DomainError(
    'locked',
    `Account locked after repeated failures; try again after ${until.toISOString()} or ask an administrator`,
  );
}

/** Audits a failed proof (the attempt was counted before it was checked). */
async function recordFailure(
  ctx: AppContext,
  user: UserRow,
  failed: { action: string; failures: number },
): Promise<void> {
  await appendAudit(
    ctx,
    { actorId: user.id, actorLabel: `session:${user.username}` },
    {
      action: failed.action,
      outcome: 'failed',
      recordType: 'user',
      recordId: user.id,
      change: { failures: failed.failures, locked: failed.failures >= maxFailedSignIns },
    },
  );
}

/** @throws too_many_requests, unauthenticated (wrong username or password), locked */
export async function signIn(
  ctx: AppContext,
  input: { username: string; password: string; clientAddress: string },
): Promise<IssuedSession> {
  if (!ctx.signInThrottle.hit(input.clientAddress)) {
    throw new DomainError(
      'too_many_requests',
      'Too many sign-in attempts from this address; wait a few minutes',
    );
  }
  const user = await findUserRow(ctx.db, { username: input.username.trim().toLowerCase() });
  if (!user || user.status !== 'active') {
    await verifyPassword(undefined, input.password);
    await appendAudit(
      ctx,
      { actorId: null, actorLabel: 'anonymous' },
      { action: 'auth.sign-in', outcome: 'failed' },
    );
    throw wrongCredentials();
  }
  const failures = await reserveAttempt(ctx, user);
  if (!(await verifyPassword(user.password_hash, input.password))) {
    await recordFailure(ctx, user, { action: 'auth.sign-in', failures });
    throw wrongCredentials();
  }
  const stage: SessionStage = fromBool(user.totp_enabled)
    ? 'totp'
    : (await requiresTwoFactor(ctx, user.id))
      ? 'enroll'
      : 'full';
  return inTransaction(ctx, async (tx) => {
    await updateUserRow(tx.db, {
      id: user.id,
      changes: { failed_sign_ins: 0, locked_until: null },
      now: toTimestamp(tx.clock.now()),
    });
    const issued = await issueSession(tx, { user, stage, missionId: null });
    await appendAudit(
      tx,
      { actorId: user.id, actorLabel: `session:${user.username}` },
      { action: 'auth.sign-in', recordType: 'user', recordId: user.id, change: { stage } },
    );
    return issued;
  });
}

/** Loads a live session; expired, revoked or unknown tokens are all "unauthenticated". */
export async function resolveSession(ctx: AppContext, token: string): Promise<ResolvedSession> {
  const session = await findSession(ctx.db, sha256Hex(token));
  const now = ctx.clock.now();
  const expired =
    !session ||
    session.revoked_at !== null ||
    fromTimestamp(session.expires_at) <= now ||
    now.getTime() - fromTimestamp(session.last_seen_at).getTime() >
      minutes(ctx.config.sessionIdleMinutes);
  if (expired) throw new DomainError('unauthenticated', 'Your session has ended; sign in again');
  const actor = await actorOfUser(ctx, {
    userId: session.user_id,
    via: 'session',
    missionId: session.mission_id,
    fullAccess: session.stage === 'full',
    generation: session.access_generation,
  });
  if (!actor) throw new DomainError('unauthenticated', 'Your session has ended; sign in again');
  // Activity is written at most once a minute, and always well within the idle limit, so a short
  // idle timeout never ends a session that is in use; a disabled user's session is not kept alive.
  const refreshEvery = Math.min(minutes(1), minutes(ctx.config.sessionIdleMinutes) / 2);
  if (now.getTime() - fromTimestamp(session.last_seen_at).getTime() > refreshEvery) {
    await updateSession(ctx.db, session.id, { last_seen_at: toTimestamp(now) });
  }
  return { session, actor, seen: seenOf(session) };
}

/** Second step: the TOTP code. Rotates the session id. @throws unauthenticated, locked, invalid_state */
export async function completeTwoFactor(
  ctx: AppContext,
  token: string,
  code: string,
): Promise<IssuedSession> {
  const { session } = await resolveSession(ctx, token);
  const user = (await findUserRow(ctx.db, { id: session.user_id }))!;
  if (session.stage !== 'totp' || !user.totp_secret)
    throw new DomainError('invalid_state', 'No two-factor step is pending');
  const failures = await reserveAttempt(ctx, user);
  const secret = ctx.cipher.decrypt(user.totp_secret, {
    table: 'users',
    id: user.id,
    field: 'totp_secret',
  });
  const step = acceptedStep({
    secret,
    code,
    at: ctx.clock.now(),
    lastStep: user.totp_last_step === null ? null : Number(user.totp_last_step),
  });
  if (step === null) {
    await recordFailure(ctx, user, { action: 'auth.two-factor', failures });
    throw new DomainError('unauthenticated', 'Wrong code', [
      { path: 'code', message: 'wrong code' },
    ]);
  }
  return inTransaction(ctx, async (tx) => {
    await updateSession(tx.db, session.id, { revoked_at: toTimestamp(tx.clock.now()) });
    await updateUserRow(tx.db, {
      id: user.id,
      changes: { failed_sign_ins: 0, locked_until: null, totp_last_step: step },
      now: toTimestamp(tx.clock.now()),
    });
    const issued = await issueSession(tx, { user, stage: 'full', missionId: session.mission_id });
    await appendAudit(
      tx,
      { actorId: user.id, actorLabel: `session:${user.username}` },
      { action: 'auth.two-factor', recordType: 'user', recordId: user.id },
    );
    return issued;
  });
}

/** Ends the session server-side. */
export async function signOut(ctx: AppContext, token: string): Promise<void> {
  const session = await findSession(ctx.db, sha256Hex(token));
  if (!session || session.revoked_at !== null) return;
  await inTransaction(ctx, async (tx) => {
    await updateSession(tx.db, session.id, { revoked_at: toTimestamp(tx.clock.now()) });
    await appendAudit(
      tx,
      { actorId: session.user_id, actorLabel: `session:${session.user_id}` },
      { action: 'auth.sign-out', recordType: 'user', recordId: session.user_id },
    );
  });
}

/** Switches the mission in view (null: headquarters). @throws not_found for a view not held */
export async function switchMission(
  ctx: AppContext,
  resolved: ResolvedSession,
  missionId: string | null,
): Promise<void> {
  const views = await availableViews(ctx, resolved.session.user_id);
  if (!views.some((v) => v.missionId === missionId))
    throw new DomainError('not_found', 'Mission not found');
  await updateSession(ctx.db, resolved.session.id, { mission_id: missionId });
}
