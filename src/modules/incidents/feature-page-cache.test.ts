/**
 * The page cache's own rules (issue 22): a page is served only under the generation it was built
 * under; a newer generation empties the cache; a page built under an older one is not filed; the
 * least recently used pages go past the byte budget; a reader's key names its missions and
 * compartments in any order.
 */
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/policy.js';
import {
  keepPage,
  keepSensitive,
  keptPage,
  keptSensitive,
  reachKey,
} from './feature-page-cache.js';

const bytes = (n: number) => new Uint8Array(n) as Uint8Array<ArrayBuffer>;
const actor = (missionIds: Actor['missionIds'], compartmentIds: string[]) =>
  ({ missionIds, compartmentIds: new Set(compartmentIds) }) as unknown as Actor;

describe('feature page cache', () => {
  it('serves a page only under the generation it was filed under; a newer one empties the cache', () => {
    const db = {};
    keepPage(db, { generation: 3, key: 'a' }, bytes(10));
    expect(keptPage(db, { generation: 3, key: 'a' })?.byteLength).toBe(10);
    expect(keptPage(db, { generation: 4, key: 'a' })).toBeNull();
    // Once generation 4 has been seen, the generation-3 page is gone for good.
    expect(keptPage(db, { generation: 3, key: 'a' })).toBeNull();
  });

  it('keeps the sensitive compartments only under the generation they were read after', () => {
    const db = {};
    keepSensitive(db, 7, new Set(['witnesses']));
    expect([...(keptSensitive(db, 7) ?? [])]).toEqual(['witnesses']);
    expect(keptSensitive(db, 8)).toBeNull();
    expect(keptSensitive(db, 7)).toBeNull();
    keepSensitive(db, 9, new Set(['witnesses', 'sources']));
    keepSensitive(db, 8, new Set()); // read under an older generation than the kept one: not filed
    expect(keptSensitive(db, 8)).toBeNull();
    expect(keptSensitive(db, 9)?.size).toBe(2);
  });

  it('does not file a page built under an older generation than the pages kept', () => {
    const db = {};
    keepPage(db, { generation: 5, key: 'new' }, bytes(1));
    keepPage(db, { generation: 4, key: 'old' }, bytes(1));
    expect(keptPage(db, { generation: 4, key: 'old' })).toBeNull();
    expect(keptPage(db, { generation: 5, key: 'new' })).not.toBeNull();
  });

  it('lets the least recently used pages go past 32 MiB; never keeps a page over 2 MiB', () => {
    const db = {};
    const mib = 1024 * 1024;
    // 16 pages of 2 MiB fill the budget exactly.
    for (let i = 0; i < 16; i++) keepPage(db, { generation: 1, key: `p${i}` }, bytes(2 * mib));
    expect(keptPage(db, { generation: 1, key: 'p1' })).not.toBeNull();
    keptPage(db, { generation: 1, key: 'p0' }); // used again: now the most recent, p2 the least
    keepPage(db, { generation: 1, key: 'p16' }, bytes(2 * mib));
    expect(keptPage(db, { generation: 1, key: 'p2' })).toBeNull();
    for (const kept of ['p0', 'p1', 'p3', 'p15', 'p16'])
      expect(keptPage(db, { generation: 1, key: kept })).not.toBeNull();
    keepPage(db, { generation: 1, key: 'huge' }, bytes(2 * mib + 1));
    expect(keptPage(db, { generation: 1, key: 'huge' })).toBeNull();
  });

  it('a reader key is the same for the same reach in any order, different for any other', () => {
    expect(reachKey(actor(['m2', 'm1'], ['c2', 'c1']))).toBe(
      reachKey(actor(['m1', 'm2'], ['c1', 'c2'])),
    );
    expect(reachKey(actor(['m1'], ['c1']))).not.toBe(reachKey(actor(['m1'], [])));
    expect(reachKey(actor(['m1'], []))).not.toBe(reachKey(actor('all', [])));
    expect(reachKey(actor(['m1', 'm2'], []))).not.toBe(reachKey(actor(['m1'], ['m2'])));
  });
});
