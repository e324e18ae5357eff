/**
 * Where the field-encryption keys come from: PEACEOPS_FIELD_KEYS, or a key file in the data
 * directory created with mode 0600 at first start. Losing the key loses the encrypted fields:
 * back the key file up apart from the database.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../core/config.js';
import { DomainError } from '../core/errors.js';
import { formatKeyring, generateKey, parseKeyring, type Keyring } from '../core/field-cipher.js';

export const keyFileName = 'field-keys';

export function loadKeyring(config: Pick<Config, 'fieldKeys' | 'dataDir'>): Keyring {
  if (config.fieldKeys) return parseKeyring(config.fieldKeys);
  const file = path.join(config.dataDir, keyFileName);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(config.dataDir, { recursive: true, mode: 0o700 });
    const keyring: Keyring = { currentKeyId: `k${Date.now().toString(36)}`, keys: new Map() };
    const fresh = { ...keyring, keys: new Map([[keyring.currentKeyId, generateKey()]]) };
    fs.writeFileSync(file, `${formatKeyring(fresh)}\n`, { mode: 0o600, flag: 'wx' });
    return fresh;
  }
  const mode = fs.statSync(file).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    throw new DomainError(
      'unavailable',
      `${file} is readable by others (mode ${mode.toString(8)}); run: chmod 600 ${file}`,
    );
  }
  return parseKeyring(fs.readFileSync(file, 'utf8'));
}
