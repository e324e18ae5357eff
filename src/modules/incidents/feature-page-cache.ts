/**
 * OGC item pages kept in memory, per database, as the bytes sent (issue 22): a GIS client or a
 * dashboard asking again for the same page of the same layer gets it without a query or a
 * feature built, for as long as `incident_generation` stands still.
 *
 * Triggers (migration 0039) move the generation in the same transaction as any change to what a
 * page holds, in whichever process writes it. The generation is read **before** the page is
 * built, so a page built from rows older than a change can only be filed under the generation
 * before that change, and is never served after it. A page is filed under its reader's reach —
 * the missions in view and every compartment held — and the page's address, so two readers
 * share a page only when they may see exactly the same records.
 */
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Database } from '../../db/schema.js';

/** Pages kept at most, in bytes; a page larger than `largest` is never kept. */
const budget = 32 * 1024 * 1024;
const largest = 2 * 1024 * 1024;

interface Cache {
  generation: number;
  bytes: number;
  pages: Map<string, Uint8Array<ArrayBuffer>>;
}

const caches = new WeakMap<object, Cache>();

/** Where what open interfaces serve stands (migration 0039): moved by triggers on every change. */
export async function incidentGeneration(db: Kysely<Database>): Promise<number> {
  const row = await db
    .selectFrom('incident_generation')
    .select('n')
    .where('id', '=', 1)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** What a reader may reach, as a key: the same key means the same records are in view. */
export function reachKey(actor: Actor): string {
  const missions = actor.missionIds === 'all' ? '*' : [...actor.missionIds].sort().join(',');
  return `${missions}\u0000${[...actor.compartmentIds].sort().join(',')}`;
}

/** The cache for this database as of `generation`: emptied when the generation has moved. */
function current(db: object, generation: number): Cache | null {
  const cache = caches.get(db);
  if (!cache) return null;
  if (cache.generation === generation) return cache;
  if (cache.generation < generation) caches.delete(db);
  return null;
}

/** Where a page is filed: the generation read before it was built, and its reader's key. */
export interface PageSlot {
  generation: number;
  key: string;
}

/** The page filed in this slot, if any (most recently used last). */
export function keptPage(db: object, { generation, key }: PageSlot) {
  const cache = current(db, generation);
  const page = cache?.pages.get(key);
  if (!cache || !page) return null;
  cache.pages.delete(key);
  cache.pages.set(key, page);
  return page;
}

/** Files a page built after reading `generation`; the least recently used go past the budget. */
export function keepPage(db: object, { generation, key }: PageSlot, page: Uint8Array<ArrayBuffer>) {
  if (page.byteLength > largest) return;
  let cache = current(db, generation);
  if (!cache) {
    // A page built under an older generation than the kept ones is not filed at all.
    if ((caches.get(db)?.generation ?? -1) > generation) return;
    caches.set(db, (cache = { generation, bytes: 0, pages: new Map() }));
  }
  const before = cache.pages.get(key);
  if (before) cache.bytes -= before.byteLength;
  cache.pages.delete(key);
  cache.pages.set(key, page);
  cache.bytes += page.byteLength;
  for (const [oldest, bytes] of cache.pages) {
    if (cache.bytes <= budget) break;
    cache.pages.delete(oldest);
    cache.bytes -= bytes.byteLength;
  }
}
