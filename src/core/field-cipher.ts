/**
 * Field-level encryption for tier-1 values (victims', complainants', witnesses' identities; TOTP
 * secrets). AES-256-GCM with a fresh 96-bit nonce per value; the additional data binds a value to
 * its table, record id and field, so a ciphertext copied to another row does not decrypt (S3).
 * Stored form: `v1.<keyId>.<nonce>.<ciphertext>.<tag>` (base64url parts); the key id lets keys
 * rotate: new values use the current key, old values keep decrypting with theirs.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { DomainError } from './errors.js';

export interface Keyring {
  currentKeyId: string;
  keys: ReadonlyMap<string, Buffer>;
}

export interface FieldAddress {
  table: string;
  id: string;
  field: string;
}

export interface FieldCipher {
  encrypt(plaintext: string, address: FieldAddress): string;
  decrypt(stored: string, address: FieldAddress): string;
  /**
   * An HMAC-SHA256 over `data` with a key derived (HKDF) from the current field key for `purpose`:
   * `<keyId>.<mac>`. Whoever can write the database but not read the key file cannot make one.
   */
  sign(purpose: string, data: string): string;
  /** Whether `signed` is `sign(purpose, data)` under any key loaded. */
  verifySigned(purpose: string, data: string, signed: string): boolean;
}

const keyIdPattern = /^[A-Za-z0-9_-]{1,32}$/;

export function generateKey(): Buffer {
  return randomBytes(32);
}

/** Parses `kid:base64,kid2:base64` (current key first). */
export function parseKeyring(text: string): Keyring {
  const keys = new Map<string, Buffer>();
  let currentKeyId: string | undefined;
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const [id, material] = part.split(':');
    const key = Buffer.from(material ?? '', 'base64');
    if (!id || !keyIdPattern.test(id) || key.length !== 32) {
      throw new DomainError(
        'validation_failed',
        'field keys: each entry must be kid:<32 bytes base64>',
      );
    }
    keys.set(id, key);
    currentKeyId ??= id;
  }
  if (currentKeyId === undefined)
    throw new DomainError('validation_failed', 'field keys: none given');
  return { currentKeyId, keys };
}

export function formatKeyring(keyring: Keyring): string {
  const ordered = [
    keyring.currentKeyId,
    ...[...keyring.keys.keys()].filter((k) => k !== keyring.currentKeyId),
  ];
  return ordered.map((id) => `${id}:${keyring.keys.get(id)?.toString('base64') ?? ''}`).join(',');
}

const aad = (a: FieldAddress): Buffer => Buffer.from(`${a.table}\u0000${a.id}\u0000${a.field}`);

const macOf = (key: Buffer, purpose: string, data: string): Buffer =>
  createHmac('sha256', Buffer.from(hkdfSync('sha256', key, '', `peaceops:${purpose}`, 32)))
    .update(data)
    .digest();

export function createFieldCipher(keyring: Keyring): FieldCipher {
  return {
    sign(purpose, data) {
      const key = keyring.keys.get(keyring.currentKeyId);
      if (!key) throw new DomainError('internal', 'current field key missing');
      return `${keyring.currentKeyId}.${macOf(key, purpose, data).toString('base64url')}`;
    },
    verifySigned(purpose, data, signed) {
      const [keyId, mac] = signed.split('.');
      const key = keyId === undefined ? undefined : keyring.keys.get(keyId);
      if (!key || !mac) return false;
      const given = Buffer.from(mac, 'base64url');
      const wanted = macOf(key, purpose, data);
      return given.length === wanted.length && timingSafeEqual(given, wanted);
    },
    encrypt(plaintext, address) {
      const key = keyring.keys.get(keyring.currentKeyId);
      if (!key) throw new DomainError('internal', 'current field key missing');
      const nonce = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, nonce);
      cipher.setAAD(aad(address));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const parts = [nonce, body, cipher.getAuthTag()].map((b) => b.toString('base64url'));
      return ['v1', keyring.currentKeyId, ...parts].join('.');
    },
    decrypt(stored, address) {
      const [version, keyId, nonce, body, tag] = stored.split('.');
      const key = keyId === undefined ? undefined : keyring.keys.get(keyId);
      if (version !== 'v1' || !key || nonce === undefined || body === undefined || !tag) {
        throw new DomainError('internal', 'encrypted field cannot be read with the keys loaded');
      }
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(nonce, 'base64url'));
        decipher.setAAD(aad(address));
        decipher.setAuthTag(Buffer.from(tag, 'base64url'));
        const plain = Buffer.concat([
          decipher.update(Buffer.from(body, 'base64url')),
          decipher.final(),
        ]);
        return plain.toString('utf8');
      } catch {
        throw new DomainError('internal', 'encrypted field failed its integrity check');
      }
    },
  };
}
