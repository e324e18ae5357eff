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

/** Accepts the current code and one period either side (clock drift). */
export function checkTotp(secret: string, code: string, at: Date): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  return make(secret).validate({ token: code, timestamp: at.getTime(), window: 1 }) !== null;
}

export function totpCodeAt(secret: string, at: Date): string {
  return make(secret).generate({ timestamp: at.getTime() });
}
