/**
 * Actors kept in memory between requests, per database, while `access_generation` stands still.
 *
 * Building an actor reads the user, the memberships, the missions (headquarters) and the
 * compartments held: four or five queries on every request. Triggers (migration 0038) move the
 * generation in the same transaction as any change to those, in whichever process writes it, so
 * an entry is used only while the generation it was built under is still the current one.
 * The generation is read **before** what the actor is built from: an actor built from rows older
 * than a change can only be filed under the generation before that change, never after it.
 * Sessions and tokens are not cached: they are read on each request, so a sign-out, a revoked or
 * expired token and a switched mission hold on the next request.
 */
import type { Actor } from '../../core/policy.js';

const limit = 1_000;

interface Entry {
  generation: number;
  actor: Omit<Actor, 'via'>;
}

const caches = new WeakMap<object, Map<string, Entry>>();

/** Whose actor, in which view, and the generation read before it was (or would be) built. */
export interface ActorKey {
  userId: string;
  missionId: string | null;
  fullAccess: boolean;
  generation: number;
}

const keyOf = (k: ActorKey) => `${k.userId}\u0000${k.missionId ?? ''}\u0000${k.fullAccess}`;

/** The actor filed for this key, if it was built under the key's generation. */
export function cachedActor(db: object, key: ActorKey, via: Actor['via']): Actor | null {
  const cache = caches.get(db);
  const k = keyOf(key);
  const entry = cache?.get(k);
  if (!cache || !entry) return null;
  if (entry.generation !== key.generation) {
    cache.delete(k);
    return null;
  }
  // Most recently used last: the first key is the one to let go.
  cache.delete(k);
  cache.set(k, entry);
  return { ...entry.actor, via };
}

/** Files an actor built after reading the key's generation. */
export function fileActor(db: object, key: ActorKey, actor: Actor): void {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const { via: _via, ...rest } = actor;
  cache.set(keyOf(key), { generation: key.generation, actor: rest });
  if (cache.size > limit) cache.delete(cache.keys().next().value!);
}
