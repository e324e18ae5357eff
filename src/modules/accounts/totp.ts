/** TOTP (RFC 6238, SHA-1, 6 digits, 30 s) as authenticator apps expect it. */
import { Secret, TOTP } from 'otpauth';

const make = (secret: string, label = 'peaceops') =>
  new TOTP({
    issuer: 'peaceops',
    label,
    secret: Secret.fromBase32(secret),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
  });

export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, username: string): string {
  return make(secret, username).toString();
}

const periodMs = 30_000;

/**
 * The time step of `code` if it is valid now (the current step or one either side, for clock
 * drift) and newer than `lastStep`, so each code is accepted once; null otherwise.
 */
export function acceptedStep(args: {
  secret: string;
  code: string;
  at: Date;
  lastStep: number | null;
}): number | null {
  if (!/^\d{6}$/.test(args.code)) return null;
  const delta = make(args.secret).validate({
    token: args.code,
    timestamp: args.at.getTime(),
    window: 1,
  });
  if (delta === null) return null;
  const step = Math.floor(args.at.getTime() / periodMs) + delta;
  return args.lastStep !== null && step <= args.lastStep ? null : step;
}

export function totpCodeAt(secret: string, at: Date): string {
  return make(secret).generate({ timestamp: at.getTime() });
}
