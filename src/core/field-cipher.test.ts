import { describe, expect, it } from 'vitest';
import { createFieldCipher, formatKeyring, generateKey, parseKeyring } from './field-cipher.js';

const address = { table: 'victims', id: 'v1', field: 'name' };

describe('field cipher (S3, ASVS 11.3.2 authenticated encryption)', () => {
  const keyring = { currentKeyId: 'k1', keys: new Map([['k1', generateKey()]]) };
  const cipher = createFieldCipher(keyring);

  it('round-trips and never stores the plain value', () => {
    const stored = cipher.encrypt('Marie-Claire Ndakala', address);
    expect(stored).not.toContain('Marie');
    expect(stored.startsWith('v1.k1.')).toBe(true);
    expect(cipher.decrypt(stored, address)).toBe('Marie-Claire Ndakala');
  });

  it('uses a fresh nonce: the same value encrypts differently', () => {
    expect(cipher.encrypt('same', address)).not.toBe(cipher.encrypt('same', address));
  });

  it('refuses a value moved to another row or field (additional data)', () => {
    const stored = cipher.encrypt('secret', address);
    expect(() => cipher.decrypt(stored, { ...address, id: 'v2' })).toThrow(/integrity/);
    expect(() => cipher.decrypt(stored, { ...address, field: 'phone' })).toThrow(/integrity/);
  });

  it('detects a flipped bit in the ciphertext', () => {
    const stored = cipher.encrypt('secret value', address);
    const parts = stored.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    parts[3] = body.toString('base64url');
    expect(() => cipher.decrypt(parts.join('.'), address)).toThrow(/integrity/);
  });

  it('rotates keys: old values still decrypt, new ones use the current key', () => {
    const old = cipher.encrypt('before rotation', address);
    const rotated = parseKeyring(
      `k2:${generateKey().toString('base64')},${formatKeyring(keyring)}`,
    );
    const next = createFieldCipher(rotated);
    expect(next.decrypt(old, address)).toBe('before rotation');
    expect(next.encrypt('after', address).startsWith('v1.k2.')).toBe(true);
  });

  it('names the problem in a malformed key list', () => {
    expect(() => parseKeyring('k1:tooshort')).toThrow(/32 bytes/);
  });
});
