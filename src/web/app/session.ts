/** The signed-in state the shell works from. */
import type { Me } from '../../modules/accounts/auth.schema.js';
import { api, setCsrfToken } from '../lib/api-client.js';

export type { Me };

export async function loadMe(): Promise<Me | null> {
  try {
    const me = await api<Me>('GET', '/api/auth/me');
    setCsrfToken(me.csrfToken);
    return me;
  } catch {
    setCsrfToken(null);
    return null;
  }
}

export async function signOut(): Promise<void> {
  await api('POST', '/api/auth/sign-out').catch(() => undefined);
  setCsrfToken(null);
}
