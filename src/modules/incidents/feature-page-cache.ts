/**
 * OGC item pages kept in memory, per database, as the bytes sent (issue 22): a GIS client or a
 * dashboard asking again for the same page of the same layer gets it without a query or a
 * feature built, for as long as `incident_generation` stands still. Each feature is kept too, as
 * its JSON's bytes by incident id: a page over another box or window that holds it again (a map
 * panned, a next page) reads only which records it lists, not the records. A feature is the same
 * for every reader (it names no compartment); which features a page lists is the reader's query.
 *
 * Triggers (migration 0039) move the generation in the same transaction as any change to what a
 * page holds, in whichever process writes it. The generation is read **before** the page is
 * built, so a page built from rows older than a change can only be filed under the generation
 * before that change, and is never served after it. A page is filed under its reader's reach —
 * the missions in view and every compartment held — and the page's address, so two readers
 * share a page only when they may see exactly the same records.
 */
import type { CompiledQuery, Kysely } from 'kysely';
import type { Actor } from '../../core/policy.js';
import type { Seen } from '../../db/generations.js';
import type { Database } from '../../db/schema.js';

/** Pages kept at most, in bytes; a page larger than `largest` is never kept. */
const budget = 32 * 1024 * 1024;
const largest = 2 * 1024 * 1024;
/** Features kept at most, in bytes (about 80,000 features of the demo's size). */
const featureBudget = 64 * 1024 * 1024;

/** Records kept at most, by their stored size in bytes (about 20,000 of the demo's size). */
const recordBudget = 32 * 1024 * 1024;

/** Anything with a size in bytes: what a budget counts. */
interface Sized {
  byteLength: number;
}

/** Values by key, least recently used first, dropped past their budget. */
interface Kept<T extends Sized = Uint8Array<ArrayBuffer>> {
  bytes: number;
  budget: number;
  entries: Map<string, T>;
}

/**
 * An incident as stored (its row and its labels, frozen: every caller gets them as read), with
 * its size counted once for itself and once for its answer: what `GET /api/incidents/{id}` sends,
 * the same bytes for every reader the policy lets through, made at the first such read.
 */
export interface KeptRecord<Row> extends Sized {
  readonly row: Readonly<Row>;
  readonly compartmentIds: readonly string[];
  answer?: Uint8Array<ArrayBuffer>;
}

interface Cache {
  generation: number;
  pages: Kept;
  features: Kept;
  records: Kept<KeptRecord<unknown>>;
  /** The sensitive compartments, read after `generation` was (keptSensitive). */
  sensitive?: ReadonlySet<string>;
}

const caches = new WeakMap<object, Cache>();

/** Where what open interfaces serve stands (migration 0039): moved by triggers on every change. */
export async function incidentGeneration(db: Kysely<Database>): Promise<number> {
  let query = generationQueries.get(db);
  if (!query) {
    query = db.selectFrom('incident_generation').select('n').where('id', '=', 1).compile();
    generationQueries.set(db, query);
  }
  const row = (await db.executeQuery(query)).rows[0];
  if (!row) throw new Error('incident_generation has no row (migration 0039)');
  return Number(row.n);
}

/**
 * The generation a request saw as its credential was read (db/generations.ts: no round trip of
 * its own), or as read now when it saw none (the CLI, a background task).
 */
export async function generationFor(ctx: {
  db: Kysely<Database>;
  seen?: Seen | undefined;
}): Promise<number> {
  return ctx.seen?.incidentGeneration ?? incidentGeneration(ctx.db);
}

/** The generation's query, built once per database: it is asked on every request it serves. */
const generationQueries = new WeakMap<object, CompiledQuery<{ n: number | string | bigint }>>();

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

function take<T extends Sized>(kept: Kept<T>, key: string) {
  const value = kept.entries.get(key);
  if (!value) return null;
  kept.entries.delete(key);
  kept.entries.set(key, value);
  return value;
}

function put<T extends Sized>(kept: Kept<T>, key: string, value: T) {
  const before = kept.entries.get(key);
  if (before) kept.bytes -= before.byteLength;
  kept.entries.delete(key);
  kept.entries.set(key, value);
  kept.bytes += value.byteLength;
  for (const [oldest, bytes] of kept.entries) {
    if (kept.bytes <= kept.budget) break;
    kept.entries.delete(oldest);
    kept.bytes -= bytes.byteLength;
  }
}

/** The cache to file in under `generation`, made when none is; null when a newer one is kept. */
function filing(db: object, generation: number): Cache | null {
  const cache = current(db, generation);
  if (cache) return cache;
  // Nothing built under an older generation than the kept ones is filed at all.
  if ((caches.get(db)?.generation ?? -1) > generation) return null;
  const made: Cache = {
    generation,
    pages: { bytes: 0, budget, entries: new Map() },
    features: { bytes: 0, budget: featureBudget, entries: new Map() },
    records: { bytes: 0, budget: recordBudget, entries: new Map() },
  };
  caches.set(db, made);
  return made;
}

/** The page filed in this slot, if any (most recently used last). */
export function keptPage(db: object, { generation, key }: PageSlot) {
  const cache = current(db, generation);
  return cache ? take(cache.pages, key) : null;
}

/** Files a page built after reading `generation`; the least recently used go past the budget. */
export function keepPage(db: object, { generation, key }: PageSlot, page: Uint8Array<ArrayBuffer>) {
  if (page.byteLength > largest) return;
  const cache = filing(db, generation);
  if (cache) put(cache.pages, key, page);
}

/** An incident's feature as kept under `generation` (its JSON's bytes), if it is. */
export function keptFeature(db: object, generation: number, id: string) {
  const cache = current(db, generation);
  return cache ? take(cache.features, id) : null;
}

/** Files a feature built from a row read after reading `generation`. */
export function keepFeature(
  db: object,
  generation: number,
  feature: { id: string; bytes: Uint8Array<ArrayBuffer> },
) {
  const cache = filing(db, generation);
  if (cache) put(cache.features, feature.id, feature.bytes);
}

/** An incident as stored under `generation`, if it is kept. */
export function keptRecord<Row>(db: object, generation: number, id: string) {
  const cache = current(db, generation);
  return cache ? (take(cache.records, id) as KeptRecord<Row> | null) : null;
}

/** Files an incident's row and labels read after reading `generation`. */
export function keepRecord<Row>(
  db: object,
  generation: number,
  record: { id: string; value: KeptRecord<Row> },
) {
  const cache = filing(db, generation);
  if (!cache) return;
  Object.freeze(record.value.row);
  Object.freeze(record.value.compartmentIds);
  put(cache.records, record.id, record.value);
}

/**
 * The sensitive compartments as read under `generation`, if they were: a compartment made
 * sensitive or not, or deleted, moves the generation (0039). A compartment created sensitive does
 * not, but no record carries it until a label is put on one, which does.
 */
export function keptSensitive(db: object, generation: number): ReadonlySet<string> | null {
  return current(db, generation)?.sensitive ?? null;
}

/** Files the sensitive compartments read after reading `generation`. */
export function keepSensitive(db: object, generation: number, ids: ReadonlySet<string>) {
  const cache = filing(db, generation);
  if (cache) cache.sensitive = ids;
}
